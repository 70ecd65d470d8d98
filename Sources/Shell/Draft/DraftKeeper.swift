import Foundation

/// Keeps every change of the draft in this session's autosave slot. When that fails the author
/// hears it at once (and again after a later success), and the exit message no longer says the
/// draft comes back.
@ShellActor
final class DraftKeeper {
    let autosave: DraftAutosave
    let console: Console
    /// Why the draft as it is now is not autosaved; nil when it is.
    private(set) var failure: String?

    init(autosave: DraftAutosave, console: Console) {
        self.autosave = autosave
        self.console = console
    }

    func keep(_ draft: Draft) {
        do {
            try autosave.save(draft)
            failure = nil
        } catch {
            if failure == nil {
                console.fail("the draft could not be autosaved (\(error.localizedDescription)), so it would not come back after a crash; /save it, or make room (or fix the permissions) in \((autosave.path as NSString).deletingLastPathComponent)")
            }
            failure = error.localizedDescription
        }
    }
}
