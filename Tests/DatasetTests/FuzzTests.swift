import Dataset
import Foundation
import TestSupport
import Testing
import Tokenizers

/// Thousands of randomly mutated lines never crash validation, and always yield a report.
@Suite(.enabled(if: TestEncodings.available))
struct FuzzTests {
    static let seeds = [
        #"{"messages":[{"role":"system","content":"Marv is sarcastic."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Oh. You.","weight":1}]}"#,
        #"{"messages":[{"role":"user","content":[{"type":"text","text":"x"}]},{"role":"assistant","tool_calls":[{"id":"1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"1","content":"ok"}],"tools":[{"type":"function","function":{"name":"f"}}]}"#,
        #"{"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[{"role":"assistant","content":"A"}],"non_preferred_output":[{"role":"assistant","content":"B"}]}"#,
        #"{"prompt":"é 😀 \u00e9","completion":" \"quoted\" \n"}"#,
    ]

    static let tokens: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999", "-", "\u{0}", "\n", "\r", "é", "😀", "<|endoftext|>", "\"role\"", "\"content\"", "\"messages\""].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF]]

    static func mutate(_ line: [UInt8], _ generator: inout SplitMix64) -> [UInt8] {
        var bytes = line
        for _ in 0..<(1 + Int(generator.next() % 4)) {
            let at = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count))
            switch generator.next() % 5 {
            case 0 where !bytes.isEmpty: bytes.remove(at: at)
            case 1: bytes.insert(contentsOf: tokens[Int(generator.next() % UInt64(tokens.count))], at: at)
            case 2 where !bytes.isEmpty: bytes[at] = UInt8(truncatingIfNeeded: generator.next())
            case 3: bytes = Array(bytes.prefix(at))
            default:
                let other = Array(seeds[Int(generator.next() % UInt64(seeds.count))].utf8)
                bytes.insert(contentsOf: other.prefix(Int(generator.next() % UInt64(other.count + 1))), at: at)
            }
        }
        return bytes.filter { $0 != 0x0A }  // one line stays one line
    }

    @Test func mutatedLinesNeverCrashValidation() async throws {
        let (checked, problems) = try await runBlocking { try Self.fuzz() }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(checked == 5000)
    }

    /// 20 files of 250 lines; returns the lines checked and what went wrong (it runs on a
    /// Dispatch thread, where expectations would not belong to the test).
    static func fuzz() throws -> (Int, [String]) {
        var problems: [String] = []
        var generator = SplitMix64(seed: 2026)
        let folder = try temporaryFolder()
        let target = ValidationTarget(model: nil, encoding: try TestEncodings.load(.o200kBase), maxTokensPerExample: 200, trainingPricePerMillion: 1)
        var checked = 0
        for round in 0..<20 {
            var bytes: [UInt8] = []
            var nonBlank = 0
            for _ in 0..<250 {
                let seed = Array(Self.seeds[Int(generator.next() % UInt64(Self.seeds.count))].utf8)
                let line = generator.next() % 5 == 0 ? seed : Self.mutate(seed, &generator)
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { nonBlank += 1 }
                bytes += line + [0x0A]
            }
            let url = folder.appendingPathComponent("fuzz-\(round).jsonl")
            try Data(bytes).write(to: url)
            let report = try Validator(target: target).validate(path: url.path)
            if report.examples != nonBlank { problems.append("round \(round): \(report.examples) examples, not \(nonBlank)") }
            var text = ""
            report.render(into: &text)
            if !text.contains("Figures") { problems.append("round \(round): the report has no figures") }
            if (try? JSONParser.parse(JSONWriter.string(report.jsonValue))) == nil { problems.append("round \(round): the JSON report does not parse") }
            checked += 250
        }
        return (checked, problems)
    }
}
