import Dataset
import Models
import ProviderKit
import Foundation
import Tokenizers

extension Shell {
    /// Runs one `/command args` line.
    func runCommand(_ line: String) async {
        let body = String(line.dropFirst())
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let words = argument.split(separator: " ").map(String.init)
        func number(_ text: String?) -> Int?? { text.map { Int($0) } ?? .some(nil) }
        func usage() { fail("usage: \(CommandSpec.named(name)?.usage ?? "/help")") }
        // Offline, a reply that starts with / reads as a command; say how to write it as text.
        let asReply = awaitingReply ? "; if the line was the reply, write it as /\(line)" : ""
        if let effect = Self.unconfirmedEffects[name], !reader.isInteractive, !configuration.assumeYes {
            return fail("/\(name) \(effect), so a script runs it only when tunesmith is started with --yes\(asReply)")
        }

        switch name {
        case "help": help(argument.isEmpty ? nil : argument)
        case "quit", "exit", "q": leave()
        case "show": renderDraft()
        case "tokens": renderTokens()
        case "system": editSystem(argument.isEmpty ? nil : argument)
        case "persona":
            if words.first == "save", words.count == 2 { savePersona(words[1]) } else if words.count == 1 { loadPersona(words[0]) } else { usage() }
        case "personas": say(personas.names.map { $0 == persona?.name ? "\($0) (in use)" : $0 }.joined(separator: "\n"))
        case "model":
            guard words.count == 1 else { return usage() }
            chatModel = words[0]
            chatClient = defaultChatClient
            say("chatting with \(chatModel)" + (isOnline ? "" : " (offline: start without --offline and with a key to chat)"))
        case "use":
            guard words.count == 1 else { return usage() }
            useModel(words[0])
        case "provider":
            guard words.count == 1 else { return say("fine-tuning with \(provider?.displayName ?? "no provider")") }
            switchProvider(words[0])
        case "target": await setTarget(words)
        case "set":
            guard words.count == 2 else { return words.isEmpty ? say(settings.summary) : usage() }
            if let problem = settings.set(words[0], words[1]) { fail(problem) } else { say(settings.summary) }
        case "retry":
            guard case .some(let count) = number(words.first) else { return usage() }
            await retry(count)
        case "pick":
            guard let k = words.first.flatMap({ Int($0) }) else { return usage() }
            pick(k)
        case "keep", "reject":
            guard case .some(let k) = number(words.first) else { return usage() }
            judge(k, name == "keep" ? .kept : .rejected)
        case "edit", "edit!":
            guard case .some(let k) = number(words.first) else { return usage() }
            edit(k, inEditor: name == "edit!")
        case "reply":
            guard !argument.isEmpty else { return usage() }
            replyByHand(argument)
        case "undo": undo()
        case "new":
            draft = Draft(system: persona?.system ?? draft.system)
            awaitingReply = false
            say("new draft")
        case "save": save()
        case "prefer": prefer()
        case "list":
            guard case .some(let n) = number(words.first) else { return usage() }
            list(n ?? 10)
        case "open":
            guard let k = words.first.flatMap({ Int($0) }) else { return usage() }
            open(k)
        case "delete":
            guard let k = words.first.flatMap({ Int($0) }) else { return usage() }
            delete(k)
        case "validate":
            guard words.count <= 1 else { return usage() }
            await validateFile(words.first.map(Self.localPath))
        case "split":
            guard words.count <= 1, let fraction = words.isEmpty ? 0.2 : Double(words[0]) else { return usage() }
            split(fraction)
        case "upload":
            guard words.count <= 1 else { return usage() }
            await upload(words.first.map(Self.localPath))
        case "train": await train(words)
        case "jobs": await listJobs()
        case "watch": await watch(words.first ?? lastJobID)
        case "cancel":
            guard let id = words.first ?? lastJobID else { return usage() }
            await cancel(id)
        case "compare":
            guard words.count == 2 else { return usage() }
            await compare(words[0], words[1])
        default:
            let guess = CommandSpec.closest(to: name)
            fail("unknown command /\(name); did you mean /\(guess.name)? usage: \(guess.usage)\(asReply)")
        }
    }

    /// What the commands a script may run only with --yes do: spend money, or delete what cannot
    /// be got back. (A person is asked, or sees the command they typed.)
    static let unconfirmedEffects = [
        "train": "creates a paid fine-tuning job",
        "upload": "sends the file to the provider",
        "cancel": "stops a fine-tuning job",
        "delete": "deletes an example from the file",
    ]

    func help(_ name: String?) {
        if let name {
            let key = name.hasPrefix("/") ? String(name.dropFirst()) : name
            guard let spec = CommandSpec.named(key) else { return fail("no command /\(key); /help lists them") }
            return say("\(spec.usage)\n  \(spec.summary)")
        }
        say("Type a message to add a user turn" + (isOnline ? " (the reply streams in)." : "; then write the ideal reply."))
        say("\"\"\" opens a multi-line block, closed by \"\"\". Tab completes commands and their arguments.")
        say("A line that starts with / is a command; write // for text that starts with / (//etc/hosts is the text /etc/hosts).")
        say("A draft left by a shell that ended is offered at the start; `tunesmith FILE --restore-draft` restores the newest.")
        for spec in CommandSpec.all {
            say("  " + spec.usage.padding(toLength: 48, withPad: " ", startingAt: 0) + style.dim(spec.summary))
        }
    }

    // MARK: The draft

    /// Message number `k` (1-based as /show numbers them), defaulting to the last assistant reply.
    func assistantIndex(_ k: Int?) -> Int? {
        guard let k else {
            if let index = draft.lastAssistantIndex { return index }
            fail("there is no reply yet")
            return nil
        }
        guard let index = draft.index(ofNumber: k), draft.messages[index].isAssistant else {
            fail("message \(k) is not an assistant reply; /show numbers them")
            return nil
        }
        return index
    }

    func judge(_ k: Int?, _ judgement: Judgement) {
        guard let index = assistantIndex(k) else { return }
        draft.messages[index].judgement = judgement
        say("reply \(draft.number(ofIndex: index)) \(judgement == .kept ? "kept: trained on" : "rejected: kept as context with weight 0")")
    }

    func edit(_ k: Int?, inEditor: Bool) {
        let index: Int
        if let k, draft.system != nil, k == 1 {
            return editSystem(nil)
        } else if let k {
            guard let found = draft.index(ofNumber: k) else { return fail("there is no message \(k); /show numbers them") }
            index = found
        } else {
            guard let found = assistantIndex(nil) else { return }
            index = found
        }
        let old = draft.messages[index].text
        let new: String?
        if inEditor || old.contains("\n") {
            guard let editor else { return fail("no editor; set $EDITOR, or use /edit on a one-line message") }
            new = editor.edit(old)
        } else {
            switch reader.readLine(prompt: reader.isInteractive ? "edit \(draft.number(ofIndex: index))> " : "", rightPrompt: nil,
                                   prefill: reader.isInteractive ? old : nil) {
            case .line(let line): new = line
            default: new = nil
            }
        }
        guard let new, !new.isEmpty else { return note("unchanged") }
        guard new != old else { return note("unchanged") }
        if draft.messages[index].isAssistant && draft.messages[index].original == nil { draft.messages[index].original = old }
        draft.messages[index].text = new
        say("message \(draft.number(ofIndex: index)) edited (\(Numbers.grouped(tokens.count(draft.messages[index]))) tok)")
    }

    func replyByHand(_ text: String) {
        awaitingReply = false
        if let last = draft.messages.last, last.isAssistant {
            var message = last
            if message.original == nil { message.original = message.text }
            message.text = text
            draft.messages[draft.messages.count - 1] = message
            say("reply replaced")
        } else if draft.messages.last?.chatRole == .user {
            draft.messages.append(DraftMessage(role: .assistant, text: text))
        } else {
            fail("there is no user message to reply to; type one first")
        }
    }

    func undo() {
        guard let last = draft.messages.popLast() else { return fail("the draft is empty") }
        awaitingReply = false
        say("dropped the \(last.role) message")
    }

    func editSystem(_ text: String?) {
        if let text {
            draft.system = text
            return say("system message set (\(Numbers.grouped(tokens.count(DraftMessage(role: .system, text: text)))) tok)")
        }
        if let editor, reader.isInteractive {
            guard let edited = editor.edit(draft.system ?? ""), edited != draft.system ?? "" else { return note("unchanged") }
            draft.system = edited.isEmpty ? nil : edited
            return say(edited.isEmpty ? "system message removed" : "system message set")
        }
        say(draft.system.map(TerminalSafeText.neutralized) ?? "(no system message; /system TEXT sets one)")
    }

    // MARK: Personas and models

    func loadPersona(_ name: String) {
        guard let found = personas.load(name) else {
            return fail("no persona \"\(name)\"; known: \(personas.names.joined(separator: ", "))")
        }
        apply(found)
        say("persona \(found.name): \(TerminalSafeText.neutralized(found.system))")
    }

    func savePersona(_ name: String) {
        guard PersonaStore.isValidName(name) else { return fail("a persona name is letters, digits, - and _") }
        guard let system = draft.system else { return fail("set a system message first (/system TEXT)") }
        let saved = Persona(name: name, system: system, examples: persona?.examples ?? [], model: chatModel, temperature: settings.temperature)
        do {
            try personas.save(saved)
            persona = saved
            say("saved persona \(name)")
        } catch {
            fail("cannot save the persona: \(error.localizedDescription)")
        }
    }

    /// Chats with `model` through the fine-tuning provider's chat API (a fine-tuned model, or a
    /// Together endpoint), else through the default one.
    func useModel(_ model: String) {
        chatModel = model
        if !configuration.offline, let provider {
            chatClient = provider.chat
        }
        say("chatting with \(model)" + (provider.map { " through \($0.displayName)" } ?? "") + (isOnline ? "" : " (offline)"))
    }

    func switchProvider(_ name: String) {
        guard let providerFactory else { return fail("no providers are configured") }
        do {
            provider = try providerFactory(name)
            say("fine-tuning with \(provider!.displayName): /upload, /train, /jobs, /watch and /cancel go there")
        } catch {
            fail(error.localizedDescription)
        }
    }

    func setTarget(_ words: [String]) async {
        guard words.count == 1 else { return fail("usage: /target M") }
        let resolved: ResolvedTarget
        do {
            resolved = try await targets.resolve(words[0], provider: provider.flatMap { ModelProvider(named: $0.displayName) })
        } catch {
            return fail(error.localizedDescription)
        }
        tokens.use(Self.counting(resolved))
        targetModel = words[0]
        target = resolved
        let trainable = resolved.model.map { $0.isTrainable(on: configuration.today) } ?? true
        say("target \(targetModel): \(tokens.countedWith), \(Numbers.grouped(limit)) tokens per example" + (trainable ? "" : " (it cannot be fine-tuned)"))
        if resolved.model == nil { note("no provider in the catalog lists \(targetModel); the limit shown is a default") }
        warnAboutDeadline()
    }

    /// Says once per target when its provider stops training or serving it within 30 days.
    func warnAboutDeadline() {
        guard let model = target.model, let warning = targets.catalog.deadlineWarning(for: model, today: configuration.today) else { return }
        warn(warning)
    }

}
