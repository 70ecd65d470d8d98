import Dataset
import Foundation
import TestSupport
import Testing
import Tokenizers

/// Keys and roles added since OpenAI's check was written are accepted; the checks it lacks report
/// their own categories with line numbers.
@Suite(.enabled(if: TestEncodings.available))
struct TodaysRulesTests {
    static let good = #"{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello."}]}"#

    func validate(_ lines: [String], padTo count: Int = 10, limit: Int = 65_536,
                  purpose: ValidationTarget.Purpose = .training) throws -> ValidationReport {
        let file = try temporaryFolder().appendingPathComponent("data.jsonl")
        let padding = (0..<max(0, count - lines.count)).map { n in
            #"{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Q\#(n)"},{"role":"assistant","content":"A\#(n)"}]}"#
        }
        try Data(((lines + padding).joined(separator: "\n") + "\n").utf8).write(to: file)
        let target = ValidationTarget(model: "gpt-4.1-mini", encoding: try TestEncodings.load(.o200kBase),
                                      maxTokensPerExample: limit, trainingPricePerMillion: 5, purpose: purpose)
        return try Validator(target: target).validate(path: file.path)
    }

    @Test func todaysKeysAndRolesAreNotErrors() throws {
        let report = try validate([
            #"{"messages":[{"role":"developer","content":"Be brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hi.","weight":0},{"role":"user","content":"Again"},{"role":"assistant","content":"Hello.","weight":1}]}"#,
            #"{"messages":[{"role":"user","content":"Weather?"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},{"role":"tool","tool_call_id":"c1","content":"21C"},{"role":"assistant","content":"21C in Paris."}],"tools":[{"type":"function","function":{"name":"get_weather","description":"Get the weather.","parameters":{"type":"object","properties":{"city":{"type":"string","description":"City."}}}}}],"parallel_tool_calls":false}"#,
            #"{"messages":[{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"https://example.com/a.png"}}]},{"role":"assistant","content":"A cat."}]}"#,
        ])
        #expect(report.errorCount == 0, "\(report.counts)")
        #expect(report.isReady)
    }

    @Test func badUsesOfTodaysKeysAreTheirOwnCategories() throws {
        let report = try validate([
            #"{"messages":[{"role":"user","content":"Hi","weight":1},{"role":"assistant","content":"Hello.","weight":2}]}"#,
            #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","tool_calls":[{"id":"c1","function":{"name":"f"}}]}]}"#,
            #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"x"},{"role":"tool","content":"21C"},{"role":"assistant","content":"y"}]}"#,
            #"{"messages":[{"role":"user","content":[{"type":"audio","data":"..."}]},{"role":"assistant","content":"?"}]}"#,
            #"{"messages":[{"role":"user","content":"Hi","name":7},{"role":"assistant","content":"x"}]}"#,
            #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"x"}],"tools":{"a":1}}"#,
            #"{"messages":[{"role":"user","content":"Hi"},"just text",{"role":"assistant","content":"x"}]}"#,
        ])
        #expect(report.count(.invalidWeight) == 2)
        #expect(report.lines(.invalidWeight) == [1])
        #expect(report.lines(.invalidToolCalls) == [2])
        #expect(report.lines(.invalidToolMessage) == [3])
        #expect(report.lines(.invalidContentParts) == [4])
        #expect(report.lines(.invalidName) == [5])
        #expect(report.lines(.invalidTools) == [6])
        #expect(report.lines(.messageNotObject) == [7])
        #expect(report.findings[.invalidWeight]?.last?.detail == "message 2's weight is 2, not 0 or 1")
        #expect(!report.isReady)
    }

    @Test func framingProblemsHaveLineNumbers() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("framed.jsonl")
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((Self.good + "\r\n\n").utf8)
        for _ in 0..<9 { bytes += Array((Self.good + "\n").utf8) }
        bytes += Array(#"{"messages":[{"role":"user","content":"caf"#.utf8) + [0xE9] + Array(#""},{"role":"assistant","content":"x"}]}"#.utf8)
        try Data(bytes).write(to: file)
        let target = ValidationTarget(model: nil, encoding: try TestEncodings.load(.o200kBase), maxTokensPerExample: 100, trainingPricePerMillion: nil)
        let report = try Validator(target: target).validate(path: file.path)
        #expect(report.lines(.byteOrderMark) == [1])
        #expect(report.lines(.carriageReturn) == [1])
        #expect(report.lines(.blankLine) == [2])
        #expect(report.lines(.invalidUTF8) == [12])
        #expect(report.findings[.invalidUTF8]?.first?.detail.hasPrefix("column 43: invalid UTF-8 sequence") == true)
        #expect(report.lines(.noFinalNewline) == [12])
        #expect(report.examples == 11)
        #expect(report.lines(.exactDuplicate) == Array(3...11))
    }

    @Test func warningsDoNotFailTheFile() throws {
        let report = try validate([
            Self.good,
            #"{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"hi!"},{"role":"assistant","content":"HELLO"}]}"#,
            #"{"messages":[{"role":"system","content":"Be long-winded."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Well..."}]}"#,
            #"{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello."},{"role":"user","content":"Bye"}]}"#,
            #"{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"\#(String(repeating: "long ", count: 200))"},{"role":"assistant","content":"ok"}]}"#,
        ], limit: 150)
        #expect(report.lines(.nearDuplicate) == [2])
        #expect(report.lines(.systemPromptVaries) == [3])
        #expect(report.lines(.lastMessageNotAssistant) == [4])
        #expect(report.lines(.overTokenLimit) == [5])
        #expect(report.overLimit == 1)
        #expect(report.isReady)
    }

    @Test func tooFewExamplesIsAnError() throws {
        let report = try validate([Self.good], padTo: 3)
        #expect(report.count(.tooFewExamples) == 1)
        #expect(!report.isReady)
        #expect(report.epochs == 25)
    }

    @Test func aValidationFileNeedsNoMinimumAndCostsNothing() throws {
        let report = try validate([Self.good], padTo: 3, purpose: .validation)
        #expect(report.count(.tooFewExamples) == 0)
        #expect(report.isReady)
        #expect(report.estimatedCostUSD == nil)
        var text = ""
        report.render(into: &text)
        #expect(text.contains("billed                      no: a validation file is scored during training, not trained on"))
        #expect(!text.contains("estimated cost") && !text.contains("epochs (auto)"))
        #expect(text.hasSuffix("\nReady as a validation file.\n"))
        #expect(report.jsonValue.objectValue?["purpose"]?.stringValue == "validation")
        let broken = try validate([#"{"messages":[]}"#], padTo: 3, purpose: .validation)
        #expect(!broken.isReady)
    }

    @Test func preferenceAndCompletionFilesFollowTheirOwnRules() throws {
        let pair = #"{"input":{"messages":[{"role":"user","content":"Capital of France?"}]},"preferred_output":[{"role":"assistant","content":"Paris."}],"non_preferred_output":[{"role":"assistant","content":"Lyon."}]}"#
        let preference = try validate(Array(repeating: pair, count: 10) + [
            #"{"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[{"role":"assistant","content":"A"},{"role":"assistant","content":"B"}],"non_preferred_output":[]}"#,
            Self.good,
        ], padTo: 0)
        #expect(preference.format == .preference)
        #expect(preference.lines(.invalidPreference) == [11])
        #expect(preference.count(.invalidPreference) == 2)
        #expect(preference.lines(.mixedFormats) == [12])
        #expect(preference.totalTokensPerExample != nil)

        let completion = try validate((0..<10).map { #"{"prompt":"Q\#($0) ->","completion":" A\#($0)"}"# } + [#"{"prompt":"x"}"#], padTo: 0)
        #expect(completion.format == .completion)
        #expect(completion.lines(.invalidCompletion) == [11])
        #expect(completion.missingSystem == 0 || completion.format == .completion)
    }

    @Test func costFollowsTheModelsPrice() throws {
        let report = try validate([Self.good], padTo: 40)
        let expected = 5.0 * Double(report.epochs * report.billingTokens) / 1e6
        #expect(report.estimatedCostUSD == expected)
        #expect(report.epochs == 3)
    }
}
