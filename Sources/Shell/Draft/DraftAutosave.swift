import Foundation

/// The draft is written after every change to `$XDG_STATE_HOME/tunesmith/drafts/` (one file per
/// dataset), atomically, so a crash loses nothing; the next start offers it back.
public struct DraftAutosave: Sendable {
    public let path: String

    public init(stateDirectory: String, datasetPath: String) {
        let absolute = URL(fileURLWithPath: datasetPath).standardizedFileURL.path
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in absolute.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let name = (absolute as NSString).lastPathComponent
        path = stateDirectory + "/drafts/" + name + "-" + String(hash, radix: 16) + ".json"
    }

    /// Throws when the draft could not be written (the shell says so and goes on).
    public func save(_ draft: Draft) throws {
        if draft.isEmpty && draft.replacingLine == nil {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let data = try JSONEncoder().encode(draft)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    public func load() -> Draft? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Draft.self, from: data)
    }

    public func clear() { try? FileManager.default.removeItem(atPath: path) }
}
