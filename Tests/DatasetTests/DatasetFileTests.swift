import Dataset
import Foundation
import TestSupport
import Testing

struct DatasetFileTests {
    func contents(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    @Test(arguments: [16 << 20, 0])  // rewrite-and-rename, and one write with a journal
    func appendCreatesTheFileAndNeverJoinsLines(_ rewriteLimit: Int) throws {
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        let file = DatasetFile(path: url.path, rewriteLimit: rewriteLimit)
        #expect(try file.exampleCount() == 0)
        try file.append(line: #"{"a":1}"#)
        #expect(try contents(url) == "{\"a\":1}\n")
        try Data("{\"b\":2}".utf8).write(to: url, options: .atomic)  // a last line without newline
        try file.append(line: #"{"c":3}"#)
        #expect(try contents(url) == "{\"b\":2}\n{\"c\":3}\n")
        #expect(!FileManager.default.fileExists(atPath: url.path + ".tunesmith-append"))
    }


    @Test func replaceAndDeleteKeepEveryOtherLineByteForByte() throws {
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        let original = "{ \"x\" : 1, \"unknown\": [1.50, null] }\r\n\n{\"y\":2}\n{\"z\":\"é\"}"
        try Data(original.utf8).write(to: url)
        let file = DatasetFile(path: url.path)
        #expect(try file.exampleCount() == 3)
        let second = try file.example(2)
        #expect(second.line == 3)
        try file.replaceLine(3, expecting: second.fingerprint, with: #"{"y":"new"}"#)
        #expect(try contents(url) == "{ \"x\" : 1, \"unknown\": [1.50, null] }\r\n\n{\"y\":\"new\"}\n{\"z\":\"é\"}")
        try file.deleteLine(4, expecting: try file.example(3).fingerprint)
        #expect(try contents(url) == "{ \"x\" : 1, \"unknown\": [1.50, null] }\r\n\n{\"y\":\"new\"}\n")
        try file.deleteLine(1, expecting: try file.example(1).fingerprint)  // its \r\n is not part of what it says
        #expect(try contents(url) == "\n{\"y\":\"new\"}\n")
        #expect(throws: DatasetError.self) { try file.deleteLine(9, expecting: second.fingerprint) }
        #expect(throws: DatasetError.self) { try file.example(5) }
    }

    @Test func concurrentWritersNeverInterleave() async throws {
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        let path = url.path
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    try await runBlocking {
                        let file = DatasetFile(path: path, rewriteLimit: writer % 2 == 0 ? 16 << 20 : 0)
                        for n in 0..<50 {
                            let text = String(repeating: "w\(writer)", count: 500 + n * 13)
                            _ = try? file.append(line: #"{"writer":\#(writer),"n":\#(n),"text":"\#(text)"}"#)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let lines = try contents(url).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 200)
        for line in lines { #expect((try? JSONParser.parse(String(line))) != nil) }
    }

    @Test func examplesRoundTripWithUnknownKeys() throws {
        let text = #"{"messages":[{"role":"system","content":"s","x-note":"keep me"},{"role":"user","content":[{"type":"text","text":"hi"}]},{"role":"assistant","content":"yo","weight":0},{"role":"assistant","content":null,"tool_calls":[{"id":"1","type":"function","function":{"name":"f","arguments":"{}"}}]}],"parallel_tool_calls":false,"meta":{"source":"me"}}"#
        let example = try TrainingExample(json: try JSONParser.parse(text))
        guard case .chat(let chat) = example else { Issue.record("not chat"); return }
        #expect(chat.messages.count == 4)
        #expect(chat.messages[0].extra == [JSONObject.Member("x-note", .string("keep me"))])
        #expect(chat.messages[1].text == "hi")
        #expect(chat.messages[2].weight == 0)
        #expect(try TrainingExample(json: try JSONParser.parse(example.jsonLine)) == example)
        #expect(example.jsonLine.contains(#""meta":{"source":"me"}"#))

        let pair = try TrainingExample(json: try JSONParser.parse(
            #"{"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[{"role":"assistant","content":"A"}],"non_preferred_output":[{"role":"assistant","content":"B"}]}"#))
        #expect(try TrainingExample(json: try JSONParser.parse(pair.jsonLine)) == pair)
        #expect(throws: DatasetError.self) { try TrainingExample(json: .array([])) }
        #expect(throws: DatasetError.self) { try TrainingExample(json: try JSONParser.parse(#"{"messages":[{"content":"no role"}]}"#)) }
    }
}
