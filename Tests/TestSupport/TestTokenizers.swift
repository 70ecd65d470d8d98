import Foundation
import Synchronization

/// The open-weight tokenizer files of `../shared/tokenizers`, laid out once per test process by
/// `../shared/tools/tokenizers-unpack DIR --hf-cache`: the families under DIR, and the Hugging Face
/// cache layout under DIR/hub. Outside CI a missing `../shared` skips the tests that need them;
/// under CI (`CI=true`) they run and fail.
public enum TestTokenizers {
    static var sharedTool: String {
        TestEncodings.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/tokenizers-unpack").path
    }

    /// True when the tests that need the files should run.
    public static let available: Bool = {
        if TestEncodings.isCI { return true }
        let found = FileManager.default.isExecutableFile(atPath: sharedTool)
        if !found { print("⚠️ SKIPPING open-weight tokenizer tests: no ../shared/tools/tokenizers-unpack beside the checkout.") }
        return found
    }()

    private static let unpacked = Mutex<Result<String, TestSupportError>?>(nil)

    /// The unpacked folder (DIR); DIR/hub is a Hugging Face cache.
    public static func folder() throws -> String {
        try unpacked.withLock { cached in
            if let cached { return try cached.get() }
            let result = unpack()
            cached = result
            return try result.get()
        }
    }

    private static let folderPrefix = "tunesmith-tokenizers-"

    private static func unpack() -> Result<String, TestSupportError> {
        removeFoldersOfEndedRuns()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(folderPrefix + "\(getpid())").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", sharedTool, folder, "--hf-cache"]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(TestSupportError("cannot run \(sharedTool): \(error)"))
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(TestSupportError("\(sharedTool) failed: \(String(decoding: message, as: UTF8.self))"))
        }
        return .success(folder)
    }

    /// The bytes of `relativePath` in the unpacked folder (e.g. "mistral-sp/tokenizer.model.v1").
    public static func bytes(_ relativePath: String) throws -> [UInt8] {
        let path = try folder() + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TestSupportError("no tokenizer file \(path) for the tests; check out ../shared beside the package")
        }
        return [UInt8](data)
    }

    /// A fixture of reference ids, `Tests/TokenizersTests/Fixtures/open/FAMILY.json`.
    public struct Fixture: Decodable, Sendable {
        public struct Case: Decodable, Sendable {
            public let text: String
            public let ids: [UInt32]
            public let special_ids: [UInt32]?
            public let decoded: String
        }
        public let family: String
        public let reference: String
        public let cases: [Case]
    }

    /// Each test process unpacks its own copy (about 140 MB); the copies of processes that have
    /// ended go, so repeated runs do not fill the disk.
    private static func removeFoldersOfEndedRuns() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(folderPrefix) {
            guard let pid = pid_t(name.dropFirst(folderPrefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }
}
