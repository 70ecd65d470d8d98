/// `--columns user=COL,assistant=COL[,system=COL]`: which header columns hold each role.
public struct CSVColumns: Sendable, Hashable {
    public var user: String
    public var assistant: String
    public var system: String?

    public init(user: String, assistant: String, system: String? = nil) {
        self.user = user
        self.assistant = assistant
        self.system = system
    }

    public static let usage = "--columns user=COLUMN,assistant=COLUMN[,system=COLUMN] (the names in the CSV's header row)"

    public init(parsing text: String) throws(InterchangeError) {
        var roles: [String: String] = [:]
        for pair in text.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, ["user", "assistant", "system"].contains(parts[0]), !parts[1].isEmpty else {
                throw InterchangeError(.usage, "\"\(pair)\" is not ROLE=COLUMN with ROLE user, assistant or system; write \(Self.usage)")
            }
            guard roles[parts[0]] == nil else { throw InterchangeError(.usage, "\(parts[0]) is named twice in --columns; write \(Self.usage)") }
            roles[parts[0]] = parts[1]
        }
        guard let user = roles["user"], let assistant = roles["assistant"] else {
            throw InterchangeError(.usage, "--columns must name the user and the assistant columns: \(Self.usage)")
        }
        self.init(user: user, assistant: assistant, system: roles["system"])
    }
}
