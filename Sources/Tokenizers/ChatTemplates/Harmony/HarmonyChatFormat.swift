/// gpt-oss's chat format: a dataset line rendered as openai-harmony 0.0.8's
/// `render_conversation_for_training` renders the Conversation a trainer maps it to (see
/// `HarmonyConversation`): every piece of text encoded on its own with `o200k_harmony` as ordinary
/// text (special-token text in content stays text), analysis messages before the first final reply
/// dropped when the conversation ends with a final reply, and that last reply ending with `<|return|>`.
///
/// Attribution: each message's header and body count for the dataset message it renders; harmony's
/// system message and the tool definitions count for none; an assistant reply with weight not 0
/// trains its body and end token, never its header.
public struct HarmonyChatFormat: ChatRenderer {
    private let tokenizer: Tokenizer
    private let start: Token, channel: Token, constrain: Token, message: Token, end: Token, call: Token, done: Token
    /// The header words every conversation repeats, encoded once.
    private let words: [String: [Token]]

    /// `tokenizer` must be `o200k_harmony` (`Tokenizer(Encoding)` of `EncodingName.o200kHarmony`).
    public init(tokenizer: Tokenizer) throws {
        func special(_ text: String) throws -> Token {
            guard let id = tokenizer.specialTokens[text] else {
                throw TokenizersError(.unsupportedTokenizer, "\(tokenizer.name) has no \(text) token, so it cannot render gpt-oss's harmony format; use the o200k_harmony encoding")
            }
            return id
        }
        self.tokenizer = tokenizer
        start = try special("<|start|>")
        channel = try special("<|channel|>")
        constrain = try special("<|constrain|>")
        message = try special("<|message|>")
        end = try special("<|end|>")
        call = try special("<|call|>")
        done = try special("<|return|>")
        let common = ["system", "developer", "user", "assistant", "analysis", "commentary", "final", " ", "json", " to=assistant"]
        words = Dictionary(uniqueKeysWithValues: common.map { ($0, tokenizer.encode($0)) })
    }

    public func render(_ request: ChatRenderRequest) throws -> RenderedChat {
        let messages = try HarmonyConversation.messages(request)
        let lastAssistant = messages.last { $0.role == .assistant }
        let dropsAnalysis = lastAssistant?.channel == "final"
        let firstFinal = messages.firstIndex { $0.channel == "final" }
        var builder = RenderedChatBuilder()
        for (position, harmony) in messages.enumerated() {
            if dropsAnalysis, let firstFinal, position < firstFinal, harmony.channel == "analysis" { continue }
            write(harmony, into: &builder)
        }
        if let last = messages.last, last.role == .assistant, last.channel == "final" { builder.replaceLast(with: done) }
        return builder.finish()
    }

    private func encode(_ word: String) -> [Token] { words[word] ?? tokenizer.encode(word) }

    private func write(_ harmony: HarmonyMessage, into builder: inout RenderedChatBuilder) {
        let owner = harmony.message
        builder.append(start, message: owner, trains: false)
        builder.append(encode(harmony.author), message: owner, trains: false)
        if let recipient = harmony.recipient, recipient != "all" {
            builder.append(encode(" to=" + recipient), message: owner, trains: false)
        }
        if let name = harmony.channel {
            builder.append(channel, message: owner, trains: false)
            builder.append(encode(name), message: owner, trains: false)
        }
        if harmony.constrainedToJSON {
            builder.append(encode(" "), message: owner, trains: false)
            builder.append(constrain, message: owner, trains: false)
            builder.append(encode("json"), message: owner, trains: false)
        }
        builder.append(message, message: owner, trains: false)
        builder.append(encoding: harmony.body, trains: harmony.trains, with: tokenizer)
        builder.append(harmony.callsATool ? call : end, message: owner, trains: harmony.trains)
    }
}
