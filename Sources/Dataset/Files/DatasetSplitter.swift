#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a training file into `NAME-train.jsonl` and `NAME-validation.jsonl`: a seeded shuffle
/// picks the validation examples, each output keeps the file's order, lines are copied as they are.
/// Two streaming passes; memory is one bit per example.
public struct DatasetSplitter: Sendable {
    public var validationFraction: Double
    public var seed: UInt64
    public var overwrite: Bool

    public init(validationFraction: Double = 0.2, seed: UInt64 = 42, overwrite: Bool = false) {
        self.validationFraction = validationFraction
        self.seed = seed
        self.overwrite = overwrite
    }

    public struct Result: Sendable {
        public let trainPath: String
        public let validationPath: String
        public let trainCount: Int
        public let validationCount: Int
    }

    /// `data.jsonl` -> `data-train.jsonl`, `data-validation.jsonl`.
    public static func outputPaths(for path: String) -> (train: String, validation: String) {
        let stem = path.hasSuffix(".jsonl") ? String(path.dropLast(6)) : path
        return (stem + "-train.jsonl", stem + "-validation.jsonl")
    }

    /// The split files of `path` when both exist and were written since `path` last changed.
    public static func currentSplit(of path: String) -> (train: String, validation: String)? {
        let outputs = outputPaths(for: path)
        guard let source = FileSystem.modificationTime(path),
            let train = FileSystem.modificationTime(outputs.train),
            let validation = FileSystem.modificationTime(outputs.validation),
            train >= source && validation >= source
        else { return nil }
        return outputs
    }

    public func split(path: String) throws -> Result {
        guard validationFraction > 0 && validationFraction < 1 else {
            throw DatasetError(.splitRefused, "the validation fraction must be between 0 and 1 (e.g. 0.2)")
        }
        let (trainPath, validationPath) = Self.outputPaths(for: path)
        if !overwrite, let existing = [trainPath, validationPath].first(where: FileSystem.exists) {
            throw DatasetError(.splitRefused, "\(existing) exists already; pass --force to overwrite it")
        }
        // Pass 1: count the examples, and refuse lines that are not JSON.
        var count = 0
        try JSONLReader.read(path: path) { lines in
            for line in lines where !line.isBlank {
                do throws(JSONSyntaxError) { _ = try JSONParser.parse(line.bytes) } catch {
                    throw DatasetError(
                        .invalidExample,
                        "\(path): line \(line.number), column \(error.column(in: line.bytes)): \(error.reason); fix it (see `tunesmith validate \(path)`) before splitting")
                }
                count += 1
            }
        }
        guard count >= 2 else {
            throw DatasetError(.splitRefused, "\(path) has \(count) example\(count == 1 ? "" : "s"); splitting needs at least 2")
        }
        let validationCount = min(count - 1, max(1, Int((Double(count) * validationFraction).rounded())))
        var order = Array(0..<count)
        var generator = SplitMix64(seed: seed)
        for i in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
        }
        var isValidation = [Bool](repeating: false, count: count)
        for index in order.prefix(validationCount) { isValidation[index] = true }
        // Pass 2: stream each line to its output.
        let train = try OutputFile(final: trainPath)
        let validation = try OutputFile(final: validationPath)
        var index = 0
        try JSONLReader.read(path: path) { lines in
            for line in lines where !line.isBlank {
                try (isValidation[index] ? validation : train).write(line.bytes)
                index += 1
            }
        }
        try train.commit()
        try validation.commit()
        return Result(trainPath: trainPath, validationPath: validationPath, trainCount: count - validationCount,
                      validationCount: validationCount)
    }
}

/// A file written to a temporary name and renamed into place when complete.
private final class OutputFile {
    let final: String
    let temporary: String
    let fd: Int32
    private var buffer: [UInt8] = []

    init(final: String) throws {
        self.final = final
        self.temporary = final + ".tunesmith-\(getpid()).tmp"
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystem.error("cannot create \(temporary)", hint: "check the folder's permissions") }
    }

    deinit {
        close(fd)
        unlink(temporary)  // no-op after a successful rename
    }

    func write(_ line: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        guard buffer.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }) else {
            throw FileSystem.error("cannot write \(temporary)", hint: "check free space")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func commit() throws {
        try flush()
        guard fsync(fd) == 0, rename(temporary, final) == 0 else {
            throw FileSystem.error("cannot move \(temporary) to \(final)", hint: "check the folder's permissions")
        }
        FileSystem.syncFolder(of: final)
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same split on every platform.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
