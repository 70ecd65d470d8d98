import Dataset
import Evaluation
import Foundation
import ProviderKit
import TestSupport
import Tokenizers

/// A dataset of `count` examples ("question K" -> "answer K is yes") in a fresh folder, and the
/// models of the eval stub.
struct EvalFixture {
    let folder: URL
    let datasetPath: String

    init(count: Int = 20, reference: (Int) -> String = { "answer \($0) is yes" }) throws {
        folder = try temporaryFolder()
        datasetPath = folder.appendingPathComponent("data-validation.jsonl").path
        var text = ""
        for k in 1...count {
            let example = ChatExample(messages: [
                ChatMessage(role: .system, text: "Answer yes or no."), ChatMessage(role: .user, text: "question \(k)"),
                ChatMessage(role: .assistant, text: reference(k)),
            ])
            text += TrainingExample.chat(example).jsonLine + "\n"
        }
        try text.write(toFile: datasetPath, atomically: true, encoding: .utf8)
    }

    var storePath: String { ResultStore.path(besides: datasetPath) }

    func cases() throws -> [EvalCase] { try CaseReader.read(path: datasetPath, turns: .last).cases }

    static func models(_ stub: EvalStub) -> [EvaluatedModel] {
        ["tuned", "base"].map { EvaluatedModel(label: $0, model: $0, client: EvaluatedModel.compatibleServer(stub.baseURL)) }
    }

    static func judge(_ stub: EvalStub) -> EvaluatedModel {
        EvaluatedModel(label: "judge", model: "judge", client: EvaluatedModel.compatibleServer(stub.baseURL))
    }

    func run(_ stub: EvalStub, judged: Bool = true, concurrency: Int = 4) async throws -> (EvalOutcome, ResultStore) {
        let store = try ResultStore(path: storePath)
        var run = EvalRun(cases: try cases(), models: Self.models(stub), judge: judged ? Self.judge(stub) : nil, store: store,
                          concurrency: concurrency, seed: 7)
        run.rateLimitPause = 0.01
        return (try await run.run(), store)
    }

    func report(_ stub: EvalStub, store: ResultStore, judged: Bool = true) async throws -> EvalReport {
        await EvalReport(cases: try cases(), models: Self.models(stub), judge: judged ? Self.judge(stub) : nil, store: store,
                         tokenizer: Tokenizer(try TestEncodings.load(.o200kBase)))
    }
}
