/// URLs as tunesmith shows them: never with the `user:password@` they may carry. It lives this
/// low because the tokenizer lookup shows its endpoint too; the provider modules use it as well.
public enum URLText {
    /// `https://user:secret@host/v1` -> `https://***@host/v1`; other text is unchanged.
    public static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return url }
        return String(url[..<scheme.upperBound]) + "***" + String(rest[at...])
    }

    /// `text` with every occurrence of `url`'s user information masked.
    public static func redacting(userInfoOf url: String, in text: String) -> String {
        let shown = redacted(url)
        guard shown != url else { return text }
        return text.replacingOccurrences(of: url, with: shown).replacingOccurrences(of: userInfo(url), with: "***")
    }

    private static func userInfo(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return url }
        return String(rest[..<at])
    }

    /// The path after the host: "" for `http://host`, "/v1" for `http://host/v1`.
    public static func path(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return "" }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "" }
        return String(rest[slash...].prefix { $0 != "?" && $0 != "#" })
    }
}
