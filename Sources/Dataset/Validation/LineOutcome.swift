/// What checking one line found: its problems (counted as OpenAI's check counts them, once per
/// message where it does) and, for a well-formed example, its figures.
struct LineOutcome: Sendable {
    struct Figures: Sendable {
        var messages: Int
        var totalTokens: Int
        var assistantTokens: Int
        var hasSystem: Bool
        var hasUser: Bool
        var systemPrompt: String?
        var nearKey: ContentHash
    }

    var line: Int
    var format: TrainingFormat?
    var problems: [(category: Category, detail: String)] = []
    var figures: Figures?
    var exactKey: ContentHash?

    init(line: Int) {
        self.line = line
    }

    mutating func add(_ category: Category, _ detail: String) {
        problems.append((category, detail))
    }
}

/// A 128-bit hash of a text, for telling duplicates apart without keeping the texts.
struct ContentHash: Hashable, Sendable {
    let a: UInt64
    let b: UInt64

    init(_ text: String) {
        var hasher = ContentHasher()
        hasher.add(text.utf8)
        self = hasher.finish()
    }

    init(a: UInt64, b: UInt64) {
        self.a = a
        self.b = b
    }
}

/// Builds a `ContentHash` byte by byte (two independent multiplicative lanes).
struct ContentHasher {
    private var a: UInt64 = 0xCBF2_9CE4_8422_2325
    private var b: UInt64 = 0x8422_2325_CBF2_9CE4

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        a = (a ^ UInt64(byte)) &* 0x100_0000_01B3
        b = (b &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
    }

    mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { add(byte) }
    }

    func finish() -> ContentHash {
        ContentHash(a: a ^ (a >> 31), b: b ^ (b >> 29))
    }
}
