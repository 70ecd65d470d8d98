import Foundation
import TestSupport
import Testing

/// A fixture of `scripts/generate-hf-pipeline-fixtures.py`: a tokenizer.json variant (a base file
/// with some keys replaced) and HF `tokenizers`' ids and decoded text for the shared corpus.
struct HFPipelineFixture: Decodable {
    let variant: String
    let base: String
    let reference: String
    let ids: [[UInt32]]
    let special_ids: [String: [UInt32]]
    let decoded: [String: String]
    /// Byte tokens spelling invalid UTF-8, and the text HF decodes them to.
    let decode_cases: [DecodeCase]

    struct DecodeCase: Decodable {
        let ids: [UInt32]
        let text: String
    }

    static let folder = "Fixtures/hf-pipeline"

    static func gunzipped(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "\(folder)/\(name)", withExtension: "gz"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestSupportError("gzip -dc \(url.path) failed") }
        return data
    }

    static func load(_ variant: String) throws -> HFPipelineFixture {
        try JSONDecoder().decode(HFPipelineFixture.self, from: gunzipped(variant + ".json"))
    }

    static let texts: [String] = {
        struct Corpus: Decodable { let texts: [String] }
        return (try? JSONDecoder().decode(Corpus.self, from: gunzipped("corpus.json")).texts) ?? []
    }()

    /// The variant's tokenizer.json, built from its base as the script built it, written to a file.
    static func tokenizerFile(_ variant: String) throws -> String {
        let raw = try JSONSerialization.jsonObject(with: gunzipped(variant + ".json")) as? [String: Any]
        let fixture = try #require(raw)
        let base = try #require(fixture["base"] as? String)
        let baseData = base == "llama3"
            ? try Data(contentsOf: URL(fileURLWithPath: try TestTokenizers.folder() + "/llama3/tokenizer.json"))
            : try gunzipped(base + ".tokenizer.json")
        var object = try #require(try JSONSerialization.jsonObject(with: baseData) as? [String: Any])
        for (key, value) in fixture["overrides"] as? [String: Any] ?? [:] {
            if key == "added_tokens+" {
                object["added_tokens"] = (object["added_tokens"] as? [Any] ?? []) + (value as? [Any] ?? [])
            } else {
                object[key] = value
            }
        }
        var model = try #require(object["model"] as? [String: Any])
        for (key, value) in fixture["model_overrides"] as? [String: Any] ?? [:] { model[key] = value }
        object["model"] = model
        let file = try temporaryFolder().appendingPathComponent("\(variant).tokenizer.json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        return file.path
    }
}
