import Tiktoken

/// `tokens --chat`: filled in by the Dataset module's reader.
struct ChatCountReport {
    let encoding: Encoding
    let path: String

    func print(into out: inout OutputBuffer) throws {
        throw CommandFailure("--chat needs the Dataset module")
    }
}
