import Foundation
import Shell
import TestSupport
import Testing

/// /help, Tab and the dispatcher all read one list of command types; these tests hold them to it
/// from the outside: what /help lists is what Tab offers, and every name it lists runs.
@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct CommandTableTests {
    /// Every command the shell has, as /help lists them (a command lost from the list fails here).
    static let expected = [
        "system", "persona", "personas", "model", "target", "set", "retry", "pick", "keep", "reject", "edit", "edit!", "reply",
        "undo", "show", "tokens", "save", "save!", "prefer", "new", "list", "open", "delete", "validate", "split", "upload", "train",
        "jobs", "watch", "cancel", "use", "provider", "compare", "import", "next", "skip", "queue", "eval", "help", "quit",
    ]

    /// The usage lines /help prints, by command name.
    static func usages(inHelp text: String) -> [(name: String, usage: String)] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  /") else { return nil }
            let usage = line.dropFirst(2).components(separatedBy: "  ").first!.trimmingCharacters(in: .whitespaces)
            return (String(usage.dropFirst().prefix { $0 != " " }), usage)
        }
    }

    @Test func helpAndTabListTheSameCommands() async throws {
        let harness = try await ShellHarness.make(online: false)
        let reader = ScriptedReader(["/help"])
        try await harness.run(reader)
        let listed = Self.usages(inHelp: harness.output.text).map(\.name)
        #expect(listed == Self.expected)
        let complete = try #require(reader.completer)
        #expect(complete("/").sorted() == listed.map { "/" + $0 }.sorted())
        #expect(complete("/help ").sorted() == listed.sorted())
        for name in listed {
            #expect(complete("/" + name).contains("/" + name), "Tab does not complete /\(name)")
            #expect(harness.output.text.contains("/\(name)") , "/help does not list /\(name)")
        }
    }

    /// Each listed command runs (never "unknown command"); one that needs words says its usage
    /// when it gets none. (/set and /provider alone show the current value instead.)
    @Test func everyListedCommandRunsAndSaysItsUsageWithoutItsWords() async throws {
        let harness = try await ShellHarness.make(online: false)
        try await harness.run(ScriptedReader(["/help"]))
        let usages = Self.usages(inHelp: harness.output.text)
        #expect(usages.map(\.name) == Self.expected)
        for (name, usage) in usages {
            let run = try await ShellHarness.make(online: false)
            try await run.run(ScriptedReader(["/" + name]), yes: true)
            let text = run.output.text
            #expect(!text.contains("unknown command"), "/\(name) did not run: \(text)")
            let needsWords = usage.split(separator: " ").dropFirst().first.map { $0.first?.isUppercase == true } ?? false
            switch name {
            case "set": #expect(text.contains("temperature default"))
            case "provider": #expect(text.contains("fine-tuning with no provider"))
            case _ where needsWords: #expect(text.contains("error: usage: \(usage)\n"), "/\(name) alone: \(text)")
            default: #expect(!text.contains("error: usage:"), "/\(name) alone: \(text)")
            }
        }
        for alias in ["exit", "q"] {
            let run = try await ShellHarness.make(online: false)
            try await run.run(ScriptedReader(["/" + alias, "/show"]))
            #expect(run.output.text.isEmpty, "/\(alias) does not leave: \(run.output.text)")
        }
    }
}
