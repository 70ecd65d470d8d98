import ArgumentParser
import Dataset
import Models

struct SplitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split a training file into FILE-train.jsonl and FILE-validation.jsonl.",
        discussion: "The same seed always gives the same split; no example lands in both files."
    )

    @Argument(help: "The JSONL training file.", completion: .file(extensions: ["jsonl"]))
    var file: String

    @Option(help: "The share of examples that go to the validation file.")
    var validationFraction: Double = 0.2

    @Option(help: "The seed of the shuffle that picks the validation examples.")
    var seed: UInt64 = 42

    @Flag(help: "Overwrite existing output files.")
    var force = false

    func validate() throws {
        guard validationFraction > 0 && validationFraction < 1 else {
            throw ValidationError("--validation-fraction must be between 0 and 1, e.g. 0.2")
        }
    }

    func run() async throws {
        let splitter = DatasetSplitter(validationFraction: validationFraction, seed: seed, overwrite: force)
        let result = try splitter.split(path: file)
        print("\(result.trainCount) examples -> \(result.trainPath)")
        print("\(result.validationCount) examples -> \(result.validationPath)  (seed \(seed))")
        if let warning = Self.tooFewWarning(trainCount: result.trainCount, validationCount: result.validationCount, fraction: validationFraction) {
            Terminal.writeError(warning + "\n")
        }
    }

    /// A training half too small for a provider gets a warning naming each provider it fails,
    /// and the way out (the split is written; the author decides).
    static func tooFewWarning(trainCount: Int, validationCount: Int, fraction: Double) -> String? {
        let refusing = ModelProvider.allCases.filter { trainCount < $0.minimumExamples }
        guard let strictest = refusing.max(by: { $0.minimumExamples < $1.minimumExamples }) else { return nil }
        let who = refusing.map { "\($0.displayName) needs \($0.minimumExamples)" }.joined(separator: ", ")
        let advice = SplitAdvice(count: trainCount + validationCount, fraction: fraction, minimumTraining: strictest.minimumExamples)
        return "warning: \(trainCount) training examples are too few for some providers (\(who)); "
            + advice.remedy(splitCommand: "tunesmith split --force --validation-fraction", wholeFile: "train on the whole file")
    }
}
