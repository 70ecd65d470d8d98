/// A file other modules write whole: lines go to a temporary file beside `path`, and only
/// `commit()` (synced, then renamed) puts it in place, so a failure or a crash never leaves it
/// half-written. Dropped without `commit()`, the temporary file is removed.
public final class AtomicTextFile {
    private let output: OutputFile

    public init(path: String) throws {
        LeftoverFiles.removeDead(beside: path)
        output = try OutputFile(final: path)
    }

    /// Writes `text` and a newline.
    public func writeLine(_ text: String) throws {
        var text = text
        try text.withUTF8 { try output.write($0) }
    }

    /// Bytes written so far.
    public var size: Int { output.size }

    public func commit() throws {
        try output.finish()
        try output.moveIntoPlace()
    }
}
