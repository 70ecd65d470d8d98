import Foundation

/// Reads the normalizer, pre-tokenizer and decoder of a `tokenizer.json`, refusing, by name, any
/// piece or option tunesmith does not reproduce exactly.
struct HFPipelineParts {
    let unsupported: (String) -> TokenizersError

    func normalizer(_ json: Any?) throws -> HFNormalizer? {
        guard let json = json as? [String: Any] else { return nil }
        let type = json["type"] as? String ?? "?"
        switch type {
        case "NFC": return .nfc
        case "NFD": return .nfd
        case "NFKC": return .nfkc
        case "NFKD": return .nfkd
        case "Prepend":
            guard let prefix = json["prepend"] as? String else { throw unsupported("a Prepend normalizer without text") }
            return .prepend(prefix)
        case "Replace":
            let (pattern, content) = try replacement(json, what: "normalizer")
            return .replace(pattern: Array(pattern.utf8), content: Array(content.utf8))
        case "Sequence":
            return .sequence(try (json["normalizers"] as? [Any] ?? []).compactMap { try normalizer($0) })
        default:
            throw unsupported("the \(type) normalizer")
        }
    }

    /// A Replace's literal and its replacement; a regex is accepted only when it is a plain literal.
    private func replacement(_ json: [String: Any], what: String) throws -> (String, String) {
        let pattern = json["pattern"] as? [String: Any]
        guard let content = json["content"] as? String else { throw unsupported("a Replace \(what) without content") }
        if let literal = pattern?["String"] as? String, !literal.isEmpty { return (literal, content) }
        if let regex = pattern?["Regex"] as? String, let literal = Self.literal(ofRegex: regex) { return (literal, content) }
        throw unsupported("a Replace \(what) with the pattern \(pattern.map { "\($0)" } ?? "(none)")")
    }

    /// The text a regex matches when it is only that text (no metacharacters but escaped ones).
    static func literal(ofRegex regex: String) -> String? {
        var out = ""
        var escaped = false
        for character in regex {
            if escaped {
                guard "\\.^$|?*+()[]{}/- ".contains(character) else { return nil }
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if ".^$|?*+()[]{}".contains(character) {
                return nil
            } else {
                out.append(character)
            }
        }
        return escaped || out.isEmpty ? nil : out
    }

    func preTokenizer(_ json: Any?, source: String) throws -> [HFPreTokenizerStep] {
        guard let json = json as? [String: Any] else { return [] }
        let type = json["type"] as? String ?? "?"
        switch type {
        case "Sequence":
            return try (json["pretokenizers"] as? [Any] ?? []).flatMap { try preTokenizer($0, source: source) }
        case "Split":
            guard let behavior = HFSplitBehavior(rawValue: json["behavior"] as? String ?? "") else {
                throw unsupported("a Split with behavior \(json["behavior"] as? String ?? "(none)")")
            }
            let pattern = json["pattern"] as? [String: Any]
            let matcher: HFSplitMatcher
            if let literal = pattern?["String"] as? String, !literal.isEmpty {
                matcher = .literal(Array(literal.utf8))
            } else if let regex = pattern?["Regex"] as? String {
                if let literal = Self.literal(ofRegex: regex) {
                    matcher = .literal(Array(literal.utf8))
                } else {
                    let known = try SplitPattern(regex: regex, source: source)
                    // Oniguruma reads `\p{N}{1,3}+` as `(\p{N}{1,3})+`, any run of digits, not tiktoken's possessive.
                    if known == .cl100k { throw unsupported("cl100k_base's pattern in a Split, whose possessive \\p{N}{1,3}+ Hugging Face's regex engine reads as any run of digits") }
                    matcher = .pattern(known)
                }
            } else {
                throw unsupported("a Split with the pattern \(pattern.map { "\($0)" } ?? "(none)")")
            }
            return [.split(matcher, behavior, invert: json["invert"] as? Bool ?? false)]
        case "ByteLevel":
            return [.byteLevel(addPrefixSpace: json["add_prefix_space"] as? Bool ?? true, useRegex: json["use_regex"] as? Bool ?? true)]
        case "Metaspace":
            let (replacement, scheme) = try metaspace(json)
            return [.metaspace(replacement: replacement, prependScheme: scheme, split: json["split"] as? Bool ?? true)]
        case "Digits":
            return [.digits(individually: json["individual_digits"] as? Bool ?? false)]
        default:
            throw unsupported("the \(type) pre-tokenizer")
        }
    }

    private func metaspace(_ json: [String: Any]) throws -> (Unicode.Scalar, HFPreTokenizerStep.PrependScheme) {
        let text = json["replacement"] as? String ?? "\u{2581}"
        guard text.unicodeScalars.count == 1, let replacement = text.unicodeScalars.first else {
            throw unsupported("a Metaspace replacement of \(text.unicodeScalars.count) characters (\"\(text)\")")
        }
        var scheme = HFPreTokenizerStep.PrependScheme.always
        if let name = json["prepend_scheme"] as? String {
            guard let known = HFPreTokenizerStep.PrependScheme(rawValue: name) else { throw unsupported("Metaspace prepend_scheme \(name)") }
            scheme = known
        }
        if (json["add_prefix_space"] as? Bool) == false { scheme = .never }
        return (replacement, scheme)
    }

    func decoder(_ json: Any?) throws -> HFDecoder? {
        guard let json = json as? [String: Any] else { return nil }
        let type = json["type"] as? String ?? "?"
        switch type {
        case "ByteLevel": return .byteLevel
        case "Metaspace":
            let (replacement, scheme) = try metaspace(json)
            return .metaspace(replacement: replacement, prependScheme: scheme)
        case "Replace":
            let (pattern, content) = try replacement(json, what: "decoder")
            return .replace(pattern: pattern, content: content)
        case "ByteFallback": return .byteFallback
        case "Fuse": return .fuse
        case "Strip":
            let text = json["content"] as? String ?? " "
            guard text.unicodeScalars.count == 1, let content = text.unicodeScalars.first else { throw unsupported("a Strip decoder of \"\(text)\"") }
            return .strip(content: content, start: (json["start"] as? NSNumber)?.intValue ?? 0, stop: (json["stop"] as? NSNumber)?.intValue ?? 0)
        case "Sequence":
            return .sequence(try (json["decoders"] as? [Any] ?? []).compactMap { try decoder($0) })
        default:
            throw unsupported("the \(type) decoder")
        }
    }

    func addedTokens(_ json: Any?, malformed: (String) -> TokenizersError) throws -> [HFAddedVocabulary.Entry] {
        try (json as? [[String: Any]] ?? []).map { entry in
            guard let content = entry["content"] as? String, let id = (entry["id"] as? NSNumber)?.intValue, id >= 0 else {
                throw malformed("an added token without content or id")
            }
            func flag(_ key: String, _ fallback: Bool = false) -> Bool { entry[key] as? Bool ?? fallback }
            let special = flag("special")
            return HFAddedVocabulary.Entry(content: content, id: Token(id), special: special, singleWord: flag("single_word"),
                                           leftStrip: flag("lstrip"), rightStrip: flag("rstrip"), normalized: flag("normalized", !special))
        }
    }
}
