import Dataset
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One shell session's autosave slot: the draft is written after every change to
/// `$XDG_STATE_HOME/tunesmith/drafts/NAME-HASH.PID-RANDOM.json`, atomically and private to the user,
/// so a crash loses nothing. Every session has a slot of its own, so two shells on one file never
/// mix or drop each other's turns. While the session lives it holds a lock on the slot's `.lock`
/// file; a draft whose lock is free was left by a session that is gone (`WaitingDrafts`).
public final class DraftAutosave {  // not Sendable: the compiler keeps it on the shell's task
    /// The draft's file.
    public let path: String
    let stateDirectory: String
    let folder: String
    private var lockDescriptor: Int32 = -1

    public init(stateDirectory: String, datasetPath: String) {
        self.stateDirectory = stateDirectory
        folder = stateDirectory + "/drafts"
        let session = "\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
        path = folder + "/" + Self.prefix(of: datasetPath) + session + ".json"
    }

    deinit { if lockDescriptor >= 0 { close(lockDescriptor) } }

    /// The start of every slot's name for a dataset: its file name and a hash of its absolute path.
    static func prefix(of datasetPath: String) -> String {
        let absolute = URL(fileURLWithPath: datasetPath).standardizedFileURL.path
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in absolute.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return (absolute as NSString).lastPathComponent + "-" + String(hash, radix: 16) + "."
    }

    static func lockPath(ofDraft path: String) -> String { String(path.dropLast(".json".count)) + ".lock" }

    /// Throws when the draft could not be written (the shell says so and goes on).
    public func save(_ draft: Draft) throws {
        if draft.isEmpty && draft.replacingLine == nil {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        try claim()
        let data = try JSONEncoder().encode(draft)
        try PrivateFiles.replace(path, with: data, temporary: path + ".tmp")
    }

    /// Writes `draft` to a slot of its own that no session holds, so it waits like the draft of
    /// a session that ended: offered at the next start, or brought back by --restore-draft.
    public func setAside(_ draft: Draft) throws {
        try PrivateFiles.makeFolder(stateDirectory)
        try PrivateFiles.makeFolder(folder)
        let name = String(path.dropLast(".json".count)) + "-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))-aside.json"
        try PrivateFiles.replace(name, with: try JSONEncoder().encode(draft), temporary: name + ".tmp")
    }

    public func clear() { try? FileManager.default.removeItem(atPath: path) }

    /// Makes a waiting draft this session's: its file is moved into this slot (so no other session
    /// can take it too). Nil when another session took it first.
    func adopt(_ waiting: WaitingDraft) -> Draft? {
        guard (try? claim()) != nil, rename(waiting.path, path) == 0 else { return nil }
        unlink(Self.lockPath(ofDraft: waiting.path))
        return waiting.draft
    }

    /// The session ends: its lock goes, so a draft it leaves is offered to the next one.
    public func finish() {
        guard lockDescriptor >= 0 else { return }
        unlink(Self.lockPath(ofDraft: path))
        close(lockDescriptor)
        lockDescriptor = -1
    }

    /// Makes the private folder and takes the slot's lock, once, before the first draft is written.
    /// The lock file is locked under a temporary name and then renamed into place, so no session
    /// ever sees a live session's `.lock` file unlocked.
    private func claim() throws {
        guard lockDescriptor < 0 else { return }
        try PrivateFiles.makeFolder(stateDirectory)
        try PrivateFiles.makeFolder(folder)
        let lockPath = Self.lockPath(ofDraft: path)
        let temporary = lockPath + ".tmp"
        let descriptor = PrivateFiles.createExclusively(temporary, flags: O_RDWR)
        guard descriptor >= 0 else { throw PrivateFiles.posixError() }
        guard PrivateFiles.tryLock(descriptor), rename(temporary, lockPath) == 0 else {
            let error = PrivateFiles.posixError()
            close(descriptor)
            unlink(temporary)
            throw error
        }
        lockDescriptor = descriptor
    }
}
