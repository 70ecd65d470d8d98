import Dataset
import Foundation
import ProviderKit

extension FireworksClient {
    /// Uploads a JSONL file as a dataset whose id comes from its name and content: a READY dataset
    /// with that id is the same file and is reused. Otherwise the dataset is created with its
    /// example count, filled (`:upload` up to 150 MB, else signed URLs) and waited for until READY.
    public func uploadDataset(path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        let id = try FireworksResourceID.dataset(path: path)
        let size = try fileSize(path)
        guard size > 0 else { throw ProvidersError(.file, "\(path) is empty; Fireworks refuses empty datasets") }
        var existing: (value: FireworksWire.Dataset, raw: JSONValue?)?
        do { existing = try await dataset(id: id) } catch let error as ProvidersError where error.kind == .notFound { existing = nil }
        if let existing, existing.value.state == "READY" { return Self.file(existing.value, id: id, raw: existing.raw) }
        if existing == nil {
            let (count, format) = try Self.examples(path)
            var dataset = JSONObject([.init("userUploaded", .object(JSONObject())), .init("exampleCount", .string("\(count)")),
                                      .init("displayName", .string((path as NSString).lastPathComponent))])
            if let format { dataset["format"] = .string(format) }
            let body = JSONObject([.init("datasetId", .string(id)), .init("dataset", .object(dataset))])
            _ = try await send(APIRequest(.POST, try accountPath("/datasets"), body: Self.json(body), safety: .notRepeatable))
        }
        if size <= configuration.directUploadLimit {
            try await uploadDirectly(id: id, path: path, progress: progress)
        } else {
            try await uploadThroughSignedURL(id: id, path: path, size: size, progress: progress)
        }
        return try await waitUntilReady(id: id)
    }

    /// `POST .../datasets/{id}:upload`, one multipart field `file`.
    func uploadDirectly(id: String, path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws {
        let name = (path as NSString).lastPathComponent
        let form = MultipartForm(parts: [.file(name: "file", filename: name, path: path, contentType: "application/octet-stream")], progress: progress)
        _ = try await send(APIRequest(.POST, try accountPath("/datasets/\(id):upload"), body: .multipart(form)))
    }

    /// `:getUploadEndpoint` for the one file, `PUT` its bytes to the signed URL (no key, and the two
    /// signed headers exactly), then `:validateUpload`.
    func uploadThroughSignedURL(id: String, path: String, size: Int64, progress: (@Sendable (Int64, Int64) -> Void)?) async throws {
        let name = Self.shardName(path)
        let body = JSONObject([.init("filenameToSize", .object(JSONObject([.init(name, .string("\(size)"))])))])
        let endpoint = try await call(APIRequest(.POST, try accountPath("/datasets/\(id):getUploadEndpoint"), body: Self.json(body)),
                                      as: FireworksWire.UploadEndpoint.self).value
        guard let url = endpoint.filenameToSignedUrls?[name] else {
            throw ProvidersError(.decoding, "Fireworks gave no upload URL for \(name); try the upload again")
        }
        guard url.hasPrefix("https://") || Self.isLoopback(url) else {
            throw ProvidersError(.decoding, "Fireworks gave an upload URL that is not https (\(url.prefix(40))...); not sending the file there")
        }
        let form = MultipartForm(parts: [.file(name: "file", filename: name, path: path, contentType: "application/octet-stream")], progress: progress)
        var put = APIRequest(.PUT, url, body: .raw(form))
        put.headers.add(name: "x-goog-content-length-range", value: "\(size),\(size)")
        do {
            _ = try await bare.send(put)
        } catch let error as ProvidersError where error.status != nil {
            // The storage's own answer, not Fireworks': its advice about keys and accounts would mislead.
            throw ProvidersError(.badRequest, "the signed upload URL refused \(name) (HTTP \(error.status!)); upload the file again for fresh URLs",
                                 status: error.status)
        }
        _ = try await send(APIRequest(.POST, try accountPath("/datasets/\(id):validateUpload"), body: Self.json(JSONObject())))
    }

    /// Polls the dataset until it is READY; a dataset whose status reports a problem ends the wait.
    func waitUntilReady(id: String) async throws -> ProviderFile {
        let deadline = Date().addingTimeInterval(configuration.readyTimeout)
        while true {
            let (dataset, raw) = try await dataset(id: id)
            if dataset.state == "READY" { return Self.file(dataset, id: id, raw: raw) }
            if let status = dataset.status, status.isProblem {
                throw ProvidersError(.badRequest, "Fireworks did not accept dataset \(id): \(status.message ?? status.code?.name ?? "no reason given"); "
                                     + "fix the file (`tunesmith validate FILE --provider fireworks`) and upload it again")
            }
            guard Date() < deadline else {
                throw ProvidersError(.timeout, "dataset \(id) is still \(dataset.state ?? "not ready") after \(Int(configuration.readyTimeout)) s; "
                                     + "check it later with `tunesmith files show \(id) --provider fireworks`")
            }
            try await Task.sleep(nanoseconds: UInt64(configuration.readyPollInterval * 1e9))
        }
    }

    func dataset(id: String) async throws -> (value: FireworksWire.Dataset, raw: JSONValue?) {
        try await call(APIRequest(.GET, try accountPath("/datasets/\(FireworksResourceID.id(id).pathSegmentEncoded)")), as: FireworksWire.Dataset.self)
    }

    public func datasetFile(id: String) async throws -> ProviderFile {
        let (dataset, raw) = try await dataset(id: id)
        return Self.file(dataset, id: FireworksResourceID.id(id), raw: raw)
    }

    public func listDatasets() async throws -> [ProviderFile] {
        try await list(try accountPath("/datasets"), key: "datasets", as: FireworksWire.Dataset.self).map { entry in
            Self.file(entry.item, id: FireworksResourceID.id(entry.item.name ?? ""), raw: entry.raw)
        }
    }

    public func deleteDataset(id: String) async throws {
        _ = try await send(APIRequest(.DELETE, try accountPath("/datasets/\(FireworksResourceID.id(id).pathSegmentEncoded)")))
    }

    static func file(_ dataset: FireworksWire.Dataset, id: String, raw: JSONValue?) -> ProviderFile {
        var parts: [String] = []
        if let state = dataset.state { parts.append(state.lowercased()) }
        if let count = dataset.exampleCount?.value { parts.append("\(count) examples") }
        if let status = dataset.status, status.isProblem { parts.append("\(status.code?.name ?? "error"): \(status.message ?? "")") }
        var file = ProviderFile(id: id, filename: dataset.displayName ?? id, createdAt: FireworksWire.date(dataset.createTime),
                                purpose: dataset.format.map { $0.lowercased() }, status: parts.isEmpty ? nil : parts.joined(separator: ", "))
        file.raw = raw
        return file
    }

    /// The example count Fireworks wants with the dataset (non-blank lines) and its format: CHAT
    /// for conversations; nothing for preference pairs, which no format value names.
    static func examples(_ path: String) throws -> (count: Int, format: String?) {
        var count = 0
        var format: String?
        try JSONLReader.read(path: path) { lines in
            for line in lines where !line.isBlank {
                if count == 0, let object = (try? JSONParser.parse(line.bytes))?.objectValue, object.has("messages") { format = "CHAT" }
                count += 1
            }
        }
        return (count, format)
    }

    /// Fireworks' upload helper takes only top-level files named `*.jsonl` in lower case.
    static func shardName(_ path: String) -> String {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return (stem.isEmpty ? "dataset" : stem) + ".jsonl"
    }

    static func isLoopback(_ url: String) -> Bool {
        url.hasPrefix("http://127.0.0.1:") || url.hasPrefix("http://localhost:")
    }

    func fileSize(_ path: String) throws -> Int64 {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path), let size = attributes[.size] as? Int64 else {
            throw ProvidersError(.file, "cannot read \(path); check the path and its permissions")
        }
        return size
    }
}
