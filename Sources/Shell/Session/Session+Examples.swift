import Dataset
import Foundation
import Models
import Tokenizers

/// Writing the draft to the file, loading an example into it, deleting one, and taking any of
/// those back: the file changes only through `DatasetFile`, and each change can be undone once.
extension Session {
    /// /save, and /save! (`insisting`) for an example over the target's limit.
    mutating func save(insisting: Bool = false, _ shell: ShellContext) {
        if let problem = draft.problem() { return shell.fail("not saved: " + problem) }
        if let refusal = shell.tokens.problem(draft) {
            return shell.fail("not saved: \(targetModel)'s chat format refuses it: \(refusal); change the draft, or /target another model")
        }
        let total = shell.tokens.total(draft) ?? 0
        if total > limit && !insisting {
            return shell.fail("not saved: \(Numbers.grouped(total)) tokens is \(Numbers.grouped(total - limit)) over \(targetModel)'s limit of \(Numbers.grouped(limit)), "
                + "so the trainer would cut it short; shorten it (/tokens shows each message's share), or /save! to save it anyway")
        }
        let unjudged = draft.messages.filter { $0.isAssistant && $0.judgement == .unjudged }.count
        let before = draft
        let edit: FileEdit
        let what: String
        let afterUndo: String
        do {
            if let line = draft.replacingLine {
                guard let fingerprint = draft.replacingFingerprint else {
                    return detachFromFile(shell, "which line it replaces cannot be checked (it was opened by an older tunesmith)")
                }
                edit = try shell.file.replaceLine(line, expecting: fingerprint, with: TrainingExample.chat(draft.example).jsonLine)
                let example = draft.replacingExample ?? line
                (what, afterUndo) = ("the replacement of example \(example)", "the file has the old example \(example) again, and the draft your changes")
                shell.say("example \(example) replaced (\(Numbers.grouped(total)) tokens)")
            } else {
                edit = try shell.file.append(.chat(draft.example))
                exampleCount += 1
                (what, afterUndo) = ("the save of example \(exampleCount)", "it is out of \(fileName(shell.configuration.datasetPath)) and back in the draft")
                shell.say("example \(exampleCount) saved to \(fileName(shell.configuration.datasetPath)) (\(Numbers.grouped(total)) tokens)\(savedProgress)")
            }
        } catch let error as DatasetError where error.kind == .exampleChanged {
            return detachFromFile(shell, error.message)
        } catch {
            return shell.fail("\(error.localizedDescription); the draft is kept")
        }
        if total > limit { shell.note("it is over \(targetModel)'s limit of \(Numbers.grouped(limit)) tokens and will be truncated") }
        if unjudged > 0 { shell.note("\(Numbers.plural(unjudged, "reply")) not judged, saved as trained on") }
        draft = Draft(system: persona?.system ?? draft.system)
        draftAsLoaded = draft
        awaitingReply = false
        lastFileChange = FileChange(edit: edit, what: what, afterUndo: afterUndo, draftBefore: before, draftAfter: draft)
    }

    /// " — 3 more before OpenAI accepts the file", then " — 15 of your first 50".
    var savedProgress: String {
        if let provider = trainingProvider, exampleCount < provider.minimumExamples {
            return " — \(provider.minimumExamples - exampleCount) more before \(provider.displayName) accepts the file"
        }
        return exampleCount <= ShellConfiguration.firstGoal ? " — \(exampleCount) of your first \(ShellConfiguration.firstGoal)" : ""
    }

    /// The provider the dataset is for: the one the session fine-tunes with, else the target's.
    var trainingProvider: ModelProvider? {
        providerName ?? target.model?.provider
    }

    /// The opened example cannot be replaced safely: the draft stays, as a new example.
    mutating func detachFromFile(_ shell: ShellContext, _ why: String) {
        let example = draft.replacingExample.map { "example \($0)" } ?? "the example"
        draft.replacingLine = nil
        draft.replacingExample = nil
        draft.replacingFingerprint = nil
        shell.fail("\(example) not replaced: \(why). The draft is kept as a new example: /save appends it, /new discards it")
    }

    mutating func open(_ k: Int, _ shell: ShellContext) {
        let found: ExampleLine
        do {
            found = try shell.file.example(k)
        } catch {
            return shell.fail((error as? DatasetError)?.message ?? "example \(k) cannot be read: \(error.localizedDescription)")
        }
        let fix = "fix line \(found.line) in an editor (/validate lists the errors), then /open \(k) again"
        let parsed: (value: JSONValue, loneSurrogateColumn: Int?)
        switch found.bytes.withUnsafeBufferPointer({ buffer in Result { () throws(JSONSyntaxError) in try JSONParser.parseReportingLoneSurrogates(buffer) } }) {
        case .success(let value): parsed = value
        case .failure(let error):
            let column = found.bytes.withUnsafeBufferPointer { error.column(in: $0) }
            return shell.fail("example \(k) is not valid JSON (line \(found.line), column \(column): \(error.reason)); \(fix)")
        }
        if let column = parsed.loneSurrogateColumn {
            return shell.fail("example \(k) has a lone surrogate escape (line \(found.line), column \(column)), which no text can hold, so /save would change it; \(fix)")
        }
        let example: TrainingExample
        do {
            example = try TrainingExample(json: parsed.value)
        } catch {
            return shell.fail("example \(k) (line \(found.line)) is not a training example: \(error.message); \(fix)")
        }
        guard case .chat(let chat) = example else {
            return shell.fail("example \(k) (line \(found.line)) is a preference or completion example; only chat examples open in the draft")
        }
        guard makeRoomForNewDraft(shell) else { return }
        var opened = Draft()
        var messages = chat.messages
        if messages.first?.role == .system { opened.system = messages.removeFirst().text }
        opened.messages = messages.map {
            DraftMessage(role: $0.role, text: $0.text, judgement: $0.role != .assistant ? .unjudged : $0.weight == 0 ? .rejected : $0.weight == 1 ? .kept : .unjudged)
        }
        opened.replacingLine = found.line
        opened.replacingExample = k
        opened.replacingFingerprint = found.fingerprint
        draft = opened
        draftAsLoaded = opened
        awaitingReply = false
        shell.say("example \(k) opened (\(Numbers.plural(opened.numbered.count, "message"))); /save replaces it, /new leaves it as it is")
    }

    mutating func delete(_ k: Int, _ shell: ShellContext) {
        do {
            let found = try shell.file.example(k)
            let line = found.line
            if shell.reader.isInteractive {
                shell.say(Self.preview(of: found, shell))
                guard case .line(let answer) = shell.reader.readLine(prompt: "delete example \(k)? [y/N] ", rightPrompt: nil, prefill: nil),
                    answer.lowercased().hasPrefix("y")
                else { return shell.note("kept") }
            }
            let before = draft
            let edit = try shell.file.deleteLine(line, expecting: found.fingerprint)
            exampleCount = (try? shell.file.exampleCount()) ?? max(0, exampleCount - 1)
            if let replacing = draft.replacingLine {
                if replacing == line {
                    draft.replacingLine = nil
                    draft.replacingExample = nil
                    draft.replacingFingerprint = nil
                } else if replacing > line {
                    draft.replacingLine = replacing - 1
                    draft.replacingExample = draft.replacingExample.map { $0 - 1 }
                }
            }
            lastFileChange = FileChange(edit: edit, what: "the deletion of example \(k)", afterUndo: "it is back in \(fileName(shell.configuration.datasetPath))",
                                        draftBefore: before, draftAfter: draft)
            shell.say("example \(k) deleted; \(Numbers.plural(exampleCount, "example")) left (/undo brings it back)")
        } catch let error as DatasetError where error.kind == .exampleChanged {
            shell.fail("example \(k) not deleted: \(error.message); /list to see the examples as they are now")
        } catch {
            shell.fail(error.localizedDescription)
        }
    }

    /// /undo: the last save, replacement or deletion when nothing was done to the draft since
    /// (the file goes back exactly, the draft as it was); otherwise the draft's last message.
    mutating func undo(_ shell: ShellContext) {
        if let change = lastFileChange, draft == change.draftAfter {
            lastFileChange = nil
            do {
                try shell.file.undo(change.edit)
            } catch {
                return shell.fail("\(change.what) cannot be undone: \((error as? DatasetError)?.message ?? error.localizedDescription)")
            }
            exampleCount = (try? shell.file.exampleCount()) ?? exampleCount
            draft = change.draftBefore
            awaitingReply = false
            return shell.say("undid \(change.what): \(change.afterUndo)")
        }
        guard let last = draft.messages.popLast() else { return shell.fail("the draft is empty, and there is nothing to undo") }
        awaitingReply = false
        shell.say("dropped the \(last.role) message")
    }

    /// The example's messages, one line each, for a question about it.
    static func preview(of found: ExampleLine, _ shell: ShellContext) -> String {
        guard let value = try? JSONParser.parse(String(decoding: found.bytes, as: UTF8.self)), case .chat(let chat)? = try? TrainingExample(json: value) else {
            return "  " + TerminalSafeText.neutralized(String(decoding: found.bytes.prefix(100), as: UTF8.self))
        }
        return chat.messages.enumerated().map { k, message in
            let text = message.text.replacingOccurrences(of: "\n", with: " ")
            let preview = text.count > 70 ? String(text.prefix(69)) + "…" : text
            return "  \(k + 1) \(message.role.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(TerminalSafeText.neutralized(preview))"
        }.joined(separator: "\n")
    }
}
