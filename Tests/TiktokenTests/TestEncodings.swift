import Foundation
import Testing

@testable import Tiktoken

/// Finds rank files for the tests: `../shared/encodings` beside the checkout when it exists (CI
/// has it), otherwise the product's own lookup. Outside CI, tests that need them are skipped with
/// a note; under CI (`CI=true`) they run and fail with the loader's message.
enum TestEncodings {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var sharedFolder: String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/encodings").path
        return FileManager.default.fileExists(atPath: path + "/o200k_base.tiktoken") ? path : nil
    }

    static var loader: EncodingLoader {
        var environment = ProcessInfo.processInfo.environment
        if let sharedFolder { environment["TUNESMITH_ENCODINGS"] = sharedFolder }
        return EncodingLoader(environment: environment)
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// True when the tests that need rank files should run.
    static let available: Bool = {
        if isCI { return true }
        let found = EncodingName.allCases.allSatisfy { (try? loader.loadLocally($0)) != nil }
        if !found {
            print("⚠️ SKIPPING tokenizer tests: no rank files. Set TUNESMITH_ENCODINGS or run `tunesmith encodings fetch`.")
        }
        return found
    }()

    static func load(_ name: EncodingName) throws -> Encoding {
        guard let encoding = try loader.loadLocally(name) else {
            throw TiktokenError(.encodingFileNotFound, "no \(name) rank file for the tests; set TUNESMITH_ENCODINGS")
        }
        return encoding
    }

    /// The bytes of an official rank file, for tests that copy it around.
    static func officialFile(_ name: EncodingName) throws -> URL {
        for location in loader.candidates(for: name) where FileManager.default.fileExists(atPath: location.path) {
            return URL(fileURLWithPath: location.path)
        }
        throw TiktokenError(.encodingFileNotFound, "no \(name) rank file to copy")
    }
}

/// A fresh empty folder under the system's temporary directory.
func temporaryFolder(_ label: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("tunesmith-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
