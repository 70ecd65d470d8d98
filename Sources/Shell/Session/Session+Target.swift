import Models
import ProviderKit

/// The target and the fine-tuning provider stay coherent: switching provider brings a model it
/// trains, and /train never sends a model to a provider that does not train it.
extension Session {
    /// /target M: counts switch to M's tokenizer and limit. False when M cannot be resolved.
    @discardableResult
    mutating func retarget(_ model: String, _ shell: ShellContext) async -> Bool {
        let resolved: ResolvedTarget
        do {
            resolved = try await shell.targets.resolve(model, provider: providerName)
        } catch {
            shell.fail(error.localizedDescription)
            return false
        }
        shell.tokens.use(Session.counting(resolved))
        targetModel = model
        target = resolved
        let trainable = resolved.model.map { $0.isTrainable(on: shell.configuration.today) } ?? true
        shell.say("target \(model): \(shell.tokens.countedWith), \(Numbers.grouped(limit)) tokens per example" + (trainable ? "" : " (it cannot be fine-tuned)"))
        if resolved.model == nil { shell.note("no provider in the catalog lists \(model); the limit shown is a default") }
        if let refusal = notTrainedHere(shell) { shell.note(refusal) }
        warnAboutDeadline(shell)
        return true
    }

    /// The session's fine-tuning provider as the catalog names it.
    var providerName: ModelProvider? { provider.flatMap { ModelProvider(named: $0.displayName) } }

    /// The id the provider knows the target by (Fireworks' `accounts/…` for a Hugging Face repo),
    /// or nil when the provider does not train it.
    func targetID(_ shell: ShellContext) -> String? {
        guard let name = providerName else { return targetModel }
        guard let entry = shell.targets.catalog.model(named: targetModel, provider: name) else { return nil }
        return name == .openAI ? targetModel : entry.id
    }

    /// Why /train would refuse the target with this provider; nil when the provider trains it.
    func notTrainedHere(_ shell: ShellContext) -> String? {
        guard let name = providerName, targetID(shell) == nil else { return nil }
        let others = shell.targets.catalog.models(matching: targetModel).map(\.provider).filter { $0 != name }
        let elsewhere = others.first.map { " (\($0.displayName) does: /provider \($0.rawValue))" } ?? ""
        return "\(name.displayName) does not fine-tune \(targetModel)\(elsewhere); /train refuses it until you /target one of \(name.displayName)'s models (Tab lists them)"
    }

    /// After /provider: a target the new provider does not train becomes its default model.
    mutating func followProvider(_ shell: ShellContext) async {
        guard let name = providerName, targetID(shell) == nil else { return }
        guard let choice = shell.targets.catalog.trainableChoice(of: name, today: shell.configuration.today) else {
            return shell.note(notTrainedHere(shell) ?? "")
        }
        let previous = targetModel
        shell.note("\(name.displayName) does not fine-tune \(previous); the target is now its default, \(choice.id) (/target and Tab offer \(name.displayName)'s models)")
        if !(await retarget(choice.id, shell)) {
            shell.note("the target stays \(previous), which \(name.displayName) does not train; /target one of its models before /train")
        }
    }
}
