import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The results of evaluating a file, kept beside it as append-only JSONL (`NAME.eval.jsonl`), one
/// record per line as each reply arrives, so a run stopped by Ctrl-C or a network failure loses
/// nothing and the next run sends only what is missing. A line cut short by a kill is ignored.
/// The latest record for a key wins; a failure is kept for the report but asked again next run.
public actor ResultStore {
    public nonisolated let path: String
    private var replies: [String: ReplyRecord] = [:]
    private var judgments: [String: JudgmentRecord] = [:]
    private var descriptor: Int32 = -1
    /// Lines that were not records (a torn last line), for a note.
    public private(set) var ignoredLines = 0

    /// `data-validation.jsonl` -> `data-validation.eval.jsonl`.
    public static func path(besides datasetPath: String) -> String {
        (datasetPath.hasSuffix(".jsonl") ? String(datasetPath.dropLast(6)) : datasetPath) + ".eval.jsonl"
    }

    /// Reads what earlier runs kept (none when the file does not exist yet).
    public init(path: String) throws(EvaluationError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError(.resultsFile, "cannot read \(path); check its permissions, or move it away to start the evaluation afresh")
        }
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let bytes = Data(line)
            if let reply = try? decoder.decode(ReplyRecord.self, from: bytes), reply.kind == "reply" {
                replies[Self.key(reply.example, reply.turn, reply.model)] = reply
            } else if let judgment = try? decoder.decode(JudgmentRecord.self, from: bytes), judgment.kind == "judgment" {
                judgments[Self.key(judgment.example, judgment.turn, judgment.judge, judgment.first, judgment.second)] = judgment
            } else {
                ignoredLines += 1
            }
        }
    }

    static func key(_ parts: Any...) -> String { parts.map { "\($0)" }.joined(separator: "\u{1F}") }

    public func reply(_ example: String, _ turn: Int, _ model: String) -> ReplyRecord? {
        replies[Self.key(example, turn, model)]
    }

    public func judgment(_ example: String, _ turn: Int, judge: String, _ first: String, _ second: String) -> JudgmentRecord? {
        judgments[Self.key(example, turn, judge, first, second)]
    }

    public var allReplies: [ReplyRecord] { Array(replies.values) }
    public var allJudgments: [JudgmentRecord] { Array(judgments.values) }

    public func add(_ record: ReplyRecord) throws(EvaluationError) {
        try append(record)
        replies[Self.key(record.example, record.turn, record.model)] = record
    }

    public func add(_ record: JudgmentRecord) throws(EvaluationError) {
        try append(record)
        judgments[Self.key(record.example, record.turn, record.judge, record.first, record.second)] = record
    }

    private func append(_ record: some Encodable) throws(EvaluationError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(record) else { return }
        line.append(UInt8(ascii: "\n"))
        let fd = try openForAppending()
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written != line.count {
            throw EvaluationError(.resultsFile, "cannot write to \(path) (\(String(cString: strerror(errno)))); free some disk space and run again: what was kept is not sent again")
        }
    }

    /// Opened once, never through a symbolic link; a torn last line gets its line ending first, so
    /// the next record starts a line of its own.
    private func openForAppending() throws(EvaluationError) -> Int32 {
        if descriptor >= 0 { return descriptor }
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw EvaluationError(.resultsFile, "cannot open \(path) for the results (\(String(cString: strerror(errno)))); check the folder's permissions")
        }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, info.st_size - 1) == 1, last != UInt8(ascii: "\n") { _ = write(fd, "\n", 1) }
        }
        descriptor = fd
        return fd
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }
}
