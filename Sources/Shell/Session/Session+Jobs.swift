import Dataset
import Foundation
import ProviderKit
import Workflows

extension Session {
    func hasProvider(_ shell: ShellContext) -> Bool {
        if provider == nil { shell.fail("no fine-tuning provider; \(shell.configuration.providers.keyAdvice), and restart") }
        return provider != nil
    }

    /// The file's report, refusing it when it has errors or the provider's rules would.
    func readyReport(_ path: String, purpose: ValidationTarget.Purpose = .training, _ shell: ShellContext) -> ValidationReport? {
        do {
            return try fileCheck(shell, purpose).check(path)
        } catch {
            Self.refuse(error, shell)
            return nil
        }
    }

    func fileCheck(_ shell: ShellContext, _ purpose: ValidationTarget.Purpose = .training) -> TrainingFileCheck {
        TrainingFileCheck(target: validationTarget(purpose, shell), provider: provider)
    }

    /// Says why a workflow stopped: a file's report and its errors, the provider's refusal, or a no.
    static func refuse(_ error: Error, _ shell: ShellContext) {
        guard let refusal = error as? WorkflowError else { return shell.fail(error.localizedDescription) }
        switch refusal.kind {
        case .fileHasErrors:
            var text = ""
            refusal.report?.render(into: &text, nextStep: false)
            shell.output.write(text + "\n")
            shell.fail("\(fileName(refusal.path ?? "the file")) has errors; fix them first")
        case .notConfirmed:
            shell.note(refusal.message)
        default:
            shell.fail(refusal.message)
        }
    }

    func uploadFile(_ path: String, _ shell: ShellContext) async -> String? {
        guard let provider else { return nil }
        do {
            let file = try await provider.uploadFile(path: path, progress: nil)
            shell.sayFromServer("uploaded \(fileName(path)) as \(file.id)")
            return file.id
        } catch {
            shell.fail(error.localizedDescription)
            return nil
        }
    }

    mutating func upload(_ path: String? = nil, _ shell: ShellContext) async {
        let path = path ?? shell.configuration.datasetPath
        guard FileManager.default.fileExists(atPath: path) else {
            return shell.fail(samePath(path, shell.configuration.datasetPath) ? "no examples yet; /save writes the first" : "no file \(path); check the path (Tab completes it)")
        }
        guard hasProvider(shell), readyReport(path, purpose: Self.purpose(of: path, shell.configuration), shell) != nil else { return }
        lastFileID = await uploadFile(path, shell)
    }

    /// What a supervised job trains on: /split's two files when its record says they are the halves
    /// of the dataset as it is now; the whole dataset when there are none; nil (refused) otherwise.
    static func trainingFiles(_ shell: ShellContext) -> (train: String, validation: String?)? {
        let dataset = shell.configuration.datasetPath
        switch DatasetSplitter.status(of: dataset) {
        case .current(let train, let validation):
            shell.note("training on \(fileName(train)), holding out \(fileName(validation)) for validation (from /split)")
            return (train, validation)
        case .none:
            return (dataset, nil)
        case .stale(let why):
            let outputs = DatasetSplitter.outputPaths(for: dataset)
            shell.fail("not trained: \(why); /split again, or /train --whole to train on the whole file (or delete \(fileName(outputs.train)) and \(fileName(outputs.validation)))")
            return nil
        }
    }
}
