import ArgumentParser
import Foundation
import Models
import ProviderKit
import Tokenizers

/// `--model M | --encoding E`: which encoding to count with.
struct EncodingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Count for this model (decides the encoding).", valueName: "model"),
            completion: .list(ModelCatalog.knownNames))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("cl100k_base or o200k_base.", valueName: "encoding"),
            completion: .list(EncodingName.allCases.map(\.rawValue)), transform: { try EncodingName(parsing: $0) })
    var encoding: EncodingName?

    /// The default when neither is given: the encoding of today's fine-tunable models.
    static let defaultEncoding = EncodingName.o200kBase

    func validate() throws {
        if model != nil && encoding != nil {
            throw ValidationError("pass either --model or --encoding, not both")
        }
    }

    func encodingName() throws -> EncodingName {
        if let encoding { return encoding }
        if let model { return try ModelCatalog.require(model).encoding }
        return Self.defaultEncoding
    }

    func load() async throws -> Encoding {
        try await EncodingLoader.standard.load(try encodingName())
    }
}

extension EncodingLoader {
    /// The loader the commands use: the process environment, downloads over HTTPS.
    static var standard: EncodingLoader {
        EncodingLoader(environment: ProcessInfo.processInfo.environment, fetcher: RankFileDownload())
    }
}

/// Rank files come over the providers' HTTP client: only `Providers` opens sockets.
struct RankFileDownload: RankFileFetcher {
    func fetch(_ url: String) async throws -> [UInt8] { try await HTTPDownload.bytes(from: url) }
}
