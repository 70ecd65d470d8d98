// The right prompt's work per keystroke. Prints "TOKENS MICROSECONDS_PER_KEYSTROKE".
//   shell-benchmark TOKENS ITERATIONS               a typed line of about TOKENS tokens, counted
//                                                   with o200k_base by OpenAI's rule
//   shell-benchmark TOKENS ITERATIONS MODEL|PATH    a draft of about TOKENS tokens rendered with the
//                                                   model's chat format, and a line being typed after it
import Dataset
import Foundation
import Shell
import Tokenizers

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4, let target = Int(arguments[1]), let iterations = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: shell-benchmark TOKENS ITERATIONS [MODEL|PATH]\n".utf8))
    exit(2)
}
let words = ["The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog,", "and", "Marv", "sighs:", "obviously.", "42", "café"]
func sentence(_ k: inout Int, words n: Int) -> String {
    var text = ""
    for _ in 0..<n {
        text += (text.isEmpty ? "" : " ") + words[k % words.count]
        k += 1
    }
    return text
}

if arguments.count == 3 {
    guard let encoding = try EncodingLoader().loadLocally(.o200kBase) else {
        FileHandle.standardError.write(Data("no o200k_base rank file; set TUNESMITH_ENCODINGS\n".utf8))
        exit(1)
    }
    let cache = TokenCache(encoding: encoding)
    var line = "", k = 0
    while cache.countTyped(line, after: Draft())! < target { line += (line.isEmpty ? "" : " ") + sentence(&k, words: 1) }
    var total = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for i in 0..<iterations { total &+= cache.countTyped(line + String(i % 10), after: Draft())! }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(iterations)
    print(cache.countTyped(line, after: Draft())!, String(format: "%.1f", elapsed), total % 2)
    exit(0)
}

let model = arguments[3]
let format: ChatFormat
if FileManager.default.fileExists(atPath: model) {
    format = try ChatFormat.load(path: model, tokenizer: try TokenizerFiles.load(model).remembering())
} else {
    let locator = TokenizerLocator()
    format = try ChatFormat.load(repo: model, tokenizer: try await locator.load(model).remembering(), locator: locator)
}
let cache = TokenCache(counting: .rendered(RenderedCounting(format)))
var draft = Draft(system: "Marv is a factual chatbot that is also sarcastic.")
var k = 0
while (cache.total(draft) ?? 0) < target {
    draft.messages.append(DraftMessage(role: .user, text: sentence(&k, words: 30)))
    draft.messages.append(DraftMessage(role: .assistant, text: sentence(&k, words: 120)))
}
let typed = sentence(&k, words: 12)
var total = 0
let start = DispatchTime.now().uptimeNanoseconds
for i in 0..<iterations { total &+= cache.countTyped(typed + String(i % 10), after: draft) ?? 0 }
let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(iterations)
print(cache.total(draft) ?? 0, String(format: "%.1f", elapsed), total % 2)
