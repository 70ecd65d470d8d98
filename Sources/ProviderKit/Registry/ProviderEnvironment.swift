/// What a provider is built from: the process environment with the command's flags applied
/// (`--base-url` becomes the chosen provider's base-URL variable), and the catalog's prices.
public struct ProviderEnvironment: Sendable {
    public var variables: [String: String]
    /// USD per 1M training tokens for a model, from the catalog (nil when unknown).
    public var trainingPrice: @Sendable (String) -> Double?

    public init(variables: [String: String], trainingPrice: @escaping @Sendable (String) -> Double? = { _ in nil }) {
        self.variables = variables
        self.trainingPrice = trainingPrice
    }

    /// The variable's value; nil when unset or empty.
    public func value(_ name: String) -> String? {
        variables[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A copy with `name` set (nil leaves it as it is).
    public func setting(_ name: String, to value: String?) -> ProviderEnvironment {
        guard let value else { return self }
        var copy = self
        copy.variables[name] = value
        return copy
    }
}
