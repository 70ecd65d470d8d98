import ArgumentParser
import Foundation
import Tokenizers

struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Count tokens exactly (ids identical to each tokenizer's reference library).",
        discussion: """
            With no FILE, reads standard input. One input prints its count alone on a line; several \
            print "COUNT FILE" lines and a total, like wc. Special-token text such as <|endoftext|> \
            counts as ordinary text, as in tiktoken's encode_ordinary, unless --special. No BOS or EOS \
            is added.
            """
    )

    @OptionGroup var tokenizerOptions: TokenizerOptions

    @Flag(help: "Turn text that spells a special token (<|im_start|>) into that token, as a trainer that tokenizes a rendered chat template does.")
    var special = false

    @Flag(help: "Print the token ids (space-separated, one line per input) instead of counts.")
    var ids = false

    @Flag(help: "Read one JSON string per line from standard input; print one JSON array of ids per line.")
    var jsonLines = false

    @Option(help: ArgumentHelp("Per-example chat counts for a JSONL training file, then totals.", valueName: "file.jsonl"),
            completion: .file(extensions: ["jsonl"]))
    var chat: String?

    @Argument(help: "Text files to count.", completion: .file())
    var files: [String] = []

    func validate() throws {
        if jsonLines && (!files.isEmpty || chat != nil) { throw ValidationError("--json-lines reads standard input only") }
        if chat != nil && !files.isEmpty { throw ValidationError("--chat takes one training file and no other files") }
        if chat != nil && special { throw ValidationError("--chat counts OpenAI's chat format; --special does not apply") }
    }

    func run() async throws {
        let choice = try await tokenizerOptions.load()
        if special && !choice.tokenizer.readsSpecialTokensFromText {
            throw CommandFailure(
                "\(choice.tokenizer.name) is a SentencePiece model, and its reference (mistral-common, sentencepiece) never turns text such as [INST] into a control token: the chat format places them, as `tunesmith render FILE --tokenizer PATH` shows. Drop --special, or pass the model's tokenizer.json to count as Hugging Face tokenizers does",
                exitCode: 2)
        }
        var out = OutputBuffer()
        defer { out.flush() }
        if jsonLines {
            try encodeJSONLines(choice.tokenizer, into: &out)
        } else if let chat {
            guard case .encoding(let encoding) = choice else {
                throw ValidationError("--chat counts with OpenAI's chat rule, which needs an OpenAI model or encoding")
            }
            try ChatCountReport(encoding: encoding, path: chat).print(into: &out)
        } else if files.isEmpty {
            try emit(choice, path: nil, label: nil, into: &out)
        } else {
            var total = 0
            for path in files {
                total += try emit(choice, path: path, label: files.count > 1 ? path : nil, into: &out)
            }
            if files.count > 1 && !ids { out.write("\(total) total\n") }
        }
    }

    /// Built-in encodings split long texts over the cores; other tokenizers run on one.
    private func tokens(_ choice: TokenizerOptions.Choice, _ text: String) -> [Token] {
        switch choice {
        case .encoding(let encoding):
            special ? encoding.encode(text, allowedSpecial: .all) : encoding.encodeOrdinary(text, threads: ProcessInfo.processInfo.activeProcessorCount)
        case .tokenizer(let tokenizer):
            tokenizer.encode(text, special: special)
        }
    }

    private func count(_ choice: TokenizerOptions.Choice, _ text: String) -> Int {
        switch choice {
        case .encoding(let encoding) where !special: encoding.count(text, threads: ProcessInfo.processInfo.activeProcessorCount)
        case .tokenizer(let tokenizer): tokenizer.count(text, special: special)
        default: tokens(choice, text).count
        }
    }

    /// Counts (or lists the ids of) one input, read chunk by chunk (nil: standard input).
    @discardableResult
    private func emit(_ choice: TokenizerOptions.Choice, path: String?, label: String?, into out: inout OutputBuffer) throws -> Int {
        var total = 0
        try InputFiles.forEachChunk(of: path, tokenizer: choice.tokenizer, special: special) { text in
            guard ids else {
                total += count(choice, text)
                return
            }
            for token in tokens(choice, text) {
                if total > 0 { out.write(" ") }
                out.write(decimal: token)
                total += 1
            }
        }
        out.write(ids ? "\n" : label.map { "\(total) \($0)\n" } ?? "\(total)\n")
        return total
    }

    private func encodeJSONLines(_ tokenizer: Tokenizer, into out: inout OutputBuffer) throws {
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            guard let text = (try? JSONSerialization.jsonObject(with: Data(line.utf8), options: .fragmentsAllowed)) as? String else {
                out.flush()
                throw CommandFailure(
                    "stdin line \(lineNumber): not a JSON string; send one JSON-encoded string per line, e.g. \"hello world\"")
            }
            out.write("[")
            for (k, token) in tokenizer.encode(text, special: special).enumerated() {
                if k > 0 { out.write(",") }
                out.write(decimal: token)
            }
            out.write("]\n")
        }
    }
}
