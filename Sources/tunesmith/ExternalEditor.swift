import Dataset
import EditLine
import Foundation
import Shell

/// $VISUAL or $EDITOR (else vi) on a temporary file only its owner can read (it holds unpublished data).
struct ExternalEditor: TextEditing {
    func edit(_ text: String) throws(EditedTextRefused) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let command = environment["VISUAL"] ?? environment["EDITOR"] ?? "vi"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tunesmith-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        guard PrivateFiles.create(url.path, holding: Data(text.utf8)) else { return nil }
        let status = try? ChildProcess.runInForeground(["/bin/sh", "-c", "\(command) \"$1\"", "sh", url.path])
        guard status == 0, let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let bytes = [UInt8](data)
        if let (line, column) = InvalidUTF8.position(in: bytes) {
            // Never replaced with U+FFFD, never thrown away: the edit stays where the person can fix it.
            let kept = FileManager.default.temporaryDirectory.appendingPathComponent("tunesmith-edit-\(UUID().uuidString).txt")
            let saved = (try? FileManager.default.moveItem(at: url, to: kept)) != nil
            throw EditedTextRefused(
                "what the editor saved is not valid UTF-8 (line \(line), column \(column)), so nothing changed"
                    + (saved ? "; the edit is kept in \(kept.path): convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8) and paste it, or edit again" : "; edit again and save as UTF-8"))
        }
        var edited = String(decoding: bytes, as: UTF8.self)
        if edited.hasSuffix("\n") { edited.removeLast() }
        return edited
    }
}
