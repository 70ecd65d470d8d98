// The right prompt's work per keystroke: recounting the whole typed line (as a user message) with
// o200k_base, for a line of about TOKENS tokens. Prints "TOKENS MICROSECONDS_PER_RECOUNT".
// Usage: shell-benchmark TOKENS ITERATIONS
import Foundation
import Shell
import Tokenizers

let arguments = CommandLine.arguments
guard arguments.count == 3, let target = Int(arguments[1]), let iterations = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: shell-benchmark TOKENS ITERATIONS\n".utf8))
    exit(2)
}
guard let encoding = try EncodingLoader().loadLocally(.o200kBase) else {
    FileHandle.standardError.write(Data("no o200k_base rank file; set TUNESMITH_ENCODINGS\n".utf8))
    exit(1)
}
let cache = TokenCache(encoding: encoding)
let words = ["The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog,", "and", "Marv", "sighs:", "obviously.", "42", "café"]
var line = ""
var k = 0
while cache.countTyped(line, after: Draft())! < target {
    line += (line.isEmpty ? "" : " ") + words[k % words.count]
    k += 1
}
let tokens = cache.countTyped(line, after: Draft())!
// Each keystroke adds a character; the right prompt recounts the whole line.
var total = 0
let start = DispatchTime.now().uptimeNanoseconds
for i in 0..<iterations {
    total &+= cache.countTyped(line + String(i % 10), after: Draft())!
}
let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(iterations)
print(tokens, String(format: "%.1f", elapsed), total % 2)

