import CEditLine
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A line editor over libedit: prompt and right prompt (redrawn on every keystroke), emacs keys,
/// history in a file, Tab completion, a line pre-filled for editing, and Ctrl-C / Ctrl-D.
public final class EditLineReader {
    public enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line is dropped; `typed` is what it held.
        case interrupted(typed: String)
        case endOfInput
    }

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private var prompt = ""
    private var promptBuffer = PromptBuffer()
    private var rightBuffer = PromptBuffer()
    var rightPrompt: ((String) -> String)?
    /// The right prompt when it cannot fit beside the line (it then rides above the left one).
    private var stackedRight: String?
    private var interrupted: String?
    /// Gets the text before the cursor; returns candidates for its last word.
    public var completer: ((String) -> [String])?

    /// Escapes in prompts are wrapped in this character (it takes no columns).
    public static let promptEscape: CChar = 1

    public init(programName: String, historyPath: String?) {
        setlocale(LC_CTYPE, "")
        editLine = el_init(programName, shim_stdin(), shim_stdout(), shim_stderr())
        history = history_init()
        self.historyPath = historyPath
        shim_history_setsize(history, 1000)
        shim_history_setunique(history, 1)
        if let historyPath { shim_history_load(history, historyPath) }
        shim_set_history(editLine, history)
        shim_set_editor(editLine, "emacs")
        shim_set_signal(editLine, 1)
        shim_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        shim_set_prompt(editLine, { el in EditLineReader.reader(el)?.currentPrompt() }, Self.promptEscape)
        shim_set_rprompt(editLine, { el in EditLineReader.reader(el)?.currentRightPrompt() }, Self.promptEscape)
        // Register the function before binding it: binding an unknown name can corrupt the heap.
        shim_add_function(editLine, "tunesmith-complete", "Complete the word before the cursor") { el, _ in
            EditLineReader.reader(el!)?.complete() ?? UInt8(CC_ERROR)
        }
        shim_bind(editLine, "^I", "tunesmith-complete")
        // Ctrl-C at the prompt: a key that drops the line. (As a signal, libedit would retry its
        // read once and swallow the first one.) While a reply streams the terminal is not in
        // edit mode, so Ctrl-C is SIGINT there, for InterruptSignal.
        shim_settty(editLine, "-isig")
        shim_add_function(editLine, "tunesmith-interrupt", "Drop the line") { el, _ in
            guard let reader = EditLineReader.reader(el!) else { return UInt8(CC_NEWLINE) }
            reader.interrupted = reader.currentLine().all
            return UInt8(CC_NEWLINE)
        }
        shim_bind(editLine, "^C", "tunesmith-interrupt")
        // Bracketed paste: a pasted block of several lines arrives as one line, not one per line.
        shim_add_function(editLine, "tunesmith-paste", "Paste a block as one message") { el, _ in
            EditLineReader.reader(el!)?.paste() ?? UInt8(CC_ERROR)
        }
        shim_bind(editLine, "\\e[200~", "tunesmith-paste")
        // Typing at the end of the line takes libedit's fast path, which redraws no prompt once
        // the right prompt has left the first row: these keys always redraw, so the count stays live.
        shim_add_function(editLine, "tunesmith-insert", "Insert the key and redraw the prompts") { el, key in
            guard let scalar = Unicode.Scalar(UInt32(key)) else { return UInt8(CC_ERROR) }
            el_insertstr(el, String(Character(scalar)))
            return UInt8(CC_REFRESH)
        }
        for key in 0x20...0x7E {
            // Octal for all but letters and digits: `bind` reads "-" as an option, "\\" and "^" as escapes.
            let character = Character(Unicode.Scalar(UInt8(key)))
            let name = character.isLetter || character.isNumber ? String(character) : "\\" + String(key, radix: 8).leftPadded(to: 3)
            shim_bind(editLine, name, "tunesmith-insert")
        }
        el_source(editLine, nil)  // ~/.editrc
    }

    deinit {
        shim_set_editmode(editLine, 0)
        el_end(editLine)
        history_end(history)
        promptBuffer.release()
        rightBuffer.release()
    }

    private static func reader(_ el: OpaquePointer?) -> EditLineReader? {
        guard let el, let data = shim_get_clientdata(el) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    public func readLine(prompt: String, rightPrompt: ((String) -> String)?, prefill: String?) -> Input {
        self.prompt = prompt
        self.rightPrompt = rightPrompt
        stackedRight = nil
        if let prefill, !prefill.isEmpty { el_push(editLine, prefill) }
        var count: Int32 = 0
        errno = 0
        interrupted = nil
        FileHandle.standardOutput.write(Data("\u{1B}[?2004h".utf8))
        let result = el_gets(editLine, &count)
        FileHandle.standardOutput.write(Data("\u{1B}[?2004l".utf8))
        if let interrupted {
            FileHandle.standardOutput.write(Data("^C\n".utf8))
            return .interrupted(typed: interrupted)
        }
        guard let line = result else {
            if count < 0 && errno == EINTR {
                el_reset(editLine)
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return .interrupted(typed: "")
            }
            return .endOfInput
        }
        guard var text = String(validatingCString: line) else {
            // The terminal sent bytes that are not UTF-8: refuse the line rather than change it.
            FileHandle.standardOutput.write(Data("that line is not valid UTF-8 (check the terminal's encoding); it was not read, type it again\n".utf8))
            return readLine(prompt: prompt, rightPrompt: rightPrompt, prefill: nil)
        }
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    public func addHistory(_ line: String) {
        shim_history_enter(history, line)
        if let historyPath {
            // Private to the user (0700, 0600): the history holds unpublished data.
            let folder = (historyPath as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            chmod(folder, 0o700)
            shim_history_save(history, historyPath)  // libedit writes the file 0600
        }
    }

    /// The line typed so far (all of it, and the part before the cursor).
    func currentLine() -> (all: String, beforeCursor: String) {
        guard let info = el_line(editLine)?.pointee else { return ("", "") }
        let all = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.lastchar - info.buffer), as: UTF8.self)
        let before = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer), as: UTF8.self)
        return (all, before)
    }

    /// Never an empty string: "" would let libedit skip redraws, and the count would go stale.
    /// libedit asks for it first on every redraw, so it also decides where the count goes.
    private func currentRightPrompt() -> UnsafeMutablePointer<CChar>? {
        var text = rightPrompt?(currentLine().all) ?? " "
        if text.isEmpty { text = " " }
        let fits = text.trimmingCharacters(in: .whitespaces).isEmpty
            || PromptLayout.fitsOnOneRow(prompt: prompt, line: currentLine().all, right: text, columns: Int(shim_columns(editLine)))
        stackedRight = fits ? nil : text
        return rightBuffer.holding(fits ? text : " ")
    }

    /// The prompt, under the right prompt's own row when the line is too long to have it beside.
    private func currentPrompt() -> UnsafeMutablePointer<CChar>? {
        guard let stackedRight else { return promptBuffer.holding(prompt) }
        return promptBuffer.holding(PromptLayout.stacked(prompt: prompt, right: stackedRight, columns: Int(shim_columns(editLine))))
    }

    /// Reads the pasted text up to the end marker and puts it on the line, newlines and all: it
    /// stays there to read and edit, and Enter sends it as one message.
    private func paste() -> UInt8 {
        var scalars: [Unicode.Scalar] = []
        let end: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]
        var character: wchar_t = 0
        while el_wgetc(editLine, &character) == 1 {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: character)) ?? "\u{FFFD}")
            if scalars.count >= end.count && Array(scalars.suffix(end.count)) == end {
                scalars.removeLast(end.count)
                break
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        if !text.isEmpty { el_insertstr(editLine, text) }
        return UInt8(CC_REFRESH)
    }

    private func complete() -> UInt8 {
        let before = currentLine().beforeCursor
        guard let candidates = completer?(before), !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let word = String(before.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        let common = candidates.dropFirst().reduce(candidates[0]) { prefix, candidate in
            String(zip(prefix, candidate).prefix { $0 == $1 }.map(\.0))
        }
        var insertion = common.count > word.count ? String(common.dropFirst(word.count)) : ""
        // A folder goes on being completed, so no space after it.
        if candidates.count == 1 && !common.hasSuffix("/") { insertion += " " }
        if !insertion.isEmpty {
            el_insertstr(editLine, insertion)
            return UInt8(CC_REFRESH)
        }
        // Paths are listed by their last part, as shells list them ("/" alone starts a command).
        let folder = word.dropFirst().lastIndex(of: "/").map { word[...$0].count } ?? 0
        let shown = candidates.map { String($0.dropFirst(folder)) }
        let rows = CandidateColumns.rows(shown, width: Int(shim_columns(editLine)))
        FileHandle.standardOutput.write(Data(("\n" + rows.joined(separator: "\n") + "\n").utf8))
        return UInt8(CC_REDISPLAY)
    }
}

/// A C string libedit may keep pointing at until the next call: one allocation, reused (a new one
/// per keystroke would leak, libedit never frees it).
private struct PromptBuffer {
    private var pointer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    mutating func holding(_ text: String) -> UnsafeMutablePointer<CChar>? {
        let bytes = text.utf8CString
        if capacity < bytes.count {
            pointer?.deallocate()
            capacity = max(64, bytes.count)
            pointer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        }
        bytes.withUnsafeBufferPointer { pointer!.update(from: $0.baseAddress!, count: bytes.count) }
        return pointer
    }

    func release() { pointer?.deallocate() }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
