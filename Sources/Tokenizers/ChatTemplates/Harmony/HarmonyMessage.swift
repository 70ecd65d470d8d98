/// One harmony message: `<|start|>AUTHOR[ to=RECIPIENT][<|channel|>CHANNEL][ <|constrain|>json]<|message|>BODY<|end|>`.
struct HarmonyMessage {
    enum Role { case system, developer, user, assistant, tool }

    var role: Role
    /// The header's first word: the role, or for a tool the function (`functions.get_weather`).
    var author: String
    var recipient: String?
    var channel: String?
    /// `<|constrain|>json`: a function call's arguments.
    var constrainedToJSON = false
    /// The body, encoded as one text; each part is counted for the message it comes from.
    var body: [(text: String, message: Int?)]
    /// The dataset message this renders (its header and end token count for it).
    var message: Int?
    /// An assistant reply with weight not 0: its body and end token train.
    var trains = false

    /// Ends with `<|call|>` rather than `<|end|>`.
    var callsATool: Bool { role == .assistant && recipient != nil }
}
