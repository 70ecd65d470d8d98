import ArgumentParser
import Foundation
import Tokenizers

struct EncodingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encodings",
        abstract: "Where each encoding's rank file is; download one; add a local copy.",
        subcommands: [Path.self, Fetch.self, Install.self],
        defaultSubcommand: Path.self
    )

    struct Path: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show where each encoding was found, in lookup order.")

        func run() async throws {
            let loader = EncodingLoader.standard
            for name in EncodingName.withRankFiles {
                let status = loader.status(of: name)
                print("\(name):")
                for candidate in status.candidates {
                    let mark = candidate == status.found ? "found" : (FileManager.default.fileExists(atPath: candidate.path) ? "present" : "missing")
                    print("  \(mark.padding(toLength: 8, withPad: " ", startingAt: 0)) \(candidate.path)  (\(candidate.source.rawValue))")
                }
                print("  compiled \(status.compiledCache ?? "none yet (made on first use)")")
                if status.found == nil && status.compiledCache == nil {
                    print("  -> run `tunesmith encodings fetch` to download \(loader.downloadURL(for: name))")
                }
            }
        }
    }

    struct Fetch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Download the official rank files into the user cache (checked by sha256).")

        @Argument(help: "Encodings to fetch (default: all).", completion: .list(EncodingName.withRankFiles.map(\.rawValue)))
        var names: [String] = []

        func run() async throws {
            let loader = EncodingLoader.standard
            let wanted = try names.isEmpty ? EncodingName.withRankFiles : names.map { try EncodingName(parsing: $0).rankFile }
            for name in Set(wanted).sorted(by: { $0.rawValue < $1.rawValue }) {
                let path = try await loader.download(name, with: RankFileDownload())
                print("\(name): verified and saved to \(path)")
            }
        }
    }

    struct Install: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Copy a local rank file into the user cache after checking its sha256.")

        @Argument(help: "A cl100k_base.tiktoken or o200k_base.tiktoken file.", completion: .file(extensions: ["tiktoken"]))
        var file: String

        @Option(help: "Which encoding the file is (default: from its name).")
        var encoding: String?

        func run() async throws {
            let base = (file as NSString).lastPathComponent.replacingOccurrences(of: ".tiktoken", with: "")
            let name: EncodingName
            do {
                name = try EncodingName(parsing: encoding ?? base).rankFile
            } catch {
                throw CommandFailure("cannot tell which encoding \(file) is; add --encoding cl100k_base or --encoding o200k_base", exitCode: 2)
            }
            let path = try EncodingLoader.standard.install(name, from: file)
            print("\(name): verified and installed at \(path)")
        }
    }
}
