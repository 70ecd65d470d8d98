import Foundation
import Tokenizers

/// Finds rank files for the tests: `$TUNESMITH_ENCODINGS`, else `../shared/encodings` beside the
/// checkout (CI has it), looked up inside the test process's own HOME (`TestEnvironment`). Outside
/// CI, tests that need them are skipped with a note; under CI (`CI=true`) they run and fail with
/// the loader's message.
public enum TestEncodings {
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static var sharedFolder: String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/encodings").path
        return FileManager.default.fileExists(atPath: path + "/o200k_base.tiktoken") ? path : nil
    }

    public static var loader: EncodingLoader {
        var environment = TestEnvironment.variables
        if let sharedFolder { environment["TUNESMITH_ENCODINGS"] = sharedFolder }
        return EncodingLoader(environment: environment)
    }

    public static var isCI: Bool { TestEnvironment.variables["CI"] == "true" }

    /// True when the tests that need rank files should run.
    public static let available: Bool = {
        if isCI { return true }
        let found = EncodingName.withRankFiles.allSatisfy { (try? loader.loadLocally($0)) != nil }
        if !found {
            print("⚠️ SKIPPING tokenizer tests: no rank files. Set TUNESMITH_ENCODINGS to a folder that holds them (e.g. ~/.cache/tunesmith after `tunesmith encodings fetch`).")
        }
        return found
    }()

    public static func load(_ name: EncodingName) throws -> Encoding {
        guard let encoding = try loader.loadLocally(name) else {
            throw TestSupportError("no \(name) rank file for the tests; set TUNESMITH_ENCODINGS or run `tunesmith encodings fetch`")
        }
        return encoding
    }

    /// The bytes of an official rank file, for tests that copy it around.
    public static func officialFile(_ name: EncodingName) throws -> URL {
        for location in loader.candidates(for: name) where FileManager.default.fileExists(atPath: location.path) {
            return URL(fileURLWithPath: location.path)
        }
        throw TestSupportError("no \(name) rank file to copy")
    }
}

/// A fresh empty folder under the system's temporary directory.
public func temporaryFolder() throws -> URL {
    _ = TestEnvironment.variables
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("tunesmith-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

