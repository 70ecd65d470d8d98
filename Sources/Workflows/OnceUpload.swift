import Dataset
import Foundation
import ProviderKit

/// Uploading a file at most once per provider: the same bytes already uploaded (and still there)
/// are reused, in the shell and in the commands alike.
public struct OnceUpload: Sendable {
    public enum Outcome: Sendable {
        case uploaded(ProviderFile)
        /// The provider already holds these bytes under this file.
        case reused(ProviderFile)

        public var file: ProviderFile {
            switch self {
            case .uploaded(let file), .reused(let file): file
            }
        }
    }

    public let provider: any FineTuningProvider
    /// nil: always upload.
    public let record: UploadRecord?

    public init(provider: any FineTuningProvider, record: UploadRecord?) {
        self.provider = provider
        self.record = record
    }

    /// A local file looked up: its digest (read once), and the provider's file that already
    /// holds these bytes, if any.
    public struct Lookup: Sendable {
        public let path: String
        public let previous: ProviderFile?
        let digest: (sha256: String, size: Int)?
    }

    public func send(_ path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> Outcome {
        let lookup = try await lookUp(path)
        if let file = lookup.previous { return .reused(file) }
        return .uploaded(try await upload(lookup, progress: progress))
    }

    /// The file's digest, and the provider's file that already holds those bytes (and is still there).
    public func lookUp(_ path: String) async throws -> Lookup {
        guard let record, let digest = Checksum.sha256(path: path) else { return Lookup(path: path, previous: nil, digest: nil) }
        guard let entry = record.find(provider: provider.displayName, sha256: digest.sha256),
            let file = try await stillThere(entry.fileID), file.bytes.map({ Int($0) == digest.size }) ?? true, file.filename == entry.filename
        else { return Lookup(path: path, previous: nil, digest: digest) }
        return Lookup(path: path, previous: file, digest: digest)
    }

    /// Uploads the file and remembers it under the digest read when it was looked up.
    public func upload(_ lookup: Lookup, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        let path = lookup.path
        let file = try await provider.uploadFile(path: path, progress: progress)
        if let record, let digest = lookup.digest {
            record.remember(.init(provider: provider.displayName, sha256: digest.sha256, fileID: file.id,
                                  filename: file.filename.isEmpty ? (path as NSString).lastPathComponent : file.filename, bytes: digest.size))
        }
        return file
    }

    /// The provider's file, or nil when it is gone (deleted, or another account's).
    func stillThere(_ id: String) async throws -> ProviderFile? {
        do {
            let file = try await provider.file(id: id)
            return ["error", "deleted", "failed"].contains(file.status?.lowercased() ?? "") ? nil : file
        } catch let error as ProvidersError where error.kind == .notFound || error.kind == .permissionDenied {
            return nil
        }
    }
}
