/// `/set KEY VALUE`: how replies are generated.
public struct ChatSettings: Sendable, Equatable {
    public var temperature: Double?
    public var topP: Double?
    public var maxTokens: Int?
    public var n = 1
    public var seed: Int?

    public static let keys = ["temperature", "top_p", "max_tokens", "n", "seed"]

    /// Sets one value; returns an error message when the key or value is wrong.
    public mutating func set(_ key: String, _ value: String) -> String? {
        func number<T: LosslessStringConvertible & Comparable>(_ type: T.Type, _ range: ClosedRange<T>) -> T?? {
            if value == "default" || value == "auto" { return .some(nil) }
            guard let parsed = T(value), range.contains(parsed) else { return nil }
            return .some(parsed)
        }
        switch key {
        case "temperature":
            guard let v = number(Double.self, 0...2) else { return "temperature is a number from 0 to 2 (or default)" }
            temperature = v
        case "top_p":
            guard let v = number(Double.self, 0...1) else { return "top_p is a number from 0 to 1 (or default)" }
            topP = v
        case "max_tokens":
            guard let v = number(Int.self, 1...1_000_000) else { return "max_tokens is a whole number of at least 1 (or default)" }
            maxTokens = v
        case "n":
            guard let v = number(Int.self, 1...16) else { return "n is how many replies at once, from 1 to 16" }
            n = v ?? 1
        case "seed":
            guard let v = number(Int.self, 0...Int(Int32.max)) else { return "seed is a whole number (or default)" }
            seed = v
        default:
            return "unknown setting \"\(key)\"; use one of \(Self.keys.joined(separator: ", "))"
        }
        return nil
    }

    public var summary: String {
        ["temperature \(temperature.map { "\($0)" } ?? "default")", "top_p \(topP.map { "\($0)" } ?? "default")",
         "max_tokens \(maxTokens.map(String.init) ?? "default")", "n \(n)", "seed \(seed.map(String.init) ?? "none")"]
            .joined(separator: "  ")
    }
}
