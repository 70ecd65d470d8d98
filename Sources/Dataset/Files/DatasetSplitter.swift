import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a training file into `NAME-train.jsonl` and `NAME-validation.jsonl`: a seeded shuffle
/// picks the validation examples, each output keeps the file's order, lines are copied as they are.
/// Two streaming passes over one snapshot (the file is locked against writers meanwhile); memory is
/// one bit per example. Both halves are written and synced before either is renamed into place, and
/// `NAME-split.json` (see `SplitManifest`) records the pair once both are there.
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

    /// Whether the split files of `path` are the two halves of it as it is now (by the manifest).
    public static func status(of path: String) -> SplitStatus {
        let outputs = outputPaths(for: path)
        let manifestPath = SplitManifest.path(for: path)
        let name = { (path: String) in (path as NSString).lastPathComponent }
        let present = [outputs.train, outputs.validation].filter(FileSystem.exists)
        if present.isEmpty { return .none }
        guard let text = FileSystem.readSmallFile(manifestPath), let manifest = SplitManifest(json: text) else {
            return .stale(
                "\(present.map(name).joined(separator: " and ")) \(present.count == 1 ? "has" : "have") no record of a complete split (\(name(manifestPath)) is missing or unreadable: a split was interrupted, or made by an older tunesmith)")
        }
        for (file, entry, what) in [(path, manifest.dataset, "changed since it was split"), (outputs.train, manifest.train, "changed since the split"),
                                    (outputs.validation, manifest.validation, "changed since the split")] {
            guard let now = Checksum.sha256(path: file) else { return .stale("\(name(file)) is missing or unreadable") }
            if now.size != entry.size || now.sha256 != entry.sha256 { return .stale("\(name(file)) \(what)") }
        }
        return .current(train: outputs.train, validation: outputs.validation)
    }

    /// How many of `count` examples a split holds out for validation: the share, rounded, at
    /// least 1 and leaving at least 1 to train on.
    public static func validationCount(of count: Int, fraction: Double) -> Int {
        min(count - 1, max(1, Int((Double(count) * fraction).rounded())))
    }

    public func split(path: String) throws -> Result {
        guard validationFraction > 0 && validationFraction < 1 else {
            throw DatasetError(.splitRefused, "the validation fraction must be between 0 and 1 (e.g. 0.2)")
        }
        let (trainPath, validationPath) = Self.outputPaths(for: path)
        let manifestPath = SplitManifest.path(for: path)
        if !overwrite, let existing = [trainPath, validationPath].first(where: FileSystem.exists) {
            throw DatasetError(.splitRefused, "\(existing) exists already; pass --force to overwrite it")
        }
        return try DatasetFile(path: path).withSnapshot { fd, size in
            // Pass 1: count the examples, and refuse lines that are not JSON.
            var count = 0
            try JSONLReader.read(fd, upTo: size, path: path) { lines in
                for line in lines where !line.isBlank {
                    do throws(JSONSyntaxError) { _ = try JSONParser.parse(line.bytes) } catch {
                        throw DatasetError(
                            .invalidExample,
                            "\(path): line \(line.number), column \(error.column(in: line.bytes)): \(error.reason); fix it (see `tunesmith validate \(ShellQuoting.path(path))`) before splitting")
                    }
                    count += 1
                }
            }
            guard count >= 2 else {
                throw DatasetError(.splitRefused, "\(path) has \(count) example\(count == 1 ? "" : "s"); splitting needs at least 2")
            }
            guard let datasetSHA256 = Checksum.sha256(fd, 0..<size) else {
                throw FileSystem.error("cannot read \(path)", hint: "check the file and the disk")
            }
            let validationCount = Self.validationCount(of: count, fraction: validationFraction)
            var order = Array(0..<count)
            var generator = SplitMix64(seed: seed)
            for i in stride(from: count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
            }
            var isValidation = [Bool](repeating: false, count: count)
            for index in order.prefix(validationCount) { isValidation[index] = true }
            for output in [trainPath, validationPath, manifestPath] { LeftoverFiles.removeDead(beside: output) }
            // Pass 2: stream each line to its output, then sync both before either is renamed.
            let train = try OutputFile(final: trainPath)
            let validation = try OutputFile(final: validationPath)
            var index = 0
            try JSONLReader.read(fd, upTo: size, path: path) { lines in
                for line in lines where !line.isBlank {
                    try (isValidation[index] ? validation : train).write(line.bytes)
                    index += 1
                }
            }
            try train.finish()
            try validation.finish()
            for output in [trainPath, validationPath] where FileSystem.exists(output) && !FileSystem.isRegularFile(output) {
                throw DatasetError(.fileSystem, "\(output) is not a regular file; move it away, then split again (nothing was changed)")
            }
            // Without a manifest the old pair is stale from here on, so a crash between the two
            // renames leaves nothing /train would use.
            guard unlink(manifestPath) == 0 || errno == ENOENT else {
                throw FileSystem.error("cannot remove \(manifestPath)", hint: "check the folder's permissions, then split again (nothing was changed)")
            }
            FileSystem.syncFolder(of: manifestPath)
            try train.moveIntoPlace()
            try validation.moveIntoPlace()
            try SplitManifest(
                dataset: .init(name: (path as NSString).lastPathComponent, size: size, sha256: datasetSHA256),
                train: .init(name: (trainPath as NSString).lastPathComponent, size: train.size, sha256: train.sha256, examples: count - validationCount),
                validation: .init(name: (validationPath as NSString).lastPathComponent, size: validation.size, sha256: validation.sha256,
                                  examples: validationCount)
            ).write(to: manifestPath)
            return Result(trainPath: trainPath, validationPath: validationPath, trainCount: count - validationCount,
                          validationCount: validationCount)
        }
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same sequence on every platform
/// (the split's shuffle, an eval judge's order, the tests' inputs).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
