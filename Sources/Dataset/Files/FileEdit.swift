#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One change `DatasetFile` made, as bytes: at `offset`, `removed` became `inserted`. Enough to put
/// the file back exactly (`DatasetFile.undo`), and to notice when anything else wrote to it since:
/// the size and modification time it had right after the change are part of the record.
public struct FileEdit: Sendable, Equatable {
    public let offset: Int
    public let removed: [UInt8]
    public let inserted: [UInt8]
    /// The file's size right after the change.
    public let sizeAfter: Int
    /// Its modification time then, in nanoseconds since 1970.
    public let modifiedAfter: Int64

    init(offset: Int, removed: [UInt8], inserted: [UInt8], after file: String) throws {
        var info = stat()
        guard stat(file, &info) == 0 else { throw FileSystem.error("cannot read \(file)", hint: "check the file") }
        self.offset = offset
        self.removed = removed
        self.inserted = inserted
        sizeAfter = Int(info.st_size)
        modifiedAfter = Self.nanoseconds(info)
    }

    /// Whether `bytes`, the file as it is now (with `info`), is still what this edit left.
    func isLatest(_ bytes: [UInt8], _ info: stat) -> Bool {
        bytes.count == sizeAfter && Self.nanoseconds(info) == modifiedAfter && offset + inserted.count <= bytes.count
            && bytes[offset..<offset + inserted.count].elementsEqual(inserted)
    }

    /// The file with this edit taken back.
    func reverted(_ bytes: [UInt8]) -> [UInt8] {
        Array(bytes[..<offset]) + removed + bytes[(offset + inserted.count)...]
    }

    static func nanoseconds(_ info: stat) -> Int64 {
        #if canImport(Darwin)
            Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
            Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }
}
