import ArgumentParser
import Foundation
import ProviderKit
import Shell

@main
struct Tunesmith: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tunesmith",
        abstract: "Hand-craft fine-tuning datasets: exact token counts, validation, and more.",
        version: version,
        subcommands: [
            ShellCommand.self, TokensCommand.self, RenderCommand.self, ValidateCommand.self, SplitCommand.self, ImportCommand.self, ExportCommand.self, ChatCommand.self, EvalCommand.self, FilesCommand.self, JobsCommand.self,
            ModelsCommand.self, EndpointsCommand.self, EncodingsCommand.self, TokenizersCommand.self,
        ],
        defaultSubcommand: ShellCommand.self
    )

    /// `tunesmith --version`; a release sets it.
    static let version = "0.1.0"

    /// Runs the command and turns every error into `tunesmith: MESSAGE` and an exit code:
    /// 1 for a failure, 2 for a usage error, 0 for help.
    static func main() async {
        if isatty(STDERR_FILENO) == 1 {
            WaitingNotice.show { FileHandle.standardError.write(Data(("tunesmith: " + TerminalSafeText.neutralized($0) + "\n").utf8)) }
        }
        // Providers in their own modules, registered before parsing so help and completions list them.
        do {
            try DashedWords.check(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(with: error)
        }
    }

    static func exit(with error: Error) -> Never {
        let code: Int32
        var message: String
        switch error {
        case let failure as CommandFailure:
            (code, message) = (failure.exitCode, failure.message)
        case let exit as ExitCode:
            Foundation.exit(exit.rawValue)
        case let localized as LocalizedError where localized.errorDescription != nil:
            (code, message) = (1, localized.errorDescription!)
        default:
            let exitCode = exitCode(for: error)
            if exitCode == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            (code, message) = (exitCode == .validationFailure ? 2 : exitCode.rawValue, fullMessage(for: error))
            if code == 2 && message.contains("Unknown option") { message += "\n(\(DashedWords.unknownOptionHint))" }
        }
        // Messages often carry a server's words (its errors, a job's error): shown neutralised.
        FileHandle.standardError.write(Data(("tunesmith: " + TerminalSafeText.neutralized(message) + "\n").utf8))
        Foundation.exit(code)
    }
}
