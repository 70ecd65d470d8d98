/// Where encoded tokens go: into an array, or only into a count (no allocation per call).
protocol TokenSink {
    mutating func append(_ token: UInt32)
}

struct TokenArraySink: TokenSink {
    var tokens: [UInt32] = []
    @inline(__always) mutating func append(_ token: UInt32) { tokens.append(token) }
}

struct TokenCountSink: TokenSink {
    var count = 0
    @inline(__always) mutating func append(_ token: UInt32) { count += 1 }
}
