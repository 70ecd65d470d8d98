import Foundation

extension Shell {
    /// Autosaves the draft. When that fails the author hears it at once (and again after a later
    /// success), and the exit message no longer says the draft comes back.
    func autosaveDraft() {
        do {
            try autosave.save(draft)
            autosaveFailure = nil
        } catch {
            if autosaveFailure == nil {
                fail("the draft could not be autosaved (\(error.localizedDescription)), so it would not come back after a crash; /save it, or make room (or fix the permissions) in \((autosave.path as NSString).deletingLastPathComponent)")
            }
            autosaveFailure = error.localizedDescription
        }
    }
}
