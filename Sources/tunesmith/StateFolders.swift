import Foundation

/// tunesmith's folders under the XDG base directories (an absolute `$XDG_*_HOME`, else the
/// default under `$HOME`).
enum StateFolders {
    static func folder(_ variable: String, _ fallback: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (environment[variable].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/" + fallback) + "/tunesmith"
    }

    /// `$XDG_STATE_HOME/tunesmith`: drafts, history, the upload record.
    static var state: String { folder("XDG_STATE_HOME", ".local/state") }

    /// What was uploaded where, so the same bytes are not uploaded twice.
    static var uploads: String { state + "/uploads.json" }
}
