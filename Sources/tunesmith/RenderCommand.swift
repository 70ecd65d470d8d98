import ArgumentParser
import Dataset
import Foundation
import Shell
import Tokenizers

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Show each example exactly as the model sees it: its chat format, special tokens, and the tokens that train.",
        discussion: """
            Open models render with their own chat template (Hugging Face), harmony (gpt-oss) or \
            mistral-common's format; the ids are identical to those libraries'. On a terminal special \
            tokens are dimmed and the tokens that train (assistant replies with weight 1) are \
            highlighted; in a pipe the text is plain. --json-lines prints one object per example: \
            {"line", "tokens", "trained", "ids", "text"}, or {"line", "error"} for an example the \
            format refuses. Exit status 1 when any example was refused.
            """
    )

    @Argument(help: "The JSONL training file.", completion: .file(extensions: ["jsonl"]))
    var file: String

    @OptionGroup var tokenizerOptions: TokenizerOptions

    @Option(help: ArgumentHelp("Only the example on this line of FILE.", valueName: "line"))
    var example: Int?

    @Flag(help: "One JSON object per example, for scripts.")
    var jsonLines = false

    func validate() throws {
        if let example, example < 1 { throw ValidationError("--example is a line number of FILE, 1 or more") }
    }

    func run() async throws {
        let counting = try await tokenizerOptions.renderedCounting()
        let view = RenderedExampleView(tokenizer: counting.tokenizer, colors: !jsonLines && Terminal.standardOutputIsTerminal
                                       && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        var out = OutputBuffer()
        defer { out.flush() }
        var refused = 0
        var found = false
        guard FileManager.default.fileExists(atPath: file) else { throw CommandFailure("no such file: \(file); check the path", exitCode: 2) }
        try JSONLReader.read(path: file) { lines in
            for line in lines where !line.isBlank && (example == nil || example == line.number) {
                found = true
                let outcome: Result<RenderedTokens, Error>
                do {
                    let request = try Self.request(line)
                    outcome = Result { try counting.tokens(request) }
                } catch {
                    outcome = .failure(error)
                }
                switch outcome {
                case .success(let tokens):
                    jsonLines ? view.writeJSON(line: line.number, tokens, into: &out) : view.write(line: line.number, tokens, into: &out)
                case .failure(let error):
                    refused += 1
                    if jsonLines {
                        out.write(JSONWriter.string(.object(JSONObject([.init("line", .number(String(line.number))), .init("error", .string("\(error)"))]))) + "\n")
                    } else {
                        out.write("line \(line.number): \(TerminalSafeText.neutralized("\(error)"))\n\n")
                    }
                }
            }
        }
        if let example, !found { throw CommandFailure("\(file) has no example on line \(example); pass the line number of a non-blank line") }
        out.flush()
        if refused > 0 {
            Terminal.writeError("tunesmith: \(refused) example\(refused == 1 ? "" : "s") could not be rendered for \(counting.name); fix them, or run `tunesmith validate \(file) --model M` for the full report\n")
            throw ExitCode(1)
        }
    }

    /// The conversation a line trains: a chat example's messages, or a preference example's input
    /// with its preferred output.
    static func request(_ line: JSONLLine) throws -> ChatRenderRequest {
        let value: JSONValue
        do { value = try JSONParser.parse(line.bytes) } catch { throw CommandFailure("not valid JSON (\(error)); run `tunesmith validate` for the column") }
        guard let object = value.objectValue else { throw CommandFailure("not a JSON object; each line must be {\"messages\": [...]}") }
        if let messages = object["messages"]?.arrayValue {
            return RenderedCounting.request(messages: try messages.map(Self.message), tools: object["tools"])
        }
        if let input = object["input"]?.objectValue, let messages = input["messages"]?.arrayValue,
           let preferred = object["preferred_output"]?.arrayValue {
            return RenderedCounting.request(messages: try (messages + preferred).map(Self.message), tools: input["tools"])
        }
        throw CommandFailure("not a chat or preference example (no \"messages\"); only chat conversations have a chat format")
    }

    private static func message(_ value: JSONValue) throws -> JSONObject {
        guard let object = value.objectValue else { throw CommandFailure("a message is a \(value.typeName), not an object") }
        return object
    }
}
