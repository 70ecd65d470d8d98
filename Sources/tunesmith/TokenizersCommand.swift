import ArgumentParser
import Foundation
import Models
import Tokenizers

/// Where open-weight tokenizers are found, fetching one, and what the caches hold.
struct TokenizersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizers",
        abstract: "Find, fetch and list the tokenizers of open-weight models (Hugging Face repo ids).",
        subcommands: [Path.self, Fetch.self, List.self],
        defaultSubcommand: List.self
    )

    struct Path: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show where a model's tokenizer is looked for, in order, and which file is used.")
        @Argument(help: "A Hugging Face repo id (Qwen/Qwen3-8B) or a model a provider fine-tunes.") var model: String

        func run() async throws {
            guard let model = try TokenizersCommand.repo(of: model) else { return }
            let locator = TokenizerLocator.standard
            let found = try locator.locateLocally(model)
            print("\(model):")
            for candidate in locator.candidates(for: model) {
                let file = TokenizerFiles.file(in: candidate.folder)
                let mark = candidate == found ? "found" : (file != nil ? "present" : "missing")
                print("  \(mark.padding(toLength: 8, withPad: " ", startingAt: 0)) \(file ?? candidate.folder)  (\(candidate.source.rawValue))")
            }
            if found == nil { print("  -> run `tunesmith tokenizers fetch \(model)` to download it from \(URLText.redacted(locator.endpoint))") }
        }
    }

    struct Fetch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Download a model's tokenizer into the Hugging Face cache (HF_TOKEN for gated models).")
        @Argument(help: "Hugging Face repo ids, or models a provider fine-tunes.") var models: [String]

        func run() async throws {
            for name in models {
                guard let model = try TokenizersCommand.repo(of: name) else { continue }
                let folder = try await TokenizerLocator.standard.download(model)
                let tokenizer = try TokenizerFiles.load(folder, name: model, environment: ProcessInfo.processInfo.environment)
                print("\(model): \(tokenizer.family ?? "tokenizer") with \(tokenizer.vocabularySize) ids, saved in \(folder)")
            }
        }
    }

    /// The Hugging Face repo that holds `name`'s tokenizer; nil (after saying so) when it is built in.
    static func repo(of name: String) throws -> String? {
        switch CatalogContext.catalog().tokenizerSource(named: name) {
        case .encoding(let encoding)?:
            print("\(name): \(encoding.rawValue) is built in; no tokenizer file is needed")
            return nil
        case .repo(let repo)?:
            if repo != name { print("\(name) counts with \(repo)'s tokenizer") }
            return repo
        case nil:
            try TokenizerLocator.validate(repo: name)
            return name
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the models whose tokenizers are on this machine.")

        func run() async throws {
            let locator = TokenizerLocator.standard
            var rows: [[String]] = []
            var seen = Set<String>()
            func add(_ repo: String, _ folder: String, _ source: String) {
                guard !seen.contains(repo), let file = TokenizerFiles.file(in: folder) else { return }
                seen.insert(repo)
                rows.append([repo, (file as NSString).lastPathComponent, source, folder])
            }
            let fm = FileManager.default
            if let root = ProcessInfo.processInfo.environment["TUNESMITH_TOKENIZERS"], !root.isEmpty {
                for org in ((try? fm.contentsOfDirectory(atPath: root)) ?? []).sorted() {
                    for name in ((try? fm.contentsOfDirectory(atPath: root + "/" + org)) ?? []).sorted() {
                        add(org + "/" + name, root + "/" + org + "/" + name, "TUNESMITH_TOKENIZERS")
                    }
                }
            }
            for entry in ((try? fm.contentsOfDirectory(atPath: locator.huggingFaceCache)) ?? []).sorted() where entry.hasPrefix("models--") {
                let parts = entry.dropFirst("models--".count).components(separatedBy: "--")
                guard parts.count == 2 else { continue }
                let repo = parts.joined(separator: "/")
                if let location = try? locator.locateLocally(repo), location.source == .huggingFaceCache {
                    add(repo, location.folder, "Hugging Face cache")
                }
            }
            if rows.isEmpty {
                print("no tokenizers yet; `tunesmith tokenizers fetch ORG/NAME` downloads one (the Hugging Face cache is \(locator.huggingFaceCache))")
                return
            }
            Table(["MODEL", "FILE", "FROM", "FOLDER"], rows).print()
        }
    }
}
