import Crypto
import Foundation
import ProviderKit

/// Fireworks' resource ids (datasets, jobs, models, deployments): 1 to 63 characters of `a-z`,
/// `0-9` and `-`, starting with a letter and not ending with `-`.
public enum FireworksResourceID {
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...63).contains(bytes.count), let first = bytes.first, let last = bytes.last else { return false }
        func allowed(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D }
        return (0x61...0x7A).contains(first) && last != 0x2D && bytes.allSatisfy(allowed)
    }

    /// The dataset id for a file: its name made into a resource id, then the first 16 hex digits of
    /// the SHA-256 of its bytes, so the same file always gets the same id and is uploaded once.
    public static func dataset(path: String) throws -> String {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return dataset(name: name, digest: try sha256(path: path))
    }

    static func dataset(name: String, digest: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if keep { slug.unicodeScalars.append(scalar) } else if !slug.isEmpty && !slug.hasSuffix("-") { slug += "-" }
        }
        if slug.first.map({ !$0.isLetter }) ?? true { slug = "data-" + slug }
        let hash = String(digest.prefix(16))
        slug = String(slug.prefix(63 - 1 - hash.count))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug + "-" + hash
    }

    static func sha256(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ProvidersError(.file, "cannot read \(path); check the path and its permissions")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The last part of a resource name (`accounts/a/datasets/x` -> `x`); an id stays as it is.
    static func id(_ name: String) -> String {
        name.split(separator: "/").last.map(String.init) ?? name
    }
}
