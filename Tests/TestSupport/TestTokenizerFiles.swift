import Foundation

/// Finds the open-weight tokenizer files for the tests in `../shared/tokenizers` beside the checkout.
/// Outside CI, tests that need them are skipped with a note; under CI (`CI=true`) they run and a
/// missing file fails them.
public enum TestTokenizerFiles {
    public static let folder = TestEncodings.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/tokenizers")

    /// True when the tests that need tokenizer files should run.
    public static let available: Bool = {
        if TestEncodings.isCI { return true }
        let found = FileManager.default.fileExists(atPath: folder.appendingPathComponent("SHA256SUMS").path)
        if !found {
            print("⚠️ SKIPPING open-weight tokenizer tests: no \(folder.path). Check out ../shared beside the package.")
        }
        return found
    }()

    /// The bytes of `relativePath` under the tokenizers folder (e.g. "mistral-sp/tokenizer.model.v1").
    public static func bytes(_ relativePath: String) throws -> [UInt8] {
        let url = folder.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TestSupportError("no tokenizer file \(url.path) for the tests; check out ../shared beside the package")
        }
        return [UInt8](data)
    }
}
