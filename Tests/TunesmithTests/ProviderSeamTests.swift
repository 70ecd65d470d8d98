import Foundation
import Testing

/// The house rule that makes a provider one module and one line: below the executable, nothing
/// imports a provider module or names a provider's key variable or key shape (comments aside).
@Suite struct ProviderSeamTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let providerModules = ["OpenAIProvider", "TogetherProvider", "FireworksProvider"]

    /// Every Swift file under `Sources/`, with its module's folder name.
    static func sources() throws -> [(module: String, path: String, text: String)] {
        let sources = root.appendingPathComponent("Sources")
        var found: [(String, String, String)] = []
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path) {
            let folder = sources.appendingPathComponent(module)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                found.append((module, module + "/" + file, try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)))
            }
        }
        return found
    }

    /// The code of a file without its comments.
    static func code(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("//") ? "" : String(line)
        }.joined(separator: "\n")
    }

    @Test func onlyTheRegistrationImportsAProviderModule() throws {
        let all = try Self.sources()
        #expect(all.count > 100)
        // In the executable, only the registration names them: every command goes through ProviderKit.
        for file in all where !Self.providerModules.contains(file.module) && file.path != "tunesmith/RegisteredProviders.swift" {
            for module in Self.providerModules {
                #expect(!file.text.contains("import \(module)"), "\(file.path) imports \(module); go through ProviderKit")
            }
        }
    }

    @Test func nothingBelowTheExecutableNamesAProvidersKey() throws {
        let below = try Self.sources().filter { ["Shell", "ProviderKit", "Workflows", "Models", "Dataset"].contains($0.module) }
        #expect(below.contains { $0.module == "Shell" } && below.contains { $0.module == "ProviderKit" })
        for file in below {
            let code = Self.code(file.text)
            for word in ["_API_KEY", "sk-[", "tgp_", "OpenAIClient", "TogetherClient", "OpenAIConfiguration"] {
                #expect(!code.contains(word), "\(file.path) names \(word); take it from the provider's descriptor")
            }
        }
    }
}
