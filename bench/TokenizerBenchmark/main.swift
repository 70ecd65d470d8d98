// In-process tokenizer throughput for bench/tokenizer: encodes each file on one thread, best of N
// runs, and prints "FILE ENCODING MB/s TOKENS" lines (encodeOrdinary for the tiktoken encodings).
// Each `--sentencepiece NAME=PATH` adds a line "FILE NAME MB/s TOKENS IDS_HASH" for that .model
// file, IDS_HASH being FNV-1a over the ids so the script can compare them with sentencepiece's.
// Usage: tokenizer-benchmark RUNS [--sentencepiece NAME=PATH]... FILE...
import Foundation
import Tokenizers

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let runsArgument = arguments.first, let runs = Int(runsArgument) else {
    fail("usage: tokenizer-benchmark RUNS [--sentencepiece NAME=PATH]... FILE...")
}
arguments.removeFirst()
var sentencePieceModels: [(name: String, model: SentencePieceModel)] = []
while arguments.first == "--sentencepiece", arguments.count >= 2 {
    let spec = arguments[1].split(separator: "=", maxSplits: 1).map(String.init)
    guard spec.count == 2, let data = FileManager.default.contents(atPath: spec[1]) else {
        fail("--sentencepiece wants NAME=PATH of a readable .model file, not \(arguments[1])")
    }
    do {
        sentencePieceModels.append((spec[0], try SentencePieceModel(protobuf: [UInt8](data), source: spec[1])))
    } catch {
        fail("\(error)")
    }
    arguments.removeFirst(2)
}
guard !arguments.isEmpty else { fail("usage: tokenizer-benchmark RUNS [--sentencepiece NAME=PATH]... FILE...") }

/// The best time of `runs` calls of `body` (at least one), and its last result.
func best<T>(_ body: () -> T) -> (seconds: Double, result: T) {
    var best = Double.infinity
    var result: T?
    for _ in 0..<max(runs, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        result = body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (best, result!)
}

let loader = EncodingLoader()
for path in arguments {
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    let megabytes = Double(text.utf8.count) / 1e6
    for name in EncodingName.allCases {
        guard let encoding = try loader.loadLocally(name) else {
            FileHandle.standardError.write(Data("no \(name) rank file; set TUNESMITH_ENCODINGS\n".utf8))
            exit(1)
        }
        let (seconds, tokens) = best { encoding.encodeOrdinary(text).count }
        print(path, name.rawValue, String(format: "%.2f", megabytes / seconds), tokens)
    }
    for (name, model) in sentencePieceModels {
        let (seconds, ids) = best { model.encode(text) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for id in ids { hash = (hash ^ UInt64(id)) &* 0x100_0000_01B3 }
        print(path, name, String(format: "%.2f", megabytes / seconds), ids.count, String(hash, radix: 16))
    }
}
