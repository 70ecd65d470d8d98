import Foundation
import TestSupport
import Testing
import Tokenizers

/// A text read in chunks is encoded exactly as the whole: for every tokenizer kind that is cut,
/// on texts built so that cuts fall everywhere a chunk could end (inside pieces, whitespace runs,
/// punctuation, special tokens, multi-byte and combining characters).
@Suite(.enabled(if: TestTokenizers.available && TestEncodings.available), .timeLimit(.minutes(5)))
struct ExactChunksTests {
    /// The ids of `text` encoded chunk by chunk, and how many chunks there were.
    func chunked(_ text: String, _ tokenizer: Tokenizer, special: Bool, chunkSize: Int) throws -> (ids: [Token], chunks: Int) {
        let bytes = Array(text.utf8)
        var offset = 0
        var ids: [Token] = []
        var chunks = 0
        try ExactChunks(tokenizer: tokenizer, special: special, chunkSize: chunkSize, limit: 1 << 20).forEach(read: { buffer in
            let count = min(buffer.count, bytes.count - offset)
            buffer.copyBytes(from: bytes[offset..<(offset + count)])
            offset += count
            return count
        }) { chunk in
            ids += tokenizer.encode(chunk, special: special)
            chunks += 1
        }
        return (ids, chunks)
    }

    /// Fixture texts between separators that put line breaks next to everything a pattern treats
    /// specially: "/" after punctuation (o200k's `[\r\n/]*`), whitespace runs, `\r\n`, apostrophes,
    /// digits, combining marks (NFC), and special-token text.
    static func straddlingText() throws -> String {
        let cases = try OpenWeightParityTests.fixture("qwen2").cases.map(\.text)
        let separators = ["\n", "\n\n", " \n", "!\n/x", "a\n \nb", "\r\n", "?\n's", "\n'll", "1\n2", "é\n\u{301}", "e\n\u{301}x",
                          "\n<|endoftext|>\n", "<|im_start|>\nuser", "\n<|eot|>", "\n\t\n", "\u{00A0}\nA", "日本\n語", "\n\n\n//"]
        var text = ""
        for (k, piece) in cases.enumerated() { text += piece + separators[k % separators.count] }
        return text
    }

    static let families = ["o200k_base", "cl100k_base", "o200k_harmony", "llama3", "qwen2", "llama4", "mistral-tekken"]

    static func tokenizer(_ family: String) throws -> Tokenizer {
        if let name = EncodingName(rawValue: family) { return Tokenizer(try TestEncodings.load(name)) }
        return try OpenWeightParityTests.tokenizer(family)
    }

    @Test(arguments: families)
    func chunksEncodeExactlyAsTheWholeText(family: String) throws {
        let tokenizer = try Self.tokenizer(family)
        let text = try Self.straddlingText()
        for special in [false, true] {
            #expect(ExactChunks(tokenizer: tokenizer, special: special).cuts, "\(family) is cut")
            let whole = tokenizer.encode(text, special: special)
            for chunkSize in [1, 37, 4096] {
                let (ids, chunks) = try chunked(text, tokenizer, special: special, chunkSize: chunkSize)
                #expect(chunks > 30, "the text was cut (\(chunks) chunks of \(chunkSize) bytes)")
                #expect(ids.count == whole.count, "\(family) special \(special), chunks of \(chunkSize): \(ids.count) vs \(whole.count) ids")
                if ids != whole, let first = zip(ids, whole).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                    Issue.record("\(family) special \(special), chunks of \(chunkSize): first difference at id \(first)")
                }
            }
        }
    }

    @Test func aSentencePieceModelIsReadWholeUpToTheLimit() throws {
        let tokenizer = try TokenizerFiles.load(try TestTokenizers.folder() + "/mistral-sp/tokenizer.model.v1")
        let text = String(repeating: "Hello world\nHow are you?\n", count: 200)
        #expect(!ExactChunks(tokenizer: tokenizer, special: false).cuts)
        let (ids, chunks) = try chunked(text, tokenizer, special: false, chunkSize: 64)
        #expect(chunks == 1)
        #expect(ids == tokenizer.encode(text))
        let tooLong = #expect(throws: ExactChunks.TooLong.self) {
            try ExactChunks(tokenizer: tokenizer, special: false, chunkSize: 64, limit: 1000).forEach(read: { buffer in
                _ = buffer.initializeMemory(as: UInt8.self, repeating: 0x61)
                return buffer.count
            }) { _ in }
        }
        #expect(tooLong?.limit == 1000)
        #expect(tooLong?.cutsAtLineBreaks == false)
    }

    @Test func aStretchWithoutACutLongerThanTheLimitIsAnErrorAndMemoryStaysAtTheLimit() throws {
        let tokenizer = Tokenizer(try TestEncodings.load(.o200kBase))
        var read = 0
        let tooLong = #expect(throws: ExactChunks.TooLong.self) {
            try ExactChunks(tokenizer: tokenizer, special: false, chunkSize: 100, limit: 1000).forEach(read: { buffer in
                _ = buffer.initializeMemory(as: UInt8.self, repeating: 0)  // a sparse file: zeros, no line break
                read += buffer.count
                return buffer.count
            }) { _ in }
        }
        #expect(tooLong?.cutsAtLineBreaks == true)
        #expect(read <= 1100, "read \(read) bytes: it stops just past the limit")
    }

    @Test func aTokenizerWhoseAddedTokenHoldsALineBreakIsNotCut() throws {
        let folder = try TestTokenizers.folder()
        let source = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/llama3/tokenizer.json"))) as! [String: Any]
        var edited = source
        var added = source["added_tokens"] as! [[String: Any]]
        added.append(["id": 128_256, "content": "\nStep", "special": false, "single_word": false, "lstrip": false, "rstrip": false, "normalized": false])
        edited["added_tokens"] = added
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tunesmith-chunks-\(UUID().uuidString).json").path
        try JSONSerialization.data(withJSONObject: edited).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tokenizer = try TokenizerFiles.load(path)
        #expect(!ExactChunks(tokenizer: tokenizer, special: false).cuts)
        let text = String(repeating: "one\nStep two\n", count: 50)
        #expect(try chunked(text, tokenizer, special: false, chunkSize: 16).ids == tokenizer.encode(text))
    }
}
