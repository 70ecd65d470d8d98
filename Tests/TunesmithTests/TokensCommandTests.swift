import Foundation
import Testing

@Suite(.enabled(if: RankFiles.available))
struct TokensCommandTests {
    @Test func countsStandardInputAloneOnALine() async throws {
        let result = try await TunesmithProcess.run(["tokens"], stdin: "hello world")
        #expect(result.status == 0)
        #expect(result.stdout == "2\n")
    }

    @Test func printsIdsForTheChosenEncoding() async throws {
        #expect(try await TunesmithProcess.run(["tokens", "--encoding", "cl100k_base", "--ids"], stdin: "hello world").stdout == "15339 1917\n")
        #expect(try await TunesmithProcess.run(["tokens", "--model", "gpt-4.1-mini", "--ids"], stdin: "hello world").stdout == "24912 2375\n")
        #expect(try await TunesmithProcess.run(["tokens", "--model", "ft:gpt-3.5-turbo-0125:org::x", "--ids"], stdin: "hello world").stdout == "15339 1917\n")
    }

    @Test func severalFilesPrintCountsAndATotalLikeWc() async throws {
        let folder = try temporaryFolder()
        try "hello world".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "hello".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let result = try await TunesmithProcess.run(["tokens", "a.txt", "b.txt"], in: folder)
        #expect(result.stdout == "2 a.txt\n1 b.txt\n3 total\n")
    }

    @Test func jsonLinesMapsStringsToIdArrays() async throws {
        let result = try await TunesmithProcess.run(["tokens", "--json-lines", "--encoding", "cl100k_base"],
                                              stdin: "\"hello world\"\n\"<|endoftext|>\"\n\"\"\n")
        #expect(result.stdout == "[15339,1917]\n[27,91,8862,728,428,91,29]\n[]\n")
        let bad = try await TunesmithProcess.run(["tokens", "--json-lines"], stdin: "\"ok\"\nnot json\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("line 2"))
    }

    @Test func badInputGetsAMessageAndAnExitCode() async throws {
        let unknown = try await TunesmithProcess.run(["tokens", "--model", "llama-3"], stdin: "x")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown model \"llama-3\"") && unknown.stderr.contains("--encoding"))
        let both = try await TunesmithProcess.run(["tokens", "--model", "gpt-4o", "--encoding", "o200k_base"], stdin: "x")
        #expect(both.status == 2)
        // An encoding is parsed with the arguments: a usage error that lists the known ones.
        let nope = try await TunesmithProcess.run(["tokens", "--encoding", "nope"], stdin: "x")
        #expect(nope.status == 2 && nope.stderr.contains("unknown encoding \"nope\"; use one of: cl100k_base, o200k_base, o200k_harmony"))
        let missing = try await TunesmithProcess.run(["tokens", "/nonexistent/file.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file: /nonexistent/file.txt"))
    }
}

struct EncodingsCommandTests {
    @Test func pathListsEveryPlaceInOrder() async throws {
        let folder = try temporaryFolder()
        var environment = ["HOME": folder.path, "XDG_CACHE_HOME": folder.path + "/cache", "TUNESMITH_ENCODINGS": folder.path + "/enc",
                           "TIKTOKEN_CACHE_DIR": folder.path + "/tk"]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        let result = try await TunesmithProcess.run(["encodings", "path"], environment: environment)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "cl100k_base:")
        #expect(lines[1].contains(folder.path + "/enc/cl100k_base.tiktoken"))
        #expect(lines[2].contains(folder.path + "/cache/tunesmith/cl100k_base.tiktoken"))
        #expect(lines[3].contains(folder.path + "/tk/"))
        #expect(result.stdout.contains("tunesmith encodings fetch"))
    }

    @Test func installRefusesAFileWithTheWrongHash() async throws {
        let folder = try temporaryFolder()
        let bad = folder.appendingPathComponent("o200k_base.tiktoken")
        try "garbage".write(to: bad, atomically: true, encoding: .utf8)
        let result = try await TunesmithProcess.run(["encodings", "install", bad.path],
                                              environment: ["HOME": folder.path, "XDG_CACHE_HOME": folder.path + "/cache"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not the official o200k_base rank file"))
    }
}
