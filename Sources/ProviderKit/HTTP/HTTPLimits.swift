import Foundation

/// How long tunesmith waits for a server and how much it reads from one, so that a server that
/// never answers, or answers for ever, ends in a sentence instead of a hang or a crash. Generous by
/// default; `TUNESMITH_CONNECT_TIMEOUT`, `TUNESMITH_RESPONSE_TIMEOUT` (seconds),
/// `TUNESMITH_MAX_RESPONSE_MB` and `TUNESMITH_MAX_DOWNLOAD_MB` change them.
public struct HTTPLimits: Sendable, Hashable {
    /// Seconds to open the connection.
    public var connectTimeout: Double
    /// Seconds of silence allowed once the request is sent: before the first byte of the answer,
    /// and between two pieces of a streamed one.
    public var responseTimeout: Double
    /// Bytes of one answer: a JSON body, or a streamed reply.
    public var maximumResponseBytes: Int
    /// Bytes of one downloaded file (a rank file, a `tokenizer.json`: the largest are about 35 MB).
    public var maximumDownloadBytes: Int

    public static let connectTimeoutVariable = "TUNESMITH_CONNECT_TIMEOUT"
    public static let responseTimeoutVariable = "TUNESMITH_RESPONSE_TIMEOUT"
    public static let maximumResponseVariable = "TUNESMITH_MAX_RESPONSE_MB"
    public static let maximumDownloadVariable = "TUNESMITH_MAX_DOWNLOAD_MB"

    public init(connectTimeout: Double = 10, responseTimeout: Double = 120, maximumResponseBytes: Int = 64 << 20, maximumDownloadBytes: Int = 256 << 20) {
        self.connectTimeout = connectTimeout
        self.responseTimeout = responseTimeout
        self.maximumResponseBytes = maximumResponseBytes
        self.maximumDownloadBytes = maximumDownloadBytes
    }

    /// The defaults, with what the environment overrides; a value that is not a positive number is ignored.
    public init(environment: [String: String]) {
        func positive(_ name: String) -> Double? {
            environment[name].flatMap(Double.init).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        }
        self.init()
        if let seconds = positive(Self.connectTimeoutVariable) { connectTimeout = seconds }
        if let seconds = positive(Self.responseTimeoutVariable) { responseTimeout = seconds }
        if let megabytes = positive(Self.maximumResponseVariable) { maximumResponseBytes = Int(min(megabytes, 1_048_576) * 1_048_576) }
        if let megabytes = positive(Self.maximumDownloadVariable) { maximumDownloadBytes = Int(min(megabytes, 1_048_576) * 1_048_576) }
    }

    /// The defaults with this process's environment.
    public static var fromEnvironment: HTTPLimits { HTTPLimits(environment: ProcessInfo.processInfo.environment) }

    /// "64 MB", for messages.
    var maximumResponseText: String { ByteCountText.megabytes(maximumResponseBytes) }
    /// "256 MB", for messages.
    var maximumDownloadText: String { ByteCountText.megabytes(maximumDownloadBytes) }
    /// "120 s", for messages.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}

enum ByteCountText {
    static func megabytes(_ bytes: Int) -> String {
        let megabytes = Double(bytes) / 1_048_576
        return megabytes >= 10 || megabytes == megabytes.rounded() ? "\(Int(megabytes.rounded())) MB" : String(format: "%.1f MB", megabytes)
    }
}
