import Testing

@testable import Tokenizers

struct EncodingNameTests {
    @Test func encodingNamesParse() throws {
        #expect(try EncodingName(parsing: "O200K_BASE") == .o200kBase)
        #expect(try EncodingName(parsing: "cl100k") == .cl100kBase)
        #expect(throws: TokenizersError.self) { try EncodingName(parsing: "p50k_base") }
    }
}
