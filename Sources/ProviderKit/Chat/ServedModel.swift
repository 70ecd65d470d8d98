import Dataset
import Foundation

/// One model a chat server lists (`GET /models`).
public struct ServedModel: Sendable, Hashable {
    public let id: String
    public let ownedBy: String?
    public let created: Date?
    /// The server's own object, for `--json`.
    public let raw: JSONValue?

    public init(id: String, ownedBy: String?, created: Date?, raw: JSONValue?) {
        self.id = id
        self.ownedBy = ownedBy
        self.created = created
        self.raw = raw
    }
}
