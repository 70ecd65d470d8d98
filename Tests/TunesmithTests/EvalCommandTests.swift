import Foundation
import TestSupport
import Testing

/// `tunesmith eval` as a user runs it, against the eval stub (an OpenAI-compatible server).
@Suite(.enabled(if: RankFiles.available), .timeLimit(.minutes(5)))
struct EvalCommandTests {
    static let key = "sk-evaltest-0123456789abcdefghijklmnop"

    func dataset(_ count: Int, extra: [String] = []) throws -> String {
        let path = try temporaryFolder().appendingPathComponent("data-validation.jsonl").path
        var lines = (1...count).map { #"{"messages":[{"role":"user","content":"question \#($0)"},{"role":"assistant","content":"answer \#($0) is yes"}]}"# }
        lines += extra
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func environment(_ stub: EvalStub, key: String? = EvalCommandTests.key) -> [String: String] {
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = key
        environment["OPENAI_BASE_URL"] = stub.baseURL
        environment.removeValue(forKey: "TUNESMITH_PROVIDER")
        return environment
    }

    @Test("--json and --html with two models and a judge; a second run sends nothing")
    func jsonAndHTML() async throws {
        let stub = try await EvalStub.start()
        defer { Task { await stub.shutdown() } }
        let path = try dataset(6)
        let html = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("report.html").path
        let arguments = ["eval", path, "--model", "tuned", "--model", "openai:base", "--judge", "judge", "--json", "--html", html, "--seed", "3"]
        let result = try await TunesmithProcess.run(arguments, environment: environment(stub))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 7 && lines.last?.hasPrefix("{\"summary\":") == true)
        #expect(lines.first?.contains("\"model\":\"openai:base\"") == true)
        #expect(stub.requestCount == 18)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("answer 6 is yes") && !page.contains("<script"))
        #expect(FileManager.default.fileExists(atPath: path.replacingOccurrences(of: ".jsonl", with: ".eval.jsonl")))
        for text in [result.stdout, result.stderr, page] { #expect(!text.contains(Self.key)) }
        let again = try await TunesmithProcess.run(["eval", path, "--model", "tuned", "--model", "openai:base", "--judge", "judge"], environment: environment(stub))
        #expect(again.status == 0 && stub.requestCount == 18)
        #expect(again.stdout.contains("tuned is closer") && again.stderr.contains("0 requests sent, 18 results kept"))
        #expect(!again.stdout.contains("\u{1B}"))  // not a terminal: no colour
    }

    @Test("bad input: a broken line, a missing key, an unknown provider, a bad model spec")
    func badInput() async throws {
        let stub = try await EvalStub.start()
        defer { Task { await stub.shutdown() } }
        let broken = try dataset(2, extra: [#"{"messages": [}"#])
        let line = try await TunesmithProcess.run(["eval", broken, "--model", "tuned"], environment: environment(stub))
        #expect(line.status == 1 && line.stderr.contains("line 3, column") && line.stderr.contains("tunesmith validate"))
        let good = try dataset(2)
        var official = environment(stub, key: nil)
        official.removeValue(forKey: "OPENAI_BASE_URL")  // a server of one's own may need no key; OpenAI's does
        let noKey = try await TunesmithProcess.run(["eval", good, "--model", "tuned"], environment: official)
        #expect(noKey.status == 1 && noKey.stderr.contains("no OpenAI key for tuned; set OPENAI_API_KEY"), "\(noKey.stderr)")
        let provider = try await TunesmithProcess.run(["eval", good, "--model", "tuned", "--provider", "nope"], environment: environment(stub))
        #expect(provider.status == 2 && provider.stderr.contains("unknown provider"))
        let spec = try await TunesmithProcess.run(["eval", good, "--model", "x=@http://127.0.0.1/v1"], environment: environment(stub))
        #expect(spec.status == 2 && spec.stderr.contains("names no model"))
        let none = try await TunesmithProcess.run(["eval", good], environment: environment(stub))
        #expect(none.status == 2 && none.stderr.contains("--model"))
        #expect(stub.requestCount == 0)
    }

    @Test("--help shows the judge's instructions")
    func helpShowsTheJudgePrompt() async throws {
        let help = try await TunesmithProcess.run(["eval", "--help"])
        #expect(help.status == 0 && help.stdout.contains("closer to the reference in intent"))
    }
}
