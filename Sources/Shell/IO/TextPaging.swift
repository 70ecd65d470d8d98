/// Shows a long text a page at a time (`$PAGER`, else `less -R`).
public protocol TextPaging: Sendable {
    /// False when no pager could show it (not a terminal, no pager): the caller prints it instead.
    func page(_ text: String) -> Bool
}
