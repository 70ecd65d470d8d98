import Foundation
import Testing

/// Tab in each shell, with the committed completion scripts: after `tunesmith FILE` or an option the
/// words complete as after `tunesmith shell` (the default subcommand: options, their values, persona
/// names from the built binary), the first word offers the subcommand names and the .jsonl files,
/// and the other subcommands complete as before.
@Suite(.timeLimit(.minutes(3)))
struct CompletionBehaviourTests {
    static let subcommands = ["shell", "tokens", "render", "validate", "split", "eval", "import", "export", "chat", "files", "jobs",
                              "models", "endpoints", "encodings", "tokenizers", "help"]

    @Test(.enabled(if: CompletingShell.available("bash")))
    func bashCompletesTheDefaultSubcommand() async throws {
        let bash = try CompletingShell("bash")
        #expect(try await bash.candidates(["tunesmith", "marv.jsonl", "--pers"]) == ["--persona"])
        #expect(try await bash.candidates(["tunesmith", "--persona", ""]) == ["marv", "pirate"])
        #expect(try await bash.candidates(["tunesmith", "marv.jsonl", "--offline", "--persona", "p"]) == ["pirate"])
        #expect(try await bash.candidates(["tunesmith", "marv.jsonl", "--target", "Qwen/Qwen3-8"]) == ["Qwen/Qwen3-8B"])
        #expect(Set(try await bash.candidates(["tunesmith", ""])) == Set(Self.subcommands + ["marv.jsonl", "sub"]))
        #expect(try await bash.candidates(["tunesmith", "--of"]) == ["--offline"])
        // The other subcommands, and `shell` named, as before.
        #expect(try await bash.candidates(["tunesmith", "validate", "--pro"]) == ["--provider"])
        #expect(try await bash.candidates(["tunesmith", "shell", "--persona", "p"]) == ["pirate"])
        #expect(Set(try await bash.candidates(["tunesmith", "models", ""])).isSuperset(of: ["list", "catalog", "delete"]))
    }

    @Test(.enabled(if: CompletingShell.available("fish")))
    func fishCompletesTheDefaultSubcommand() async throws {
        let fish = try CompletingShell("fish")
        #expect(try await fish.candidates(["tunesmith", "marv.jsonl", "--pers"]) == ["--persona"])
        #expect(try await fish.candidates(["tunesmith", "marv.jsonl", "--target", "Qwen/Qwen3-8"]) == ["Qwen/Qwen3-8B"])
        #expect(Set(try await fish.candidates(["tunesmith", ""])) == Set(Self.subcommands + ["marv.jsonl", "sub/"]))
        #expect(Set(try await fish.candidates(["tunesmith", "--offline", ""])) == ["marv.jsonl", "sub/"])
        #expect(try await fish.candidates(["tunesmith", "validate", "--pro"]) == ["--provider"])
        #expect(Set(try await fish.candidates(["tunesmith", "models", ""])) == ["list", "catalog", "delete"])
    }

    /// fish 3.6's `complete -C` cannot run the persona callback (`commandline -C` needs a terminal):
    /// it is typed in one.
    @Test(.enabled(if: CompletingShell.available("fish") && TmuxSession.available))
    func fishCompletesPersonaNamesAfterTheFile() async throws {
        let screen = try await CompletingShell("fish").typed("tunesmith marv.jsonl --persona ", until: "marv and pirate") {
            $0.contains("pirate") && $0.contains("marv ")
        }
        #expect(screen.contains("pirate"), "\(screen)")
    }

    @Test(.enabled(if: CompletingShell.available("zsh") && TmuxSession.available), arguments: [
        ("tunesmith marv.jsonl --pers", "tunesmith marv.jsonl --persona"),
        ("tunesmith --persona ", "pirate"),
        ("tunesmith marv.jsonl --target Qwen/Qwen3-8", "Qwen/Qwen3-8B"),
        ("tunesmith validate --pro", "tunesmith validate --provider"),
    ])
    func zshCompletesTheDefaultSubcommand(_ line: String, _ completed: String) async throws {
        let screen = try await CompletingShell("zsh").typed(line, until: "\"\(completed)\"") { $0.contains(completed) }
        #expect(screen.contains(completed), "\(screen)")
    }

    @Test(.enabled(if: CompletingShell.available("zsh") && TmuxSession.available))
    func zshOffersSubcommandsAndFilesAtTheFirstWord() async throws {
        let screen = try await CompletingShell("zsh").typed("tunesmith ", until: "subcommands and marv.jsonl") {
            $0.contains("validate") && $0.contains("marv.jsonl")
        }
        #expect(Self.subcommands.allSatisfy(screen.contains), "\(screen)")
        #expect(screen.contains("marv.jsonl") && screen.contains("sub/") && !screen.contains("notes.txt"), "\(screen)")
    }
}
