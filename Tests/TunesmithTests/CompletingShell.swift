import Foundation
import Testing

/// bash, zsh or fish with completions/tunesmith.SHELL loaded, in a folder that holds `marv.jsonl`,
/// `notes.txt` and `sub/`, with the built tunesmith first on PATH (the persona callback runs it)
/// and a config folder whose saved persona is `pirate`.
struct CompletingShell {
    let name: String
    let folder: URL
    let environment: [String: String]

    var script: URL { TunesmithProcess.packageRoot.appendingPathComponent("completions/tunesmith.\(name)") }

    /// Whether the shell is installed; on CI (scripts/test installs it) a missing one fails the tests.
    static func available(_ name: String) -> Bool {
        let found = path(of: name) != nil
        if !found && ProcessInfo.processInfo.environment["CI"] != "true" {
            print("⚠️ SKIPPING \(name) completion tests: \(name) is not installed (scripts/test installs it).")
        }
        return found || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    static func path(of program: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent(program) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    init(_ name: String) throws {
        self.name = name
        let root = try temporaryFolder()
        folder = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for file in ["marv.jsonl", "notes.txt"] {
            try Data().write(to: folder.appendingPathComponent(file))
        }
        let personas = root.appendingPathComponent("config/tunesmith/personas")
        try FileManager.default.createDirectory(at: personas, withIntermediateDirectories: true)
        try Data(#"{"name":"pirate","system":"Arr."}"#.utf8).write(to: personas.appendingPathComponent("pirate.json"))
        let systemPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        environment = ["HOME": root.path, "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                       "XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
                       "XDG_DATA_HOME": root.appendingPathComponent("data").path,
                       "XDG_STATE_HOME": root.appendingPathComponent("state").path,
                       "PATH": TunesmithProcess.binary.deletingLastPathComponent().path + ":" + systemPath,
                       "TERM": "xterm-256color", "LANG": "C.UTF-8"]
    }

    /// What the shell offers for the last of `words` (bash: its completion function, called as
    /// Tab calls it; fish: `complete -C`), without descriptions.
    func candidates(_ words: [String]) async throws -> [String] {
        let program = try #require(Self.path(of: name), "\(name) is not installed: scripts/test installs it")
        let arguments: [String]
        switch name {
        case "bash":
            arguments = ["-c", """
                source "$1"; shift
                COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
                _tunesmith tunesmith "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """, "bash", script.path] + words
        case "fish":
            arguments = ["--no-config", "-c", #"source $argv[1]; complete -C $argv[2]"#, script.path, words.joined(separator: " ")]
        default:
            Issue.record("\(name) is driven through a terminal: use typed(_:)")
            return []
        }
        let result = try await TunesmithProcess.run(arguments, stdinBytes: Data(), environment: environment, in: folder, program: program)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(name) failed completing \(words): \(result.stderr)")
        return result.stdout.split(separator: "\n").map { String($0.split(separator: "\t", maxSplits: 1).first ?? "") }
            .filter { !$0.isEmpty }
    }

    /// Starts the shell interactively in a terminal, completion loaded, types `line`, presses Tab,
    /// and waits until the screen satisfies `predicate`; returns the screen.
    func typed(_ line: String, until what: String, _ predicate: @escaping (String) -> Bool) async throws -> String {
        let program = try #require(Self.path(of: name), "\(name) is not installed: scripts/test installs it")
        var environment = environment
        let arguments: [String]
        switch name {
        case "zsh":
            // Only this .zshrc (-d skips /etc/zsh): the completion system, then the script.
            let zdotdir = folder.deletingLastPathComponent().appendingPathComponent("zdotdir")
            try FileManager.default.createDirectory(at: zdotdir, withIntermediateDirectories: true)
            let zshrc = "PS1='zsh> '\nautoload -Uz compinit && compinit -u -D\nsource \(TmuxSession.quoted(script.path))\n"
            try Data(zshrc.utf8).write(to: zdotdir.appendingPathComponent(".zshrc"))
            environment["ZDOTDIR"] = zdotdir.path
            arguments = [program.path, "-d", "-i"]
        case "fish":
            arguments = [program.path, "--no-config", "-C", "function fish_prompt; echo 'fish> '; end; source \(TmuxSession.quoted(script.path))"]
        default:
            Issue.record("\(name) is driven by calling its completion: use candidates(_:)")
            return ""
        }
        let session = try TmuxSession(arguments, environment: environment, directory: folder, width: 160)
        defer { session.kill() }
        _ = try await session.waitFor("\(name)>")  // the prompt (the screen drops trailing spaces)
        try session.type(line)
        _ = try await session.waitFor(line.trimmingCharacters(in: .whitespaces))  // the screen drops trailing spaces
        try session.press("Tab")
        return try await session.waitFor(what, predicate)
    }
}
