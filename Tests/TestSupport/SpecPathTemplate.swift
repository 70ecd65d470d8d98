/// A spec's path template (`/v1/accounts/{account_id}/datasets/{dataset_id}:getUploadEndpoint`)
/// matched against a request's path, segment by segment; a parameter takes one or more characters
/// of its segment, never a `/`.
struct SpecPathTemplate: Sendable {
    enum Piece: Sendable, Equatable {
        case literal(String)
        case parameter
    }

    let text: String
    let segments: [[Piece]]

    init(_ text: String) {
        self.text = text
        segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { segment in
            var pieces: [Piece] = []
            var rest = Substring(segment)
            while !rest.isEmpty {
                if rest.first == "{", let close = rest.firstIndex(of: "}") {
                    pieces.append(.parameter)
                    rest = rest[rest.index(after: close)...]
                } else {
                    let end = rest.dropFirst().firstIndex(of: "{") ?? rest.endIndex
                    pieces.append(.literal(String(rest[..<end])))
                    rest = rest[end...]
                }
            }
            return pieces
        }
    }

    /// How many literal characters it has: where two templates match, the more literal one is meant
    /// (`/datasets/{id}:validateUpload` before `/datasets/{id}`, `/fine-tunes/models/limits` before
    /// `/fine-tunes/{id}/events`).
    var literalLength: Int {
        segments.joined().reduce(0) { total, piece in
            if case .literal(let text) = piece { return total + text.count }
            return total
        }
    }

    func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard parts.count == segments.count else { return false }
        return zip(segments, parts).allSatisfy { Self.matches($0[...], Substring($1)) }
    }

    private static func matches(_ pieces: ArraySlice<Piece>, _ text: Substring) -> Bool {
        guard let first = pieces.first else { return text.isEmpty }
        switch first {
        case .literal(let literal):
            return text.hasPrefix(literal) && matches(pieces.dropFirst(), text.dropFirst(literal.count))
        case .parameter:
            guard !text.isEmpty else { return false }
            var end = text.index(after: text.startIndex)
            while true {
                if matches(pieces.dropFirst(), text[end...]) { return true }
                guard end < text.endIndex else { return false }
                end = text.index(after: end)
            }
        }
    }
}
