import Foundation
import TestSupport
import Testing

/// The committed completion scripts are what the command definitions generate now, taught the
/// default subcommand by scripts/lib/default-subcommand-completions (run scripts/generate-completions
/// after changing a command).
struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptIsUpToDate(_ shell: String) async throws {
        let parsersOwn = try await TunesmithProcess.run(["--generate-completion-script", shell])
        #expect(parsersOwn.status == 0)
        let filter = TunesmithProcess.packageRoot.appendingPathComponent("scripts/lib/default-subcommand-completions")
        let generated = try await TunesmithProcess.run([shell], stdinBytes: Data(parsersOwn.stdout.utf8), program: filter)
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try String(contentsOf: TunesmithProcess.packageRoot.appendingPathComponent("completions/tunesmith.\(shell)"), encoding: .utf8)
        #expect(generated.stdout == committed, "completions/tunesmith.\(shell) is out of date: run scripts/generate-completions")
    }

    /// Tab after --persona offers the personas the author saved, read from the config folder
    /// when Tab is pressed (each script calls back into tunesmith for them).
    @Test func personaNamesCompleteFromTheAuthorsPersonas() async throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/tunesmith/personas", withIntermediateDirectories: true)
        try Data(#"{"name":"pirate","system":"Arr."}"#.utf8).write(to: URL(fileURLWithPath: folder.path + "/tunesmith/personas/pirate.json"))
        var environment = TunesmithProcess.environment
        environment["XDG_CONFIG_HOME"] = folder.path
        let all = try await TunesmithProcess.run(["---completion", "shell", "--", "--persona", "0", "0", ""], environment: environment)
        #expect(all.stdout.split(separator: "\n") == ["marv", "pirate"], "\(all.stderr)")
        let typed = try await TunesmithProcess.run(["---completion", "shell", "--", "--persona", "1", "1", "p"], environment: environment)
        #expect(typed.stdout == "pirate\n")
        for shell in ["bash", "zsh", "fish"] {
            let script = try String(contentsOf: TunesmithProcess.packageRoot.appendingPathComponent("completions/tunesmith.\(shell)"), encoding: .utf8)
            #expect(script.contains("---completion shell -- --persona"), "\(shell) does not ask tunesmith for persona names")
        }
    }
}
