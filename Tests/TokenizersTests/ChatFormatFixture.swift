import Foundation
import Testing
import TestSupport
@testable import Tokenizers

/// `Fixtures/chat/FAMILY.json`, written by scripts/generate-chat-format-fixtures.py: conversations
/// and the reference's ids, or its refusal.
struct ChatFormatFixture {
    struct Case {
        let name: String
        let request: ChatRenderRequest
        let ids: [Int]?
        let error: String?
    }

    let family: String
    let reference: String
    let cases: [Case]

    /// The tokenizer each fixture was made with, loaded as a user's file is.
    static func tokenizer(_ family: String) throws -> Tokenizer {
        switch family {
        case "gpt-oss": return Tokenizer(try TestEncodings.load(.o200kHarmony))
        case "mistral-v1": return try TokenizerFiles.load(try TestTokenizers.folder() + "/mistral-sp/tokenizer.model.v1")
        case "mistral-v3": return try TokenizerFiles.load(try TestTokenizers.folder() + "/mistral-sp/mistral_instruct_tokenizer_240323.model.v3")
        default: return try TokenizerFiles.load(try TestTokenizers.folder() + "/mistral-tekken/tekken_240718.json")
        }
    }

    static let families = ["gpt-oss", "mistral-v1", "mistral-v3", "mistral-tekken"]

    /// Read with the order-keeping JSON reader, because tool schemas render in their members' order.
    static func load(_ family: String) throws -> ChatFormatFixture {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/chat/\(family)", withExtension: "json"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let root = try #require(PythonJSONCodec.loads(text), "Fixtures/chat/\(family).json is not JSON")
        guard case .array(let listed)? = root["cases"] else { throw TestSupportError("no cases in \(family).json") }
        let cases = try listed.map { item in
            guard let name = item["name"]?.stringValue, case .array(let messages)? = item["messages"] else {
                throw TestSupportError("a case in \(family).json has no name or messages")
            }
            var tools: [TemplateValue]?
            if case .array(let listed)? = item["tools"] { tools = listed }
            var variables: [String: TemplateValue] = [:]
            if case .object(let members)? = item["variables"] { for member in members { variables[member.key] = member.value } }
            var ids: [Int]?
            if case .array(let listed)? = item["ids"] {
                ids = listed.map { if case .int(let id) = $0 { id } else { -1 } }
            }
            return Case(name: name, request: ChatRenderRequest(messages: messages, tools: tools, variables: variables),
                        ids: ids, error: item["error"]?.stringValue)
        }
        return ChatFormatFixture(family: root["family"]?.stringValue ?? family, reference: root["reference"]?.stringValue ?? "", cases: cases)
    }
}

extension RenderedChat {
    /// Every id in order (the built-in formats write `.ids` segments only).
    var ids: [Int] {
        segments.flatMap { segment -> [Int] in
            if case .ids(let ids) = segment.content { return ids }
            return []
        }
    }
}
