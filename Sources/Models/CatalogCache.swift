import Foundation

/// The providers' reports on disk: `DIRECTORY/catalog-PROVIDER.json`, one per provider, where
/// DIRECTORY is `$XDG_CACHE_HOME/tunesmith` (or `~/.cache/tunesmith`).
public struct CatalogCache: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache folder the environment names.
    public init(environment: [String: String]) {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            directory = xdg + "/tunesmith"
        } else {
            directory = (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/tunesmith"
        }
    }

    public func path(for provider: ModelProvider) -> String { directory + "/catalog-\(provider.rawValue).json" }

    /// The saved report, or nil when there is none. A file that is not a report throws, naming it.
    public func report(for provider: ModelProvider) throws -> ProviderReport? {
        let path = path(for: provider)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            let report = try Self.decoder.decode(ProviderReport.self, from: data)
            guard report.provider == provider else { throw ModelsError(.unreadableCache, "it holds \(report.provider)'s report") }
            return report
        } catch {
            throw ModelsError(.unreadableCache, "\(path) is not a catalog tunesmith wrote (\(error)); delete it, or run `tunesmith models catalog --refresh`")
        }
    }

    /// Writes the report atomically (a whole file or the old one, never half).
    public func save(_ report: ProviderReport) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Self.encoder.encode(report).write(to: URL(fileURLWithPath: path(for: report.provider)), options: .atomic)
        } catch {
            throw ModelsError(.unreadableCache, "could not save the catalog to \(path(for: report.provider)) (\(error.localizedDescription)); check that folder's permissions")
        }
    }

    /// The shipped catalog with every saved report merged over it.
    public func catalog(over base: ModelCatalog = .shipped) throws -> ModelCatalog {
        try ModelProvider.allCases.reduce(base) { catalog, provider in
            try report(for: provider).map(catalog.merging) ?? catalog
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
