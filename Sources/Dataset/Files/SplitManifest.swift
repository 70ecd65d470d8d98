import Foundation

/// `NAME-split.json`: written by the split once both halves are in place, removed before either is
/// replaced. It records the dataset and the two halves (size and SHA-256), so a pair that does not
/// belong together — a split interrupted between its renames, a half edited since, a dataset changed
/// since — is noticed before it is trained on.
struct SplitManifest: Equatable {
    struct Entry: Equatable {
        var name: String
        var size: Int
        var sha256: String
        var examples: Int?
    }

    var dataset: Entry
    var train: Entry
    var validation: Entry

    static func path(for datasetPath: String) -> String {
        let stem = datasetPath.hasSuffix(".jsonl") ? String(datasetPath.dropLast(6)) : datasetPath
        return stem + "-split.json"
    }

    var json: String {
        func object(_ entry: Entry) -> JSONValue {
            var members: [JSONObject.Member] = [.init("file", .string(entry.name)), .init("size", .number(String(entry.size))), .init("sha256", .string(entry.sha256))]
            if let examples = entry.examples { members.append(.init("examples", .number(String(examples)))) }
            return .object(JSONObject(members))
        }
        return JSONWriter.string(.object(JSONObject([
            .init("tunesmith_split", .number("1")), .init("dataset", object(dataset)), .init("train", object(train)), .init("validation", object(validation)),
        ]))) + "\n"
    }

    init(dataset: Entry, train: Entry, validation: Entry) {
        self.dataset = dataset
        self.train = train
        self.validation = validation
    }

    init?(json text: String) {
        func entry(_ value: JSONValue?) -> Entry? {
            guard let object = value?.objectValue, let name = object["file"]?.stringValue, let size = object["size"]?.integerValue,
                let sha256 = object["sha256"]?.stringValue
            else { return nil }
            return Entry(name: name, size: size, sha256: sha256, examples: object["examples"]?.integerValue)
        }
        guard let value = try? JSONParser.parse(text), let object = value.objectValue, object["tunesmith_split"]?.integerValue == 1,
            let dataset = entry(object["dataset"]), let train = entry(object["train"]), let validation = entry(object["validation"])
        else { return nil }
        self.init(dataset: dataset, train: train, validation: validation)
    }

    /// Writes the manifest beside the dataset (temporary file, fsync, rename).
    func write(to path: String) throws {
        let bytes = Array(json.utf8)
        let (temporary, fd) = try LeftoverFiles.createTemporary(for: path, mode: 0o644)
        let ok = bytes.withUnsafeBytes { FileSystem.writeAll(fd, $0) } && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let failure = FileSystem.error("cannot write \(path)", hint: "check free space and permissions, then split again")
            unlink(temporary)
            throw failure
        }
        FileSystem.syncFolder(of: path)
    }
}

/// Whether a dataset's split files can be trained on.
public enum SplitStatus: Sendable, Equatable {
    /// No split files: train on the whole dataset.
    case none
    /// The two halves of the dataset as it is now.
    case current(train: String, validation: String)
    /// Split files that must not be trained on, and why (the fix is to split again).
    case stale(String)
}
