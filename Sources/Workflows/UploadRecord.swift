import Dataset
import Foundation

/// The files already uploaded, by provider and content, so that the same bytes are not sent twice.
/// A private JSON file in the state folder; losing it costs one upload, never a wrong file (each
/// reuse is checked with the provider first).
public struct UploadRecord: Sendable {
    struct Entry: Codable, Sendable {
        let provider: String
        let sha256: String
        let fileID: String
        let filename: String
        let bytes: Int
    }

    /// `$XDG_STATE_HOME/tunesmith/uploads.json`, say.
    public let path: String
    /// The newest entries kept.
    static let capacity = 500

    public init(path: String) {
        self.path = path
    }

    func entries() -> [Entry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return (try? JSONDecoder().decode([Entry].self, from: data)) ?? []
    }

    func find(provider: String, sha256: String) -> Entry? {
        entries().last { $0.provider == provider && $0.sha256 == sha256 }
    }

    /// Best effort: a record that cannot be written only means uploading again next time.
    /// Under a lock, so two processes uploading at once keep both their entries.
    func remember(_ entry: Entry) {
        let folder = (path as NSString).deletingLastPathComponent
        try? PrivateFiles.makeFolder(folder)
        PrivateFiles.withLock(path + ".lock") {
            let kept = Array((entries().filter { !($0.provider == entry.provider && $0.sha256 == entry.sha256) } + [entry]).suffix(Self.capacity))
            guard let data = try? JSONEncoder().encode(kept) else { return }
            try? PrivateFiles.replace(path, with: data, temporary: folder + "/.uploads-\(UUID().uuidString).tmp")
        }
    }
}
