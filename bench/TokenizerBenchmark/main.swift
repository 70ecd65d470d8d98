// In-process tokenizer throughput for bench/tokenizer: encodes each file on one thread, N runs,
// and prints "FILE LABEL MB/s TOKENS CHECKSUM" lines with the median run's speed and an FNV-1a
// checksum of the ids (so the script compares ids, not only counts). The built-in encodings
// come first; each `--tokenizer LABEL=PATH` adds a tokenizer file (tokenizer.json, tokenizer.model,
// tekken.json, SentencePiece .model).
// Usage: tokenizer-benchmark RUNS [--tokenizer LABEL=PATH]... [--no-encodings] FILE...
import Foundation
import Tokenizers

var arguments = Array(CommandLine.arguments.dropFirst())
guard let first = arguments.first, let runs = Int(first), runs > 0 else {
    FileHandle.standardError.write(Data("usage: tokenizer-benchmark RUNS [--tokenizer LABEL=PATH]... [--no-encodings] FILE...\n".utf8))
    exit(2)
}
arguments.removeFirst()
var tokenizers: [(String, Tokenizer)] = []
var withEncodings = true
var files: [String] = []
var k = 0
while k < arguments.count {
    if arguments[k] == "--tokenizer", k + 1 < arguments.count, let equals = arguments[k + 1].firstIndex(of: "=") {
        let label = String(arguments[k + 1][..<equals])
        tokenizers.append((label, try TokenizerFiles.load(String(arguments[k + 1][arguments[k + 1].index(after: equals)...]), name: label)))
        k += 2
    } else if arguments[k] == "--no-encodings" {
        withEncodings = false
        k += 1
    } else {
        files.append(arguments[k])
        k += 1
    }
}
if withEncodings {
    let loader = EncodingLoader()
    for name in EncodingName.withRankFiles {
        guard let encoding = try loader.loadLocally(name) else {
            FileHandle.standardError.write(Data("no \(name) rank file; set TUNESMITH_ENCODINGS\n".utf8))
            exit(1)
        }
        tokenizers.append((name.rawValue, Tokenizer(encoding)))
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

for path in files {
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    for (label, tokenizer) in tokenizers {
        var times: [Double] = []
        var ids: [Token] = []
        _ = tokenizer.encode(String(text.prefix(1000)))
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            ids = tokenizer.encode(text)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        var checksum: UInt64 = 0xcbf2_9ce4_8422_2325
        for id in ids { checksum = (checksum ^ UInt64(id)) &* 0x100_0000_01b3 }
        print(path, label, String(format: "%.2f", Double(text.utf8.count) / 1e6 / median(times)), ids.count, String(checksum, radix: 16))
    }
}
