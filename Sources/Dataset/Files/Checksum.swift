import Crypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SHA-256 as lowercase hex: how tunesmith names a line, a journal's bytes or a split's files.
public enum Checksum {
    static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        hex(SHA256.hash(data: bytes))
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { sha256($0) }
    }

    /// The bytes `range` of an open file, read in chunks; nil when they cannot all be read.
    static func sha256(_ fd: Int32, _ range: Range<Int>) -> String? {
        var hasher = SHA256()
        var chunk = [UInt8](repeating: 0, count: min(1 << 20, max(range.count, 1)))
        var offset = range.lowerBound
        while offset < range.upperBound {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, min($0.count, range.upperBound - offset), off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            chunk.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<n])) }
            offset += n
        }
        return hex(hasher.finalize())
    }

    /// A whole file's checksum and size; nil when it cannot be read.
    public static func sha256(path: String) -> (sha256: String, size: Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return sha256(fd, 0..<Int(info.st_size)).map { ($0, Int(info.st_size)) }
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
