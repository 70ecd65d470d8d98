import Foundation
import Models
import ProviderKit
import Shell

/// The catalog as the commands see it: shipped data with the cached provider reports, today's
/// date (`TUNESMITH_TODAY=YYYY-MM-DD` pins it, for tests), and which providers have a key.
enum CatalogContext {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static func today() throws -> CalendarDay {
        guard let pinned = environment["TUNESMITH_TODAY"], !pinned.isEmpty else { return .today }
        guard let day = CalendarDay(pinned) else {
            throw CommandFailure("TUNESMITH_TODAY is \"\(pinned)\", not a date; set it like 2027-01-06 or unset it", exitCode: 2)
        }
        return day
    }

    static var cache: CatalogCache { CatalogCache(environment: environment) }

    /// The shipped catalog with every cached report; a cache it cannot read is said once and left out.
    static func catalog() -> ModelCatalog {
        do {
            return try cache.catalog()
        } catch {
            Terminal.writeError("warning: \(error.localizedDescription)\n")
            return .shipped
        }
    }

    /// The providers tunesmith can train with whose key is set.
    static func providersWithKeys() -> Set<ModelProvider> {
        let environment = ConnectionOptions.processEnvironment
        return Set(RegisteredProviders.registry.descriptors.filter { $0.isConfigured(environment) }.compactMap { ModelProvider(named: $0.name) })
    }

    /// Says on stderr, once, when `model`'s provider stops training or serving it within 30 days.
    static func warnAboutDeadline(model: String, provider: String?) throws {
        let catalog = catalog()
        guard let entry = catalog.model(named: model, provider: provider.flatMap(ModelProvider.init(named:))) else { return }
        if let warning = catalog.deadlineWarning(for: entry, today: try today(), providersWithKeys: providersWithKeys()) {
            Terminal.writeError(TerminalSafeText.neutralized("warning: \(warning)\n"))
        }
    }
}
