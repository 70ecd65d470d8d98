import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// Finding a model's chat template where its tokenizer is: a folder, an HF cache snapshot, a repo id.
struct ChatTemplateFileTests {
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tunesmith-templates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }

    @Test func readsTheConfigsTemplateAndSpecialTokens() throws {
        let folder = try Self.folder(["tokenizer_config.json": #"{"chat_template": "{{ bos_token }}{% for m in messages %}{{ m.content }}{{ eos_token }}{% endfor %}", "bos_token": {"content": "<s>", "lstrip": false}, "eos_token": "</s>"}"#, "tokenizer.json": "{}"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for path in [folder, folder + "/tokenizer_config.json", folder + "/tokenizer.json"] {
            let file = try ChatTemplateFile.load(path)
            #expect(file.variables["bos_token"] == .string("<s>"))
            let template = try HuggingFaceChatTemplate(file)
            #expect(try template.renderText(ChatRenderRequest(messages: [.object([("role", .string("user")), ("content", .string("hi"))])])) == "<s>hi</s>")
        }
    }

    @Test func aJinjaFileBesideTheConfigWins() throws {
        let folder = try Self.folder(["tokenizer_config.json": #"{"chat_template": "config", "eos_token": "</s>"}"#, "chat_template.jinja": "jinja {{ eos_token }}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try ChatTemplateFile.load(folder)
        #expect(try HuggingFaceChatTemplate(file).renderText(ChatRenderRequest(messages: [])) == "jinja </s>")
    }

    @Test func theNamedListPicksToolUseWhenThereAreTools() throws {
        let folder = try Self.folder(["tokenizer_config.json": #"{"chat_template": [{"name": "default", "template": "plain"}, {"name": "tool_use", "template": "tools: {{ tools|length }}"}]}"#])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try HuggingFaceChatTemplate(try ChatTemplateFile.load(folder))
        #expect(try template.renderText(ChatRenderRequest(messages: [])) == "plain")
        #expect(try template.renderText(ChatRenderRequest(messages: [], tools: [.object([])])) == "tools: 1")
    }

    @Test func aMissingTemplateSaysWhatToPass() throws {
        let folder = try Self.folder(["tokenizer_config.json": #"{"eos_token": "</s>"}"#])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = try #require(throws: TokenizersError.self) { try ChatTemplateFile.load(folder) }
        #expect(error.kind == .chatTemplate)
        #expect(error.message.contains("has no chat template") && error.message.contains("pass"))
        #expect(try ChatTemplateFile.load(folder, family: "llama4").origin.contains("built-in"))
    }

    @Test(.enabled(if: TestTokenizers.available))
    func findsTheTemplateOfARepoInTheHuggingFaceCache() throws {
        let shared = try TestTokenizers.folder()
        let locator = TokenizerLocator(environment: ["HF_HUB_CACHE": shared + "/hub", "HOME": shared])
        let file = try ChatTemplateFile.load(repo: "Qwen/Qwen3-8B", locator: locator)
        #expect(file.source.contains("enable_thinking"))
        #expect(file.variables["eos_token"] == .string("<|im_end|>"))
        #expect(try ChatTemplateFile.load(repo: "meta-llama/Llama-3.1-8B-Instruct", locator: locator).variables["bos_token"] == .string("<|begin_of_text|>"))
        let error = try #require(throws: TokenizersError.self) { try ChatTemplateFile.load(repo: "nobody/nothing", locator: locator) }
        #expect(error.message.contains("tunesmith tokenizers fetch"))
    }
}
