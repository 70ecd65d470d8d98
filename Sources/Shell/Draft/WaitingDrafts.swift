import Dataset
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A draft left by a shell session that is gone: it crashed, was killed, or ended with a draft.
public struct WaitingDraft: Sendable {
    public let path: String
    public let draft: Draft
    public let modified: Date

    /// Throws it away.
    func discard() {
        unlink(path)
        unlink(DraftAutosave.lockPath(ofDraft: path))
    }
}

/// The drafts of a dataset that sessions left behind, and the sweeping of what dead sessions
/// left half-written.
enum WaitingDrafts {
    /// Newest first. Drafts of live sessions are theirs and are not listed.
    static func find(stateDirectory: String, datasetPath: String) -> [WaitingDraft] {
        let folder = stateDirectory + "/drafts"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        sweep(folder, names)
        let prefix = DraftAutosave.prefix(of: datasetPath)
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.compactMap { name -> WaitingDraft? in
            let path = folder + "/" + name
            guard !isLive(draft: path), let data = FileManager.default.contents(atPath: path),
                let draft = try? JSONDecoder().decode(Draft.self, from: data), !draft.isEmpty || draft.replacingLine != nil
            else { return nil }
            let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date ?? .distantPast
            return WaitingDraft(path: path, draft: draft, modified: modified)
        }.sorted { $0.modified > $1.modified }
    }

    /// Whether the session that writes the draft at `path` still runs (holds its lock). Drafts
    /// from before there were locks (`NAME-HASH.json`) have none, so their session is gone.
    static func isLive(draft path: String) -> Bool {
        let descriptor = open(DraftAutosave.lockPath(ofDraft: path), O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return !PrivateFiles.tryLock(descriptor)
    }

    /// Removes what dead sessions leave: temporary files (named with their pid), lock files with
    /// no draft, and the `.dat.nosync*` files of versions that wrote drafts through Foundation.
    static func sweep(_ folder: String, _ names: [String]) {
        let present = Set(names)
        for name in names {
            let path = folder + "/" + name
            if name.hasPrefix(".dat.nosync") {
                let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date ?? .distantPast
                if modified.timeIntervalSinceNow < -60 { unlink(path) }
            } else if name.hasSuffix(".tmp") {
                if let pid = pid(inTemporary: name), !PrivateFiles.isRunning(pid) { unlink(path) }
            } else if name.hasSuffix(".lock") {
                let draft = String(name.dropLast(".lock".count)) + ".json"
                if !present.contains(draft) && !isLive(draft: folder + "/" + draft) { unlink(path) }
            }
        }
    }

    /// The pid in `NAME-HASH.PID-RANDOM.json.tmp` (or `.lock.tmp`).
    static func pid(inTemporary name: String) -> Int32? {
        let parts = name.dropLast(".tmp".count).split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return parts[parts.count - 2].split(separator: "-").first.flatMap { Int32($0) }
    }
}
