import Crypto
import Foundation

/// Loads a tokenizer from a file or a folder, telling the format from the content: a Hugging Face
/// `tokenizer.json`, a `tekken.json`, a tiktoken-format rank file (`tokenizer.model`, `*.tiktoken`),
/// or a SentencePiece model (protobuf).
public enum TokenizerFiles {
    /// The file names a folder is searched for.
    public static let fileNames = ["tekken.json", "tokenizer.json", "tokenizer.model", "qwen.tiktoken"]

    /// The tokenizer file in `folder`, or nil: the first of `files(in:)`.
    public static func file(in folder: String) -> String? { files(in: folder).first }

    /// Every tokenizer file in `folder`, the one to count with first. A model's own format comes
    /// before a conversion of it: Mistral's `tekken.json`, and a `tokenizer.model` that is one of
    /// Mistral's SentencePiece files, count as mistral-common (their reference) does, so they come
    /// before the `tokenizer.json` that transformers made from them; otherwise `tokenizer.json`.
    public static func files(in folder: String) -> [String] {
        var found = fileNames.map { folder + "/" + $0 }.filter(FileBytes.exists)
        let model = folder + "/tokenizer.model"
        if found.contains(folder + "/tokenizer.json"), found.contains(model), isMistralSentencePiece(model) {
            found.removeAll { $0 == model }
            found.insert(model, at: found.first == folder + "/tekken.json" ? 1 : 0)
        }
        let tiktoken = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().filter { $0.hasSuffix(".tiktoken") && $0 != "qwen.tiktoken" }
        return found + tiktoken.map { folder + "/" + $0 }
    }

    /// Whether `path` is one of the SentencePiece files mistral-common ships (by sha256).
    static func isMistralSentencePiece(_ path: String) -> Bool {
        guard let bytes = FileBytes.readArray(path), bytes.count < 16 << 20 else { return false }
        let hex = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        return sentencePieceFamily(sha256: hex).hasPrefix("mistral-sp")
    }

    /// Loads `path` (a file, or a folder holding one); `pattern` names the split pattern of a rank
    /// file tunesmith does not recognise. With an `environment`, the compiled cache under its
    /// `XDG_CACHE_HOME` (or `HOME`) is read and filled.
    public static func load(_ path: String, name: String? = nil, pattern: SplitPattern? = nil, environment: [String: String]? = nil) throws -> Tokenizer {
        try load(path, name: name, pattern: pattern, cache: environment.map(TokenizerCache.init(environment:)))
    }

    static func load(_ path: String, name: String?, pattern: SplitPattern?, cache: TokenizerCache?) throws -> Tokenizer {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw TokenizersError(.tokenizerNotFound, "\(path) does not exist; pass a tokenizer.json, tokenizer.model, tekken.json or a folder holding one")
        }
        guard isFolder.boolValue else {
            return try loadFile(path, label: name ?? (path as NSString).lastPathComponent, pattern: pattern, cache: cache)
        }
        let candidates = files(in: path)
        guard !candidates.isEmpty else {
            throw TokenizersError(.tokenizerNotFound, "\(path) holds no \(fileNames.joined(separator: ", ")) or *.tiktoken; pass the tokenizer file itself")
        }
        // A file tunesmith cannot reproduce exactly gives way to the next one the model ships.
        var refusal: Error?
        for file in candidates {
            do {
                return try loadFile(file, label: name ?? (path as NSString).lastPathComponent, pattern: pattern, cache: cache)
            } catch let error as TokenizersError where error.kind == .unsupportedTokenizer {
                refusal = refusal ?? error
            }
        }
        throw refusal!
    }

    private static func loadFile(_ file: String, label: String, pattern: SplitPattern?, cache: TokenizerCache?) throws -> Tokenizer {
        if pattern == nil, let cached = cache?.load(file, name: label) { return cached }
        let tokenizer = try parse(file, label: label, pattern: pattern)
        if let cache, let digest = tokenizer.sourceSHA256 { cache.store(tokenizer, path: file, sha256: digest) }
        return tokenizer
    }

    static func parse(_ file: String, label: String, pattern: SplitPattern?) throws -> Tokenizer {
        guard let bytes = FileBytes.readArray(file) else {
            throw TokenizersError(.fileSystem, "cannot read \(file); check its permissions")
        }
        let digest = Array(SHA256.hash(data: bytes))
        let hex = digest.map { String(format: "%02x", $0) }.joined()

        if bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{") {
            let object: [String: Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
                object = parsed
            } catch {
                throw TokenizersError(.malformedTokenizerFile, "\(file) is not valid JSON (\(error.localizedDescription)); download it again")
            }
            if HFTokenizerFile.looksLikeHF(object) {
                let engine = try HFTokenizerFile.engine(object, source: file, sha256: digest)
                return Tokenizer(name: label, family: family(of: engine), source: file, engine: engine)
            }
            if TekkenFile.looksLikeTekken(object) {
                return Tokenizer(name: label, family: TekkenFile.family(object), source: file,
                                 engine: .tiktoken(try TekkenFile.vocabulary(object, source: file, sha256: digest)))
            }
            throw TokenizersError(.unsupportedTokenizer, "\(file) is JSON but neither a Hugging Face tokenizer.json nor a tekken.json; pass one of those")
        }
        if TiktokenFile.looksLikeRankFile(bytes) {
            let (vocabulary, family) = try TiktokenFile.vocabulary(bytes, source: file, sha256: hex, pattern: pattern)
            return Tokenizer(name: label, family: family, source: file, engine: .tiktoken(vocabulary))
        }
        let model = try SentencePieceModel(protobuf: bytes, source: file, sha256: digest)
        return Tokenizer(name: label, family: sentencePieceFamily(sha256: hex), source: file, engine: .sentencePiece(model))
    }

    /// Mistral's SentencePiece files by their sha256 (as mistral-common ships them and Mistral's
    /// Instruct repositories hold them), because v1 and v3 chat formats differ; other models "sentencepiece".
    static func sentencePieceFamily(sha256: String) -> String {
        switch sha256 {
        case "dadfd56d766715c61d2ef780a525ab43b8e6da4de6865bda3d95fdef5e134055": "mistral-sp-v1"
        case "9addc8bdce5988448ae81b729336f43a81262160ae8da760674badab9d4c7d33": "mistral-sp-v3"
        default: "sentencepiece"
        }
    }

    /// A family name for a tokenizer.json, from its pattern and size.
    static func family(of engine: Tokenizer.Engine) -> String? {
        guard case .huggingFace(let tokenizer) = engine else { return nil }
        return switch tokenizer.pattern {
        case .llama3: "llama3"
        case .qwen2: "qwen2"
        default: nil
        }
    }
}
