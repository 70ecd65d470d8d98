/// One problem on one line, with the detail a person needs to fix it.
public struct Finding: Sendable, Hashable {
    public let line: Int
    public let category: Category
    /// E.g. `message 2 has no "content"`, or `column 14: expected ',' or '}'`.
    public let detail: String
}
