import Foundation
import TestSupport
import Testing

/// A script learns that something failed (stderr, exit 1), and a line meant as text never spends
/// money or deletes data.
@Suite(.enabled(if: RankFiles.available), .timeLimit(.minutes(5)))
struct PipedScriptTests {
    @Test func aFailedCommandGoesToStderrAndTheRunExitsOneAfterTheRest() async throws {
        let folder = try temporaryFolder()
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = nil
        environment["XDG_STATE_HOME"] = folder.path + "/state"
        let bogus = try await TunesmithProcess.run(["data.jsonl"], stdin: "/bogus\nHi\nOh. You again.\n/save\n", environment: environment, in: folder)
        #expect(bogus.status == 1)
        #expect(bogus.stderr.hasPrefix("error: unknown command /bogus; did you mean"))
        #expect(!bogus.stdout.contains("unknown command"))
        #expect(bogus.stdout.contains("example 1 saved to data.jsonl"), "the rest of the script ran")

        let refused = try await TunesmithProcess.run(["data.jsonl"], stdin: "Hi\n/save\n/undo\n/new\n", environment: environment, in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: not saved: no reply yet; write one (or /reply TEXT)"))

        let clean = try await TunesmithProcess.run(["data.jsonl"], stdin: "Hi\nOh.\n/save\n", environment: environment, in: folder)
        #expect(clean.status == 0)
        #expect(clean.stderr == "")
    }

    @Test func aReplyThatStartsWithASlashSpendsNothingWithoutYes() async throws {
        let stub = try await OpenAIStub.start()
        let folder = try temporaryFolder()
        let dataset = folder.appendingPathComponent("marv.jsonl")
        try FileManager.default.copyItem(atPath: ProviderCommandTests.marv, toPath: dataset.path)
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = await stub.apiKey
        environment["OPENAI_BASE_URL"] = await stub.baseURL
        environment["XDG_STATE_HOME"] = folder.path + "/state"
        let original = try String(contentsOf: dataset, encoding: .utf8)

        let reply = try await TunesmithProcess.run(["marv.jsonl", "--offline"], stdin: "What now?\n/train --epochs 3\n",
                                                   environment: environment, in: folder)
        #expect(reply.status == 1)
        #expect(reply.stderr.contains("error: /train creates a paid fine-tuning job, so a script runs it only when tunesmith is started "
                                      + "with --yes; if the line was the reply, write it as //train --epochs 3"))
        let others = try await TunesmithProcess.run(["marv.jsonl", "--offline"], stdin: "/upload\n/cancel ftjob-1\n/delete 1\n/eval\n",
                                                    environment: environment, in: folder)
        #expect(others.status == 1)
        for refused in ["/upload sends the file", "/cancel stops a fine-tuning job", "/delete deletes an example",
                        "/eval sends every validation example to each model, and each request is billed"] {
            #expect(others.stderr.contains("error: \(refused)"))
        }
        #expect(await stub.requests.isEmpty, "nothing reached the provider")
        #expect(try String(contentsOf: dataset, encoding: .utf8) == original)

        let escaped = try await TunesmithProcess.run(["marv.jsonl", "--offline"], stdin: "What now?\n//train --epochs 3\n/save\n",
                                                     environment: environment, in: folder)
        #expect(escaped.status == 0)
        let saved = try String(contentsOf: dataset, encoding: .utf8).split(separator: "\n").last.map(String.init)
        #expect(saved?.contains(#"{"role":"assistant","content":"/train --epochs 3"}"#) == true)

        let allowed = try await TunesmithProcess.run(["marv.jsonl", "--yes"], stdin: "/upload\n", environment: environment, in: folder)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("uploaded marv.jsonl as file-"))
        await stub.shutdown()
    }
}
