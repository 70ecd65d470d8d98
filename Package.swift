// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tunesmith",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tunesmith", targets: ["tunesmith"]),
        .library(name: "Tokenizers", targets: ["Tokenizers"]),
        .library(name: "Models", targets: ["Models"]),
        .library(name: "Dataset", targets: ["Dataset"]),
        .library(name: "ProviderKit", targets: ["ProviderKit"]),
        .library(name: "Interchange", targets: ["Interchange"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 to verify rank files (and MD5 for OpenAI's Uploads API later): BoringSSL's
        // assembly is ~10x what a page of our own Swift would do, and it is already audited.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // HTTP/1.1 and 2 with streaming bodies, timeouts and cancellation, for the model providers.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already pulled in by AsyncHTTPClient; used directly for ByteBuffer and the tests' stub server.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "Tokenizers",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "Models",
            dependencies: ["Tokenizers"]
        ),
        .target(
            name: "Dataset",
            dependencies: ["Tokenizers", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The seam: HTTP, retries, errors, the neutral types, the ChatProvider and FineTuningProvider
        // protocols, and the registry of provider descriptors.
        .target(
            name: "ProviderKit",
            dependencies: [
                "Tokenizers",
                "Dataset",
                "Models",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // One module per provider: its wire format mapped onto ProviderKit. Only the executable
        // (which registers them) and their own tests import them.
        .target(
            name: "OpenAIProvider",
            dependencies: ["ProviderKit", "Dataset", "Models", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "TogetherProvider",
            dependencies: ["ProviderKit", "Dataset", "Models"]
        ),
        .target(
            name: "FireworksProvider",
            dependencies: ["ProviderKit", "Dataset", "Models", .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "NIOHTTP1", package: "swift-nio")]
        ),
        // The use cases the shell and the commands share (launch a job, check a file for a
        // provider), printing nothing; they see providers only through ProviderKit.
        .target(
            name: "Workflows",
            dependencies: ["ProviderKit", "Dataset", "Models"]
        ),
        // tunesmith eval and /eval: cases, the runner, the results file, scores, the judge, reports; prints nothing.
        .target(
            name: "Evaluation",
            dependencies: ["ProviderKit", "Tokenizers", "Dataset", "Models"]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(
            name: "EditLine",
            dependencies: ["CEditLine"]
        ),
        // llm's logs.db, read through the system SQLite (no GRDB: a heavy build for a few queries).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // Conversations in from other tools' exports, datasets out in each trainer's shape; prints nothing.
        .target(
            name: "Interchange",
            dependencies: ["Dataset", "Tokenizers", "Models", "CSQLite"]
        ),
        .target(
            name: "Shell",
            dependencies: ["Tokenizers", "Models", "Dataset", "ProviderKit", "Workflows", "Interchange", "Evaluation"]
        ),
        .executableTarget(
            name: "tunesmith",
            dependencies: [
                "Tokenizers",
                "Models",
                "Dataset",
                "ProviderKit",
                "OpenAIProvider",
                "TogetherProvider",
                "FireworksProvider",
                "Workflows",
                "Evaluation",
                "Shell",
                "EditLine",
                "Interchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "tokenizer-benchmark",
            dependencies: ["Tokenizers"],
            path: "bench/TokenizerBenchmark"
        ),
        .executableTarget(
            name: "shell-benchmark",
            dependencies: ["Shell", "Dataset", "Tokenizers"],
            path: "bench/ShellBenchmark"
        ),
        .target(
            name: "TestSupport",
            dependencies: [
                "ProviderKit",
                "Tokenizers",
                "Dataset",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/TestSupport",
            // The providers' spec rules, generated by scripts/generate-spec-rules.py.
            resources: [.copy("SpecRules")]
        ),
        .testTarget(
            name: "TokenizersTests",
            dependencies: ["Tokenizers", "Dataset", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ModelsTests",
            dependencies: ["Models", "Tokenizers", "TestSupport"]
        ),
        .executableTarget(
            name: "append-loop",
            dependencies: ["Dataset"],
            path: "Tests/AppendLoop"
        ),
        .testTarget(
            name: "DatasetTests",
            dependencies: ["Dataset", "Tokenizers", "TestSupport", "append-loop"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ProvidersTests",
            dependencies: ["ProviderKit", "OpenAIProvider", "TogetherProvider", "FireworksProvider", "Dataset", "Models", "Tokenizers", "TestSupport"]
        ),
        .testTarget(
            name: "EvaluationTests",
            dependencies: ["Evaluation", "ProviderKit", "Dataset", "Tokenizers", "TestSupport"]
        ),
        .testTarget(
            name: "ShellTests",
            dependencies: ["Shell", "ProviderKit", "OpenAIProvider", "Dataset", "Tokenizers", "Models", "TestSupport"]
        ),
        .testTarget(
            name: "InterchangeTests",
            dependencies: ["Interchange", "Dataset", "Tokenizers", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TunesmithTests",
            dependencies: ["tunesmith", "Tokenizers", "Models", "EditLine", "TestSupport", "append-loop"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
