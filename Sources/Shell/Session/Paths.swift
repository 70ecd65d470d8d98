import Foundation

/// The last part of a path: "marv.jsonl".
func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }

/// A path as typed at the prompt: `~/` is the home folder, others are relative to the current one.
func localPath(_ typed: String) -> String {
    typed.hasPrefix("~/") ? NSHomeDirectory() + typed.dropFirst() : typed
}

/// Whether two paths as typed name one file ("./a.jsonl" and "a.jsonl").
func samePath(_ a: String, _ b: String) -> Bool {
    URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
}
