// Test helper for the crash-safety test: appends training examples to FILE until it is killed,
// with PAUSE_MS between appends when given (so a test that runs beside it meets a file that grows
// at a bounded rate, however loaded the machine is).
// Usage: append-loop FILE REWRITE_LIMIT SEED [PAUSE_MS]
import Dataset

let arguments = CommandLine.arguments
guard arguments.count == 4 || arguments.count == 5, let limit = Int(arguments[2]), let seed = UInt64(arguments[3]) else {
    print("usage: append-loop FILE REWRITE_LIMIT SEED [PAUSE_MS]")
    exit(2)
}
let pause = arguments.count == 5 ? UInt32(arguments[4]) ?? 0 : 0
let file = DatasetFile(path: arguments[1], rewriteLimit: limit)
var state = seed
var n = 0
while true {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let length = Int(state >> 50)  // 0 ..< 16384 characters: lines that span several pages
    let text = String(repeating: "abcdefghij", count: length / 10 + 1)
    let example = ChatExample(messages: [
        ChatMessage(role: .user, text: "question \(n)"), ChatMessage(role: .assistant, text: text),
    ])
    try file.append(.chat(example))
    n += 1
    if pause > 0 { usleep(pause * 1000) }
}

#if canImport(Glibc)
    import Glibc
#endif
