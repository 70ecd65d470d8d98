import Testing

@testable import Tokenizers

/// `TemplateValue(json:)` and `PythonJSONCodec.loads` are one parser with `json.loads`' rules.
struct TemplateValueJSONTests {
    @Test func readsWhatPythonReads() throws {
        let special = #"{"a": 1, "b": 1.0, "a": NaN, "c": -Infinity}"#
        #expect(PythonJSONCodec.dumps(try TemplateValue(json: special)) == #"{"a": NaN, "b": 1.0, "c": -Infinity}"#)
        guard case .object(let members) = try TemplateValue(json: #"{"a": 1, "b": 1e5, "a": 2}"#) else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].value == .int(2) && members[1].value == .double(100000))
    }

    @Test func refusesWhatPythonRefusesWithWhatToDo() {
        for text in ["{\"a\": \"x\ny\"}", "01", "+1", "[1,]", #""\q""#] {
            #expect(throws: TokenizersError.self, "\(text)") { try TemplateValue(json: text) }
            #expect(PythonJSONCodec.loads(text) == nil, "\(text)")
        }
        do {
            _ = try TemplateValue(json: "[1,")
            Issue.record("[1, was read")
        } catch {
            #expect("\(error)".contains("check the text is one JSON value"))
        }
    }
}
