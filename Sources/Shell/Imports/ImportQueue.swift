import Dataset
import Foundation
import Interchange

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The conversations `/import` queued for review, kept in the state folder beside the drafts
/// (`imports/NAME-HASH.queue.jsonl` and its place, `NAME-HASH.queue.json`; 0600 files in 0700
/// folders), so the queue and its position survive a restart. One queue per dataset.
struct ImportQueue: Codable, Equatable {
    /// The source as typed, and its format.
    var source: String
    var format: String
    var total: Int
    /// Index of the next conversation `/next` loads.
    var next = 0
    /// The conversation now in the draft (1-based), and the draft as it was loaded.
    var current: Int?
    var loaded: Draft?
    var skipped = 0
    /// Records of the source that could not be imported.
    var unreadable = 0

    static func folder(_ configuration: ShellConfiguration) -> String { configuration.stateDirectory + "/imports" }

    static func paths(_ configuration: ShellConfiguration) -> (state: String, conversations: String) {
        let base = folder(configuration) + "/" + DraftAutosave.prefix(of: configuration.datasetPath) + "queue"
        return (base + ".json", base + ".jsonl")
    }

    /// The dataset's queue, when there is one.
    static func load(_ configuration: ShellConfiguration) -> ImportQueue? {
        guard let data = FileManager.default.contents(atPath: paths(configuration).state) else { return nil }
        return try? JSONDecoder().decode(ImportQueue.self, from: data)
    }

    func save(_ configuration: ShellConfiguration) throws {
        let path = Self.paths(configuration).state
        try PrivateFiles.makeFolder(configuration.stateDirectory)
        try PrivateFiles.makeFolder(Self.folder(configuration))
        try PrivateFiles.replace(path, with: try JSONEncoder().encode(self), temporary: path + ".\(getpid()).tmp")
    }

    /// Reads the source and stores its conversations as the dataset's queue (replacing any).
    static func create(from importer: ConversationImporter, source: String, _ configuration: ShellConfiguration) throws -> (ImportQueue, ImportSummary) {
        try PrivateFiles.makeFolder(configuration.stateDirectory)
        try PrivateFiles.makeFolder(folder(configuration))
        let path = paths(configuration).conversations
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = PrivateFiles.createExclusively(temporary, flags: O_WRONLY)
        guard descriptor >= 0 else { throw PrivateFiles.posixError() }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let summary: ImportSummary
        do {
            summary = try importer.read { conversation in
                try handle.write(contentsOf: Data((JSONWriter.string(.object(conversation.example.json)) + "\n").utf8))
            }
            try handle.synchronize()
            guard rename(temporary, path) == 0 else { throw PrivateFiles.posixError() }
        } catch {
            unlink(temporary)
            throw error
        }
        let queue = ImportQueue(source: source, format: summary.source.rawValue, total: summary.imported, unreadable: summary.skipped.count)
        try queue.save(configuration)
        return (queue, summary)
    }

    /// Conversation `index` (0-based) of the queue.
    func conversation(_ index: Int, _ configuration: ShellConfiguration) throws -> ChatExample {
        var found: ChatExample?
        var k = 0
        try JSONLReader.read(path: Self.paths(configuration).conversations) { lines in
            for line in lines where !line.isBlank && found == nil {
                if k == index, let value = try? JSONParser.parse(line.bytes), let object = value.objectValue {
                    found = try ChatExample(json: object)
                }
                k += 1
            }
        }
        guard let found else {
            throw DatasetError(.noSuchExample, "the queue's file has no conversation \(index + 1); /import the source again")
        }
        return found
    }

    /// A conversation as a draft: a leading system message is the draft's; weights become judgements.
    static func draft(of example: ChatExample) -> Draft {
        var messages = example.messages
        var system: String?
        if let first = messages.first, first.role == .system {
            system = first.text
            messages.removeFirst()
        }
        return Draft(system: system, messages: messages.map { message in
            let judgement: Judgement = message.role != .assistant ? .unjudged : message.weight == 0 ? .rejected : message.weight == 1 ? .kept : .unjudged
            return DraftMessage(role: message.role, text: message.text, judgement: judgement)
        })
    }

    /// "conversation 3 of 120 from conversations.json: 2 skipped, 117 to go"
    var status: String {
        let place = current.map { "conversation \($0) of \(total)" } ?? "\(total) conversation\(total == 1 ? "" : "s") queued, none loaded yet"
        var text = "\(place) from \((source as NSString).lastPathComponent): \(skipped) skipped, \(total - next) to go"
        if unreadable > 0 { text += " (\(unreadable) record\(unreadable == 1 ? "" : "s") of the source could not be imported)" }
        return text
    }
}
