import Foundation
import Testing

/// The committed completion scripts are what the command definitions generate now
/// (run scripts/generate-completions after changing a command).
struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptIsUpToDate(_ shell: String) async throws {
        let generated = try await TunesmithProcess.run(["--generate-completion-script", shell])
        #expect(generated.status == 0)
        let committed = try String(contentsOf: TunesmithProcess.packageRoot.appendingPathComponent("completions/tunesmith.\(shell)"), encoding: .utf8)
        #expect(generated.stdout == committed, "completions/tunesmith.\(shell) is out of date: run scripts/generate-completions")
    }
}
