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
        .library(name: "Providers", targets: ["Providers"]),
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
        .target(
            name: "Providers",
            dependencies: [
                "Dataset",
                "Models",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "FireworksProvider",
            dependencies: ["Providers", "Dataset", "Models", .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "NIOHTTP1", package: "swift-nio")]
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
        .target(
            name: "Shell",
            dependencies: ["Tokenizers", "Models", "Dataset", "Providers"]
        ),
        .executableTarget(
            name: "tunesmith",
            dependencies: [
                "Tokenizers",
                "Models",
                "Dataset",
                "Providers",
                "FireworksProvider",
                "Shell",
                "EditLine",
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
                "Tokenizers",
                "Dataset",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "TokenizersTests",
            dependencies: ["Tokenizers", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ModelsTests",
            dependencies: ["Models", "Tokenizers"]
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
            dependencies: ["Providers", "FireworksProvider", "Dataset", "Models", "TestSupport"]
        ),
        .testTarget(
            name: "ShellTests",
            dependencies: ["Shell", "Providers", "Dataset", "Tokenizers", "Models", "TestSupport"]
        ),
        .testTarget(
            name: "TunesmithTests",
            dependencies: ["tunesmith", "Tokenizers", "Models", "EditLine", "TestSupport", "append-loop"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
