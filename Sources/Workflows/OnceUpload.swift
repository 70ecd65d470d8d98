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

    public func send(_ path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> Outcome {
        if let file = try await previous(path) { return .reused(file) }
        return .uploaded(try await upload(path, progress: progress))
    }

    /// The provider's file that already holds these bytes (and is still there), if any.
    public func previous(_ path: String) async throws -> ProviderFile? {
        guard let record, let digest = Checksum.sha256(path: path),
            let entry = record.find(provider: provider.displayName, sha256: digest.sha256),
            let file = try await stillThere(entry.fileID), file.bytes.map({ Int($0) == digest.size }) ?? true, file.filename == entry.filename
        else { return nil }
        return file
    }

    /// Uploads the file and remembers it.
    public func upload(_ path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        let file = try await provider.uploadFile(path: path, progress: progress)
        if let record, let digest = Checksum.sha256(path: path) {
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
