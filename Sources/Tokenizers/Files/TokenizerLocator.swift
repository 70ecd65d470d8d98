import Foundation

/// Finds a model's tokenizer files by its Hugging Face repo id (`Qwen/Qwen3-8B`), the way
/// DESIGN.md orders it: `$TUNESMITH_TOKENIZERS/ORG/NAME/`, then the Hugging Face cache that Python
/// tools fill (`$HF_HUB_CACHE`, else `$HF_HOME/hub`, else `~/.cache/huggingface/hub`), else a
/// download from `$HF_ENDPOINT` (with `HF_TOKEN` for gated repos) into that same cache.
public struct TokenizerLocator: Sendable {
    public var environment: [String: String]
    public var downloader: (any TokenizerDownloader)?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, downloader: (any TokenizerDownloader)? = nil) {
        self.environment = environment
        self.downloader = downloader
    }

    /// The tokenizer files a download brings, each the repo has (`TokenizerFiles.files(in:)` picks).
    static let downloadOrder = ["tokenizer.json", "tekken.json", "tokenizer.model"]
    /// Fetched beside the tokenizer when present: the chat template and special-token names.
    static let companions = ["tokenizer_config.json", "chat_template.jinja"]

    public enum Source: String, Sendable { case tunesmithTokenizers = "TUNESMITH_TOKENIZERS", huggingFaceCache = "Hugging Face cache" }

    public struct Location: Sendable, Equatable {
        public let source: Source
        public let folder: String
    }

    /// `$HF_HUB_CACHE`, else `$HF_HOME/hub`, else `~/.cache/huggingface/hub`.
    public var huggingFaceCache: String {
        if let hub = environment["HF_HUB_CACHE"], !hub.isEmpty { return hub }
        if let home = environment["HF_HOME"], !home.isEmpty { return home + "/hub" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/huggingface/hub"
    }

    public var endpoint: String {
        let base = environment["HF_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://huggingface.co"
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    /// Checks that `repo` is `ORG/NAME` with nothing that could leave a folder.
    public static func validate(repo: String) throws {
        let parts = repo.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix("-") }),
              repo.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0)) })
        else {
            throw TokenizersError(.tokenizerNotFound, "\"\(repo)\" is not a Hugging Face repo id; write it as ORG/NAME, e.g. Qwen/Qwen3-8B, or pass --tokenizer PATH")
        }
    }

    /// The repo's folder in the Hugging Face cache: `models--ORG--NAME`.
    func cacheRepoFolder(_ repo: String) -> String {
        huggingFaceCache + "/models--" + repo.replacingOccurrences(of: "/", with: "--")
    }

    /// The snapshot `refs/main` names, else the newest snapshot folder.
    func cachedSnapshot(_ repo: String) -> String? {
        let folder = cacheRepoFolder(repo)
        if let revision = try? String(contentsOfFile: folder + "/refs/main", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
           !revision.isEmpty, !revision.contains("/"), FileManager.default.fileExists(atPath: folder + "/snapshots/" + revision) {
            return folder + "/snapshots/" + revision
        }
        let snapshots = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/snapshots")) ?? []
        let dated = snapshots.compactMap { name -> (String, Date)? in
            let path = folder + "/snapshots/" + name
            guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
            return (path, date)
        }
        return dated.max { $0.1 < $1.1 }?.0
    }

    /// Where `repo`'s files are looked for, in order.
    public func candidates(for repo: String) -> [Location] {
        var list: [Location] = []
        if let folder = environment["TUNESMITH_TOKENIZERS"], !folder.isEmpty {
            list.append(Location(source: .tunesmithTokenizers, folder: folder + "/" + repo))
        }
        list.append(Location(source: .huggingFaceCache, folder: cachedSnapshot(repo) ?? cacheRepoFolder(repo) + "/snapshots/(none)"))
        return list
    }

    /// The first folder that holds a tokenizer file, without downloading.
    public func locateLocally(_ repo: String) throws -> Location? {
        try Self.validate(repo: repo)
        return candidates(for: repo).first { TokenizerFiles.file(in: $0.folder) != nil }
    }

    /// The tokenizer of `repo`: found locally, or downloaded into the Hugging Face cache.
    public func load(_ repo: String, pattern: SplitPattern? = nil) async throws -> Tokenizer {
        if let location = try locateLocally(repo) {
            return try TokenizerFiles.load(location.folder, name: repo, pattern: pattern, environment: environment)
        }
        guard downloader != nil else { throw notFound(repo, problem: nil) }
        let folder = try await download(repo)
        return try TokenizerFiles.load(folder, name: repo, pattern: pattern, environment: environment)
    }

    /// Downloads `repo`'s tokenizer (and its config) into the Hugging Face cache; returns the snapshot folder.
    public func download(_ repo: String) async throws -> String {
        try Self.validate(repo: repo)
        guard let downloader else { throw notFound(repo, problem: nil) }
        var headers: [String: String] = ["user-agent": "tunesmith"]
        if let token = environment["HF_TOKEN"] ?? environment["HUGGING_FACE_HUB_TOKEN"], !token.isEmpty { headers["authorization"] = "Bearer \(token)" }
        var fetched: [(name: String, body: [UInt8])] = []
        var revision: String?
        for name in Self.downloadOrder + Self.companions {
            let url = "\(endpoint)/\(repo)/resolve/main/\(name)"
            let response: (status: Int, headers: [String: String], body: [UInt8])
            do {
                response = try await downloader.get(url, headers: headers)
            } catch {
                // The error names the server and what happened; the URL may carry HF_ENDPOINT's password.
                throw notFound(repo, problem: "downloading \(name) failed: \(error.localizedDescription)")
            }
            switch response.status {
            case 200:
                fetched.append((name, response.body))
                if revision == nil, let commit = response.headers["x-repo-commit"], commit.allSatisfy(\.isHexDigit), !commit.isEmpty { revision = commit }
            case 401, 403:
                throw TokenizersError(.tokenizerNotFound, gatedMessage(repo, hadToken: headers["authorization"] != nil))
            case 404:
                continue
            default:
                throw notFound(repo, problem: "\(URLText.redacted(url)) answered HTTP \(response.status)")
            }
        }
        guard fetched.contains(where: { Self.downloadOrder.contains($0.name) }) else {
            throw notFound(repo, problem: "\(URLText.redacted(endpoint))/\(repo) has none of \(Self.downloadOrder.joined(separator: ", "))")
        }
        // The Hugging Face cache layout, so Python tools find the same files: refs/main names the snapshot.
        let revisionName = revision ?? String(repeating: "0", count: 40)
        let repoFolder = cacheRepoFolder(repo)
        let snapshot = repoFolder + "/snapshots/" + revisionName
        try FileBytes.makeDirectories(snapshot)
        try FileBytes.makeDirectories(repoFolder + "/refs")
        for file in fetched {
            try file.body.withUnsafeBytes { try FileBytes.writeAtomically($0, to: snapshot + "/" + file.name) }
        }
        try Array(revisionName.utf8).withUnsafeBytes { try FileBytes.writeAtomically($0, to: repoFolder + "/refs/main") }
        return snapshot
    }

    func gatedMessage(_ repo: String, hadToken: Bool) -> String {
        let shown = URLText.redacted(endpoint)
        let page = "\(shown)/\(repo)"
        return hadToken
            ? "\(repo) is gated and HF_TOKEN has no access to it: accept the licence on \(page) with the account the token belongs to, then try again"
            : "\(repo) is gated on Hugging Face: accept its licence on \(page), create a read token at \(shown)/settings/tokens, and set HF_TOKEN to it (or download the files with `huggingface-cli download \(repo)` and tunesmith finds them in the cache)"
    }

    func notFound(_ repo: String, problem: String?) -> TokenizersError {
        let tried = candidates(for: repo).map { "  \($0.folder)  (\($0.source.rawValue))" }.joined(separator: "\n")
        var message = "no tokenizer for \(repo). Looked in:\n\(tried)\n"
        if let problem { message += problem + "\n" }
        message += "Fix: run `tunesmith tokenizers fetch \(repo)`, put its tokenizer.json in $TUNESMITH_TOKENIZERS/\(repo)/, or pass --tokenizer PATH"
        return TokenizersError(.tokenizerNotFound, message)
    }
}
