import ProviderKit
import Testing

struct SSEParserTests {
    @Test func eventsSplitAnywhereParseTheSame() {
        let stream = ": keep-alive\r\n\r\ndata: {\"a\":1}\r\n\r\nevent: note\ndata: line one\ndata: line two\n\ndata:no-space\rid: 7\r\r"
        let bytes = Array(stream.utf8)
        var whole = SSEParser()
        let expected = whole.feed(bytes)
        #expect(expected == [
            SSEEvent(event: nil, data: "{\"a\":1}", id: nil),
            SSEEvent(event: "note", data: "line one\nline two", id: nil),
            SSEEvent(event: nil, data: "no-space", id: "7"),
        ])
        for cut in 1..<bytes.count {
            var parser = SSEParser()
            let events = parser.feed(bytes[..<cut]) + parser.feed(bytes[cut...])
            #expect(events == expected, "cut at \(cut)")
        }
    }

    @Test func aLastEventWithoutABlankLineIsFlushedAtTheEnd() {
        var parser = SSEParser()
        #expect(parser.feed(Array("data: [DONE]".utf8)).isEmpty)
        #expect(parser.finish() == SSEEvent(event: nil, data: "[DONE]", id: nil))
    }
}
