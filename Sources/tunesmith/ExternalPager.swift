import Dataset
import EditLine
import Foundation
import Shell

/// $PAGER (else `less -R`) on a temporary file only its owner can read (it holds unpublished data);
/// false when standard output is not a terminal or the pager could not run, so the text is printed.
struct ExternalPager: TextPaging {
    func page(_ text: String) -> Bool {
        guard Terminal.standardOutputIsTerminal else { return false }
        let environment = ProcessInfo.processInfo.environment
        let command = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tunesmith-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        guard PrivateFiles.create(url.path, holding: Data(text.utf8)) else { return false }
        let status = try? ChildProcess.runInForeground(["/bin/sh", "-c", "\(command) \"$1\"", "sh", url.path])
        return status == 0
    }
}
