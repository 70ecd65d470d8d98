/// Python's `str` methods on code points: searches compare UTF-8 bytes (exact, as Python does),
/// never Swift's canonical equivalence, so "e\u{301}" neither equals nor starts with "é".
enum JinjaStrings {
    /// The byte offset of the first `needle` in `haystack` at or after `from`.
    static func find(_ needle: String, in haystack: String, from: Int = 0) -> Int? {
        let n = Array(needle.utf8), h = Array(haystack.utf8)
        return find(n, in: h, from: from)
    }

    static func find(_ n: [UInt8], in h: [UInt8], from: Int = 0) -> Int? {
        guard !n.isEmpty else { return min(from, h.count) }
        guard n.count <= h.count else { return nil }
        var i = from
        let first = n[0]
        while i + n.count <= h.count {
            if h[i] == first, h[i..<i + n.count].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    static func rfind(_ n: [UInt8], in h: [UInt8]) -> Int? {
        guard n.count <= h.count else { return nil }
        var i = h.count - n.count
        while i >= 0 {
            if h[i..<i + n.count].elementsEqual(n) { return i }
            i -= 1
        }
        return nil
    }

    /// Code points before a byte offset.
    static func scalarOffset(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes[..<offset].lazy.filter { $0 & 0xC0 != 0x80 }.count
    }

    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        s.utf8.starts(with: prefix.utf8)
    }

    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        s.utf8.count >= suffix.utf8.count && s.utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    static func count(_ needle: String, in haystack: String) -> Int {
        let n = Array(needle.utf8), h = Array(haystack.utf8)
        if n.isEmpty { return haystack.unicodeScalars.count + 1 }
        var total = 0, i = 0
        while let found = find(n, in: h, from: i) { total += 1; i = found + n.count }
        return total
    }

    /// `s.split(separator, maxsplit)`; no separator splits on runs of whitespace.
    static func split(_ s: String, separator: String?, maxSplit: Int) -> [String] {
        guard let separator else { return splitWhitespace(s, maxSplit: maxSplit) }
        let n = Array(separator.utf8), h = Array(s.utf8)
        var parts: [String] = [], start = 0
        while maxSplit < 0 || parts.count < maxSplit, let found = find(n, in: h, from: start) {
            parts.append(String(decoding: h[start..<found], as: UTF8.self))
            start = found + n.count
        }
        parts.append(String(decoding: h[start...], as: UTF8.self))
        return parts
    }

    static func rsplit(_ s: String, separator: String?, maxSplit: Int) -> [String] {
        guard maxSplit >= 0 else { return split(s, separator: separator, maxSplit: -1) }
        guard let separator else {
            let scalars = Array(s.unicodeScalars)
            var end = scalars.count
            var parts: [String] = []
            while true {
                while end > 0, PythonText.isWhitespace(scalars[end - 1]) { end -= 1 }
                if end == 0 { break }
                if parts.count == maxSplit {
                    parts.insert(String(String.UnicodeScalarView(scalars[0..<end])), at: 0)
                    break
                }
                var start = end
                while start > 0, !PythonText.isWhitespace(scalars[start - 1]) { start -= 1 }
                parts.insert(String(String.UnicodeScalarView(scalars[start..<end])), at: 0)
                end = start
            }
            return parts
        }
        let n = Array(separator.utf8)
        var h = Array(s.utf8)
        var parts: [String] = []
        while parts.count < maxSplit, let found = rfind(n, in: h) {
            parts.insert(String(decoding: h[(found + n.count)...], as: UTF8.self), at: 0)
            h.removeSubrange(found...)
        }
        return [String(decoding: h, as: UTF8.self)] + parts
    }

    static func splitWhitespace(_ s: String, maxSplit: Int) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = s.unicodeScalars[...]
        while let scalar = scalars.first {
            if PythonText.isWhitespace(scalar) {
                if !current.isEmpty {
                    parts.append(String(current))
                    current = String.UnicodeScalarView()
                    if maxSplit >= 0, parts.count == maxSplit {
                        let rest = String(String.UnicodeScalarView(scalars.drop { PythonText.isWhitespace($0) }))
                        if !rest.isEmpty { parts.append(rest) }
                        return parts
                    }
                }
            } else {
                current.append(scalar)
            }
            scalars = scalars.dropFirst()
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }

    /// `strip`, `lstrip`, `rstrip`: whitespace, or any of `characters`' code points.
    static func strip(_ s: String, characters: String?, leading: Bool, trailing: Bool) -> String {
        let set = characters.map { Set($0.unicodeScalars) }
        func stripped(_ scalar: Unicode.Scalar) -> Bool { set?.contains(scalar) ?? PythonText.isWhitespace(scalar) }
        // Only the ends are looked at, and the kept middle is copied as bytes, not rebuilt scalar
        // by scalar: templates `trim` every message, and a message can be 16 KB.
        let scalars = s.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        if leading { while start < end, stripped(scalars[start]) { scalars.formIndex(after: &start) } }
        if trailing {
            while start < end {
                let before = scalars.index(before: end)
                guard stripped(scalars[before]) else { break }
                end = before
            }
        }
        if start == scalars.startIndex, end == scalars.endIndex { return s }
        return String(Substring(scalars[start..<end]))
    }

    static func replace(_ s: String, _ old: String, _ new: String, count: Int) -> String {
        if old.isEmpty {
            var out = String.UnicodeScalarView(), replaced = 0
            for scalar in s.unicodeScalars {
                if count < 0 || replaced < count { out.append(contentsOf: new.unicodeScalars); replaced += 1 }
                out.append(scalar)
            }
            if count < 0 || replaced < count { out.append(contentsOf: new.unicodeScalars) }
            return String(out)
        }
        let n = Array(old.utf8), h = Array(s.utf8), replacement = Array(new.utf8)
        var out: [UInt8] = [], start = 0, replaced = 0
        out.reserveCapacity(h.count)
        while count < 0 || replaced < count, let found = find(n, in: h, from: start) {
            out += h[start..<found]
            out += replacement
            start = found + n.count
            replaced += 1
        }
        out += h[start...]
        return String(decoding: out, as: UTF8.self)
    }

    /// jinja2's `title` filter: each word (after whitespace, `-`, brackets) capitalised, the rest lower.
    static func title(_ s: String) -> String {
        var out = "", startOfWord = true
        for character in s {
            out += startOfWord ? character.uppercased() : character.lowercased()
            startOfWord = character.isWhitespace || "-({[<".contains(character)
        }
        return out
    }

    static func capitalize(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst().lowercased()
    }
}
