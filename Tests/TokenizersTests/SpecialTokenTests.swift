import TestSupport
import Testing

@testable import Tokenizers

@Suite(.enabled(if: TestEncodings.available))
struct SpecialTokenTests {
    @Test func specialTextIsOrdinaryByDefault() throws {
        let encoding = try TestEncodings.load(.cl100kBase)
        #expect(encoding.encode("<|endoftext|>", allowedSpecial: .none) == encoding.encodeOrdinary("<|endoftext|>"))
    }

    @Test func allowedSpecialTokensBecomeTheirIds() throws {
        let cl100k = try TestEncodings.load(.cl100kBase)
        #expect(cl100k.encode("hello world<|endoftext|>", allowedSpecial: .all) == [15339, 1917, 100257])
        #expect(cl100k.encode("<|fim_prefix|>a<|endoftext|>", allowedSpecial: .allowed(["<|endoftext|>"]))
            == cl100k.encodeOrdinary("<|fim_prefix|>a") + [100257])
        let o200k = try TestEncodings.load(.o200kBase)
        #expect(o200k.encode("<|endofprompt|>", allowedSpecial: .all) == [200018])
        #expect(try o200k.decode([24912, 199999]) == "hello<|endoftext|>")
    }

    @Test func unknownIdsAreRefused() throws {
        let encoding = try TestEncodings.load(.cl100kBase)
        #expect(throws: TokenizersError.self) { try encoding.decode([999_999]) }
    }
}
