import ArgumentParser
import Foundation
import Tokenizers

struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Count tokens exactly (ids identical to tiktoken's).",
        discussion: """
            With no FILE, reads standard input. One input prints its count alone on a line; several \
            print "COUNT FILE" lines and a total, like wc. Special-token text such as <|endoftext|> \
            counts as ordinary text, as in tiktoken's encode_ordinary.
            """
    )

    @OptionGroup var encodingOptions: EncodingOptions

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
    }

    func run() async throws {
        let encoding = try await encodingOptions.load()
        var out = OutputBuffer()
        defer { out.flush() }
        if jsonLines {
            try encodeJSONLines(encoding, into: &out)
        } else if let chat {
            try ChatCountReport(encoding: encoding, path: chat).print(into: &out)
        } else if files.isEmpty {
            try emit(encoding, text: InputFiles.readStandardInput(), label: nil, into: &out)
        } else {
            var total = 0
            for path in files {
                total += try emit(encoding, text: InputFiles.read(path), label: files.count > 1 ? path : nil, into: &out)
            }
            if files.count > 1 && !ids { out.write("\(total) total\n") }
        }
    }

    @discardableResult
    private func emit(_ encoding: Encoding, text: String, label: String?, into out: inout OutputBuffer) throws -> Int {
        let threads = ProcessInfo.processInfo.activeProcessorCount
        if ids {
            let tokens = encoding.encodeOrdinary(text, threads: threads)
            for (k, token) in tokens.enumerated() {
                if k > 0 { out.write(" ") }
                out.write(decimal: token)
            }
            out.write("\n")
            return tokens.count
        }
        let count = encoding.count(text, threads: threads)
        out.write(label.map { "\(count) \($0)\n" } ?? "\(count)\n")
        return count
    }

    private func encodeJSONLines(_ encoding: Encoding, into out: inout OutputBuffer) throws {
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            guard let text = (try? JSONSerialization.jsonObject(with: Data(line.utf8), options: .fragmentsAllowed)) as? String else {
                out.flush()
                throw CommandFailure(
                    "stdin line \(lineNumber): not a JSON string; send one JSON-encoded string per line, e.g. \"hello world\"")
            }
            out.write("[")
            for (k, token) in encoding.encodeOrdinary(text).enumerated() {
                if k > 0 { out.write(",") }
                out.write(decimal: token)
            }
            out.write("]\n")
        }
    }
}
