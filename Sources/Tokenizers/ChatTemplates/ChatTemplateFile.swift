import Foundation

/// A model's chat template as its files hold it: `chat_template.jinja`, or `chat_template` in
/// `tokenizer_config.json` (a string, or the list of named templates, from which "default" is used,
/// and "tool_use" when a conversation has tools, as transformers picks), plus the special-token
/// variables the template reads (`bos_token`, `eos_token`, ...).
public struct ChatTemplateFile: Sendable {
    public let source: String
    /// The "tool_use" template of the list form, when there is one.
    public let toolUseSource: String?
    public let variables: [String: TemplateValue]
    /// Where it came from: a path, or "built-in (...)".
    public let origin: String

    public init(source: String, toolUseSource: String? = nil, variables: [String: TemplateValue] = [:], origin: String) {
        self.source = source
        self.toolUseSource = toolUseSource
        self.variables = variables
        self.origin = origin
    }

    /// The config's special tokens that templates read, as strings (older configs write them as
    /// `{"content": ...}` objects).
    static let specialTokenNames = ["bos_token", "eos_token", "unk_token", "pad_token", "sep_token", "cls_token", "mask_token"]

    /// Loads from `path`: a folder holding `chat_template.jinja` or `tokenizer_config.json` (as
    /// `TokenizerFiles` finds tokenizer files), a tokenizer file in such a folder, a
    /// `tokenizer_config.json`, or a `.jinja` file. `family` picks a built-in template when the files
    /// have none (Llama 4's).
    public static func load(_ path: String, family: String? = nil) throws -> ChatTemplateFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw TokenizersError(.chatTemplate, "\(path) does not exist; pass a tokenizer_config.json, a chat_template.jinja, or the model's folder")
        }
        let folder: String
        var jinja: String?
        var config: String?
        if isFolder.boolValue {
            folder = path
        } else if path.hasSuffix(".jinja") {
            folder = (path as NSString).deletingLastPathComponent
            jinja = path
        } else if (path as NSString).lastPathComponent == "tokenizer_config.json" {
            folder = (path as NSString).deletingLastPathComponent
            config = path
        } else {
            folder = (path as NSString).deletingLastPathComponent
        }
        let folderPrefix = folder.isEmpty ? "" : folder + "/"
        if jinja == nil, FileBytes.exists(folderPrefix + "chat_template.jinja") { jinja = folderPrefix + "chat_template.jinja" }
        if config == nil, FileBytes.exists(folderPrefix + "tokenizer_config.json") { config = folderPrefix + "tokenizer_config.json" }

        var variables: [String: TemplateValue] = [:]
        var source: String?
        var toolUse: String?
        if let config {
            let object = try readJSON(config)
            for name in specialTokenNames {
                if let token = object[name] as? String {
                    variables[name] = .string(token)
                } else if let token = (object[name] as? [String: Any])?["content"] as? String {
                    variables[name] = .string(token)
                }
            }
            (source, toolUse) = try templates(in: object, file: config)
        }
        if let jinja {
            guard let text = FileBytes.readArray(jinja).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw TokenizersError(.fileSystem, "cannot read \(jinja); check its permissions")
            }
            source = text
            toolUse = nil
        }
        if let source { return ChatTemplateFile(source: source, toolUseSource: toolUse, variables: variables, origin: jinja ?? config ?? path) }
        if let family, let builtIn = builtIn(family: family) { return builtIn }
        throw TokenizersError(.chatTemplate, "\(path) has no chat template (no chat_template.jinja, and no chat_template in \(config ?? "a tokenizer_config.json")); pass the model's tokenizer_config.json or chat_template.jinja, or the folder of a model that ships one")
    }

    /// The template of `repo` (`Qwen/Qwen3-8B`) where `locator` finds its tokenizer files.
    public static func load(repo: String, locator: TokenizerLocator = TokenizerLocator(), family: String? = nil) throws -> ChatTemplateFile {
        guard let location = try locator.locateLocally(repo) else {
            if let family, let builtIn = builtIn(family: family) { return builtIn }
            throw TokenizersError(.chatTemplate, "no files for \(repo) on this machine; run `tunesmith tokenizers fetch \(repo)` (it brings the chat template with the tokenizer), or pass the template's file")
        }
        return try load(location.folder, family: family)
    }

    /// Templates tunesmith carries for families whose files have none offline.
    public static func builtIn(family: String) -> ChatTemplateFile? {
        switch family {
        case "llama4":
            ChatTemplateFile(source: BuiltInChatTemplates.llama4, variables: ["bos_token": .string("<|begin_of_text|>"), "eos_token": .string("<|eot|>")],
                             origin: "built-in (Llama 4, as transformers 5.24 ships it)")
        default: nil
        }
    }

    static func readJSON(_ path: String) throws -> [String: Any] {
        guard let bytes = FileBytes.readArray(path) else { throw TokenizersError(.fileSystem, "cannot read \(path); check its permissions") }
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
            return object
        } catch {
            throw TokenizersError(.chatTemplate, "\(path) is not a JSON object (\(error.localizedDescription)); download it again")
        }
    }

    /// `chat_template` as a string, or the list of `{"name", "template"}`: ("default", "tool_use").
    static func templates(in config: [String: Any], file: String) throws -> (String?, String?) {
        switch config["chat_template"] {
        case let text as String:
            return (text, nil)
        case let named as [[String: Any]]:
            var byName: [String: String] = [:]
            for entry in named {
                if let name = entry["name"] as? String, let template = entry["template"] as? String { byName[name] = template }
            }
            guard let fallback = byName["default"] ?? byName["tool_use"] else {
                throw TokenizersError(.chatTemplate, "\(file) names its chat templates \(byName.keys.sorted().joined(separator: ", ")) but none is \"default\"; pass the one to use as a chat_template.jinja")
            }
            return (fallback, byName["tool_use"])
        case nil, is NSNull:
            return (nil, nil)
        default:
            throw TokenizersError(.chatTemplate, "\(file)'s chat_template is neither a string nor a list of named templates; download it again")
        }
    }
}
