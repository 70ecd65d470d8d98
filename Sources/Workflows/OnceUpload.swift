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
        let digest = record == nil ? nil : Checksum.sha256(path: path)
        let filename = (path as NSString).lastPathComponent
        if let record, let digest, let entry = record.find(provider: provider.displayName, sha256: digest.sha256),
           let file = try await stillThere(entry.fileID), file.bytes.map({ Int($0) == digest.size }) ?? true, file.filename == entry.filename {
            return .reused(file)
        }
        let file = try await provider.uploadFile(path: path, progress: progress)
        if let record, let digest {
            record.remember(.init(provider: provider.displayName, sha256: digest.sha256, fileID: file.id, filename: file.filename.isEmpty ? filename : file.filename,
                                  bytes: digest.size))
        }
        return .uploaded(file)
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
