import Foundation

/// The providers this build of tunesmith knows, in the order help texts list them. The executable
/// registers them (one line per provider module); nothing below it names a provider.
public struct ProviderRegistry: Sendable {
    public let descriptors: [ProviderDescriptor]

    public init(_ descriptors: [ProviderDescriptor]) {
        self.descriptors = descriptors
    }

    /// `openai`, `together`, ...
    public var names: [String] { descriptors.map(\.name) }

    /// The provider called `name` (any case); an unknown name is an error that lists the known ones.
    public func descriptor(named name: String) throws -> ProviderDescriptor {
        guard let found = descriptors.first(where: { $0.name == name.lowercased() }) else {
            throw ProvidersError(.invalidRequest, "unknown provider \"\(name)\"; use one of \(names.joined(separator: ", "))")
        }
        return found
    }

    /// The fine-tuning provider called `name`, built from `environment`; an unconfigured one is an
    /// error that says which variable to set.
    public func fineTuning(named name: String, environment: ProviderEnvironment) throws -> any FineTuningProvider {
        let descriptor = try descriptor(named: name)
        guard descriptor.isConfigured(environment) else {
            throw ProvidersError(.missingAPIKey, "no \(descriptor.displayName) key; set \(descriptor.keyVariable)")
        }
        return try descriptor.makeFineTuning(environment)
    }

    /// The keys set in `environment`, to keep out of history and messages.
    public func secrets(in environment: ProviderEnvironment) -> [String] {
        descriptors.compactMap { environment.value($0.keyVariable) }
    }

    /// One pattern that matches any registered provider's key.
    public var keyPattern: String {
        descriptors.map { "(\($0.keyPattern))" }.joined(separator: "|")
    }

    /// "set OPENAI_API_KEY, or TOGETHER_API_KEY with --provider together" for messages.
    public var keyAdvice: String {
        let each = descriptors.enumerated().map { index, descriptor in
            index == 0 ? descriptor.keyVariable : "\(descriptor.keyVariable) with --provider \(descriptor.name)"
        }
        guard let first = each.first else { return "register a provider" }
        return "set " + ([first] + each.dropFirst().map { "or " + $0 }).joined(separator: ", ")
    }
}
