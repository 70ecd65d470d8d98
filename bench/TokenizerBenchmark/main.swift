// In-process tokenizer throughput for bench/tokenizer: encodes each file with encodeOrdinary on one
// thread, best of N runs, and prints "FILE ENCODING MB/s TOKENS" lines.
// Usage: tokenizer-benchmark RUNS FILE...
import Foundation
import Tokenizers

let arguments = CommandLine.arguments
guard arguments.count >= 3, let runs = Int(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: tokenizer-benchmark RUNS FILE...\n".utf8))
    exit(2)
}
let loader = EncodingLoader()
for path in arguments[2...] {
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    for name in EncodingName.allCases {
        guard let encoding = try loader.loadLocally(name) else {
            FileHandle.standardError.write(Data("no \(name) rank file; set TUNESMITH_ENCODINGS\n".utf8))
            exit(1)
        }
        var best = Double.infinity
        var tokens = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            tokens = encoding.encodeOrdinary(text).count
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(path, name.rawValue, String(format: "%.2f", Double(text.utf8.count) / 1e6 / best), tokens)
    }
}
