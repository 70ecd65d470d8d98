import ArgumentParser
import Dataset

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
    }
}
