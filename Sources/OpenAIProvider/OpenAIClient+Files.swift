import Crypto
import Dataset
import Foundation
import ProviderKit
import Synchronization

extension OpenAIClient {
    /// Uploads a file; files over `uploadsThreshold` go through the Uploads API in parts.
    public func uploadFile(path: String, purpose: String = "fine-tune",
                           progress: (@Sendable (Int64, Int64) -> Void)? = nil) async throws -> ProviderFile {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path), let size = attributes[.size] as? Int64 else {
            throw ProvidersError(.file, "cannot read \(path); check the path")
        }
        let filename = (path as NSString).lastPathComponent
        if size > configuration.uploadsThreshold {
            return try await uploadInParts(path: path, filename: filename, size: size, purpose: purpose, progress: progress)
        }
        let form = MultipartForm(parts: [
            .field(name: "purpose", value: purpose),
            .file(name: "file", filename: filename, path: path, contentType: "application/jsonl"),
        ], progress: progress)
        let file = try await call(APIRequest(.POST, "/files", body: .multipart(form)), as: OpenAIWire.File.self)
        return file.value.providerFile(raw: file.json)
    }

    /// The Uploads API: create, send parts of at most `uploadPartSize` two at a time, complete
    /// with the parts in file order and the whole file's md5.
    func uploadInParts(path: String, filename: String, size: Int64, purpose: String,
                       progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        let md5 = try Self.md5Hex(of: path)
        struct Create: Encodable { let filename: String, purpose: String, bytes: Int64, mime_type: String }
        let upload = try await call(
            APIRequest(.POST, "/uploads", body: try APIRequest.jsonBody(Create(filename: filename, purpose: purpose, bytes: size, mime_type: "text/jsonl"))),
            as: OpenAIWire.Upload.self
        ).value
        let partSize = configuration.uploadPartSize
        let count = Int((size + partSize - 1) / partSize)
        let sentByPart = Mutex([Int64](repeating: 0, count: count))
        var ids = [String](repeating: "", count: count)
        try await withThrowingTaskGroup(of: (Int, String).self) { group in
            var next = 0
            func addPart() {
                let index = next
                next += 1
                let offset = Int64(index) * partSize
                let form = MultipartForm(parts: [
                    .file(name: "data", filename: filename, path: path, contentType: "application/octet-stream",
                          offset: offset, length: min(partSize, size - offset)),
                ], progress: { sent, _ in
                    let total = sentByPart.withLock { parts in
                        parts[index] = sent
                        return parts.reduce(0, +)
                    }
                    progress?(min(total, size), size)
                })
                group.addTask {
                    let part = try await call(APIRequest(.POST, "/uploads/\(upload.id)/parts", body: .multipart(form)), as: OpenAIWire.UploadPart.self)
                    return (index, part.value.id)
                }
            }
            for _ in 0..<min(2, count) { addPart() }
            while let (index, id) = try await group.next() {
                ids[index] = id
                if next < count { addPart() }
            }
        }
        struct Complete: Encodable { let part_ids: [String], md5: String }
        let completed = try await call(
            APIRequest(.POST, "/uploads/\(upload.id)/complete", body: try APIRequest.jsonBody(Complete(part_ids: ids, md5: md5))),
            as: OpenAIWire.Upload.self)
        guard let file = completed.value.file else {
            throw ProvidersError(.decoding, "OpenAI completed upload \(upload.id) without a file (status \(completed.value.status ?? "unknown")); try the upload again")
        }
        return file.providerFile(raw: completed.json?.objectValue?["file"])
    }

    /// The hex md5 of a file, as the Uploads API's `complete` takes it.
    public static func md5Hex(of path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ProvidersError(.file, "cannot open \(path)") }
        defer { try? handle.close() }
        var hash = Insecure.MD5()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update(data: chunk) }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    public func listFiles(purpose: String? = nil) async throws -> [ProviderFile] {
        try await listAll("/files", query: purpose.map { [("purpose", $0)] } ?? [], limit: 100,
                          id: { (file: OpenAIWire.File) in file.id }).map { $0.item.providerFile(raw: $0.raw) }
    }

    public func file(id: String) async throws -> ProviderFile {
        let file = try await call(APIRequest(.GET, "/files/\(id.pathSegmentEncoded)"), as: OpenAIWire.File.self)
        return file.value.providerFile(raw: file.json)
    }

    public func deleteFile(id: String) async throws {
        _ = try await call(APIRequest(.DELETE, "/files/\(id.pathSegmentEncoded)"), as: OpenAIWire.Deleted.self)
    }

    public func fileContent(id: String) async throws -> Data {
        try await send(APIRequest(.GET, "/files/\(id.pathSegmentEncoded)/content")).body
    }
}
