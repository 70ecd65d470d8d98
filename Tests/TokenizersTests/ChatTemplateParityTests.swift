import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// Chat templates rendered and tokenized exactly as `transformers`' `apply_chat_template(...,
/// tokenize=True)`: 72 conversations per family, made by scripts/generate-chat-template-fixtures.py.
@Suite(.enabled(if: TestTokenizers.available), .timeLimit(.minutes(5)))
struct ChatTemplateParityTests {
    struct Case {
        let name: String
        let request: ChatRenderRequest
        let text: String?
        let ids: [Int]?
        let error: String?
    }

    static func fixture(_ family: String) throws -> (header: TemplateValue, cases: [Case]) {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/chat-templates/\(family)", withExtension: "json"))
        let document = try TemplateValue(json: String(decoding: try Data(contentsOf: url), as: UTF8.self))
        guard case .array(let cases)? = document["cases"] else { throw TestSupportError("\(family).json has no cases") }
        return (document, try cases.map { value in
            guard case .array(let messages)? = value["messages"] else { throw TestSupportError("a case without messages") }
            var tools: [TemplateValue]?
            if case .array(let list)? = value["tools"] { tools = list }
            var variables: [String: TemplateValue] = [:]
            if case .object(let members)? = value["variables"] { for member in members { variables[member.key] = member.value } }
            var ids: [Int]?
            if case .array(let list)? = value["ids"] { ids = list.map { if case .int(let n) = $0 { n } else { -1 } } }
            return Case(name: value["name"]?.stringValue ?? "?", request: ChatRenderRequest(messages: messages, tools: tools, variables: variables),
                        text: value["text"]?.stringValue, ids: ids, error: value["error"]?.stringValue)
        })
    }

    /// The template and tokenizer of a family, read the way a user's machine has them (the Hugging
    /// Face cache layout), Llama 4's template built in.
    static func setUp(_ family: String) throws -> (HuggingFaceChatTemplate, Tokenizer) {
        let folder = try TestTokenizers.folder()
        if family == "llama4" {
            let file = try #require(ChatTemplateFile.builtIn(family: "llama4"))
            return (try HuggingFaceChatTemplate(file), try TokenizerFiles.load(folder + "/llama4/tokenizer.model"))
        }
        let repo = ["llama3": "meta-llama/Llama-3.1-8B-Instruct", "qwen3": "Qwen/Qwen3-8B", "qwen2.5": "Qwen/Qwen2.5-7B-Instruct"][family]!
        let locator = TokenizerLocator(environment: ["HF_HUB_CACHE": folder + "/hub", "HOME": folder])
        let location = try #require(try locator.locateLocally(repo))
        return (try HuggingFaceChatTemplate(try ChatTemplateFile.load(repo: repo, locator: locator)), try TokenizerFiles.load(location.folder))
    }

    @Test(arguments: ["llama3", "qwen3", "qwen2.5", "llama4"])
    func idsMatchTransformers(family: String) throws {
        let (_, cases) = try Self.fixture(family)
        #expect(cases.count >= 60)
        let (template, tokenizer) = try Self.setUp(family)
        var failures: [String] = []
        for testCase in cases {
            do {
                let rendered = try template.render(testCase.request)
                if let error = testCase.error {
                    failures.append("\(testCase.name): rendered, but transformers refused it: \(error)")
                    continue
                }
                let text = rendered.segments.map { if case .text(let t) = $0.content { t } else { "" } }.joined()
                if text != testCase.text { failures.append("\(testCase.name): text differs\n  ours: \(text.debugDescription)\n  theirs: \(testCase.text!.debugDescription)") }
                let tokens = tokenizer.tokens(of: rendered)
                if tokens.ids != testCase.ids { failures.append("\(testCase.name): ids differ") }
                let perMessage = testCase.request.messages.indices.map { tokens.count(ofMessage: $0) }.reduce(0, +)
                if perMessage + tokens.templateCount != tokens.count { failures.append("\(testCase.name): per-message counts do not add up") }
            } catch let error as TokenizersError {
                guard let expected = testCase.error else {
                    failures.append("\(testCase.name): \(error.message)")
                    continue
                }
                if error.kind != .chatTemplate || !error.message.contains(expected) {
                    failures.append("\(testCase.name): the error \"\(error.message)\" does not carry the template's words \"\(expected)\"")
                }
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(cases.count) cases differ:\n" + failures.prefix(8).joined(separator: "\n")))
    }

    @Test func theBuiltInLlama4TemplateIsTransformersOwn() throws {
        let (header, _) = try Self.fixture("llama4")
        let file = try #require(ChatTemplateFile.builtIn(family: "llama4"))
        #expect(file.source == header["template"]?.stringValue)
    }
}
