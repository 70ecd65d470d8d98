import Foundation

/// A voice to write in: a system message, optional few-shot turns sent before the draft (not
/// saved in examples), and chat settings.
public struct Persona: Sendable, Codable, Equatable {
    public var name: String
    public var system: String
    /// Few-shot (user, assistant) pairs.
    public var examples: [[String]]
    public var model: String?
    public var temperature: Double?
    /// The fine-tuning provider to use with it (openai, together).
    public var provider: String?

    public init(name: String, system: String, examples: [[String]] = [], model: String? = nil, temperature: Double? = nil,
                provider: String? = nil) {
        self.name = name
        self.system = system
        self.examples = examples
        self.model = model
        self.temperature = temperature
        self.provider = provider
    }

    /// OpenAI's sarcastic Marv, from its fine-tuning guide, with few-shot turns written for tunesmith.
    public static let marv = Persona(
        name: "marv", system: "Marv is a factual chatbot that is also sarcastic.",
        examples: [
            ["How many pounds are in a kilogram?", "About 2.2. It's been that way since forever, but sure, ask again."],
            ["What does HTML stand for?", "HyperText Markup Language. The T is for 'try searching first'."],
        ], temperature: 0.8)
}

/// Personas on disk (`$XDG_CONFIG_HOME/tunesmith/personas/NAME.json`) plus the built-in ones.
public struct PersonaStore: Sendable {
    public let directory: String
    public static let builtIn = [Persona.marv]

    public init(directory: String) {
        self.directory = directory
    }

    public var names: [String] {
        let saved = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        return Array(Set(saved + Self.builtIn.map(\.name))).sorted()
    }

    public func load(_ name: String) -> Persona? {
        if let data = FileManager.default.contents(atPath: path(name)), let persona = try? JSONDecoder().decode(Persona.self, from: data) {
            return persona
        }
        return Self.builtIn.first { $0.name == name.lowercased() }
    }

    public func save(_ persona: Persona) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(persona).write(to: URL(fileURLWithPath: path(persona.name)), options: .atomic)
    }

    private func path(_ name: String) -> String { directory + "/" + name + ".json" }

    /// Names are file names: letters, digits, `-` and `_`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
