import Dataset
import Shell
import Tokenizers

/// How `render` shows one example: a head line with its counts, then the rendering. On a terminal
/// special tokens are dim and the trained tokens green; server-independent, but example text is
/// still the author's, so control characters are neutralised.
struct RenderedExampleView {
    let tokenizer: Tokenizer
    let colors: Bool
    /// Special tokens by id: printed by name, since some decode to nothing (SentencePiece's `<s>`).
    private let specialText: [Int: String]

    init(tokenizer: Tokenizer, colors: Bool) {
        self.tokenizer = tokenizer
        self.colors = colors
        var names: [Int: String] = [:]
        // Two names may share an id (o200k_harmony's 200018): the shorter one, as tiktoken decodes.
        for (text, id) in tokenizer.specialTokens where names[Int(id)].map({ text.count < $0.count }) ?? true { names[Int(id)] = text }
        specialText = names
    }

    private var specialIDs: Dictionary<Int, String>.Keys { specialText.keys }

    func write(line: Int, _ tokens: RenderedTokens, into out: inout OutputBuffer) {
        let head = "line \(line): \(tokens.count.grouped) tokens, \(tokens.trainedCount.grouped) trained, \(tokens.templateCount.grouped) from the template"
        out.write((colors ? "\u{1B}[1m\(head)\u{1B}[0m" : head) + "\n")
        // Runs of ids alike in kind (special or not, trained or not) decode together.
        var start = 0
        var text = ""
        while start < tokens.count {
            let special = specialIDs.contains(tokens.ids[start]), trains = tokens.trains[start]
            var end = start + 1
            while end < tokens.count && specialIDs.contains(tokens.ids[end]) == special && tokens.trains[end] == trains { end += 1 }
            let ids = tokens.ids[start..<end]
            let piece = TerminalSafeText.neutralized(special ? ids.map { specialText[$0]! }.joined() : decode(Array(ids)))
            if colors {
                let code = special ? (trains ? "2;32" : "2") : (trains ? "32" : "")
                text += code.isEmpty ? piece : "\u{1B}[\(code)m\(piece)\u{1B}[0m"
            } else {
                text += piece
            }
            start = end
        }
        out.write(text + (text.hasSuffix("\n") ? "\n" : "\n\n"))
    }

    func writeJSON(line: Int, _ tokens: RenderedTokens, into out: inout OutputBuffer) {
        out.write("{\"line\":\(line),\"tokens\":\(tokens.count),\"trained\":\(tokens.trainedCount),\"ids\":[")
        for (k, id) in tokens.ids.enumerated() {
            if k > 0 { out.write(",") }
            out.write(decimal: UInt32(id))
        }
        out.write("],\"text\":" + JSONWriter.string(.string(decode(tokens.ids))) + "}\n")
    }

    private func decode(_ ids: [Int]) -> String {
        (try? tokenizer.decode(ids.map { Token($0) })) ?? ids.map { "<\($0)>" }.joined()
    }
}
