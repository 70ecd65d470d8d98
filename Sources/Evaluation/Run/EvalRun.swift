import Dataset
import Foundation
import ProviderKit

/// Sends every case to every model (and, with a judge, each pair of replies to it), N requests
/// at a time, keeping each result in the store as it arrives. What the store holds already is not
/// sent again. Each request goes under its client's retry policy (the same as chat's); a 429 that
/// outlasts it halves the number of requests at a time and puts the request back in the queue,
/// and the number climbs back one at a time as replies succeed. Any other failure of one request
/// is recorded as a failure; only a problem every request would share (no key, a key refused, no
/// quota, an unknown model) stops the run.
public struct EvalRun: Sendable {
    public let cases: [EvalCase]
    public let models: [EvaluatedModel]
    public let judge: EvaluatedModel?
    public let store: ResultStore
    public var concurrency: Int
    /// Seeds the judge's shuffles (each record keeps the seed it used).
    public var seed: UInt64
    /// Seconds to wait before sending a request again after a 429 outlasted the retry policy.
    public var rateLimitPause: Double = 2
    /// How often one request may meet such a 429 before it is recorded as a failure.
    public var rateLimitAttempts = 6

    public init(cases: [EvalCase], models: [EvaluatedModel], judge: EvaluatedModel? = nil, store: ResultStore, concurrency: Int = 4, seed: UInt64 = 0) {
        self.cases = cases
        self.models = models
        self.judge = judge
        self.store = store
        self.concurrency = max(1, concurrency)
        self.seed = seed
    }

    enum Job: Sendable {
        case reply(EvalCase, EvaluatedModel)
        case judgment(EvalCase, first: EvaluatedModel, second: EvaluatedModel, judge: EvaluatedModel)
    }

    /// The failures that stop a run: every request would meet them.
    static let fatalKinds: Set<ProvidersError.Kind> = [.missingAPIKey, .authentication, .permissionDenied, .insufficientQuota, .notFound]

    /// Runs the replies, then the judgments. Cancelling the task stops it; what arrived is kept.
    public func run(progress: @escaping @Sendable (EvalProgress) -> Void = { _ in }) async throws -> EvalOutcome {
        var outcome = EvalOutcome(lowestConcurrency: concurrency)
        var replyJobs: [Job] = []
        for evalCase in cases {
            for model in models {
                if await store.reply(evalCase.exampleHash, evalCase.turn, model.label)?.succeeded == true { outcome.kept += 1 } else { replyJobs.append(.reply(evalCase, model)) }
            }
        }
        let judgeTotal = judge == nil ? 0 : cases.count * max(0, models.count - 1)
        progress(.started(total: replyJobs.count + judgeTotal, kept: outcome.kept))
        var counter = Counter(total: replyJobs.count + judgeTotal)
        try await send(replyJobs, &outcome, &counter, progress)
        guard let judge, models.count > 1 else { return outcome }
        var judgeJobs: [Job] = []
        for evalCase in cases {
            for second in models.dropFirst() {
                let first = models[0]
                if await store.judgment(evalCase.exampleHash, evalCase.turn, judge: judge.label, first.label, second.label)?.succeeded == true {
                    outcome.kept += 1
                    counter.total -= 1
                } else {
                    judgeJobs.append(.judgment(evalCase, first: first, second: second, judge: judge))
                }
            }
        }
        try await send(judgeJobs, &outcome, &counter, progress)
        return outcome
    }

    struct Counter {
        var total: Int
        var done = 0
        var failed = 0
    }

    enum Result: Sendable {
        case done(failed: Bool)
        case rateLimited
    }

    private func send(_ jobs: [Job], _ outcome: inout EvalOutcome, _ counter: inout Counter,
                      _ progress: @escaping @Sendable (EvalProgress) -> Void) async throws {
        var queue = Array(jobs.indices.reversed())  // popped from the end
        var attempts = [Int](repeating: 0, count: jobs.count)
        var limit = concurrency
        var successesAtLimit = 0
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var inFlight = 0
            while true {
                while inFlight < limit, let index = queue.popLast() {
                    let job = jobs[index], attempt = attempts[index], finalAttempt = attempt + 1 >= rateLimitAttempts
                    if attempt == 0 { outcome.sent += 1 }
                    group.addTask {
                        if attempt > 0 { try await Task.sleep(nanoseconds: UInt64(rateLimitPause * Double(min(attempt, 4)) * 1e9)) }
                        return (index, try await perform(job, finalAttempt: finalAttempt))
                    }
                    inFlight += 1
                }
                guard let (index, result) = try await group.next() else { break }
                inFlight -= 1
                switch result {
                case .rateLimited:
                    attempts[index] += 1
                    queue.append(index)
                    successesAtLimit = 0
                    if limit > 1 {
                        limit = max(1, limit / 2)
                        outcome.lowestConcurrency = min(outcome.lowestConcurrency, limit)
                        progress(.slowedDown(concurrency: limit))
                    }
                case .done(let failed):
                    counter.done += 1
                    if failed {
                        counter.failed += 1
                        outcome.failed += 1
                    } else {
                        successesAtLimit += 1
                        if limit < concurrency, successesAtLimit >= limit * 2 {
                            limit += 1
                            successesAtLimit = 0
                        }
                    }
                    progress(.finished(done: counter.done, total: counter.total, failed: counter.failed))
                }
            }
        }
    }

    /// Sends one request and keeps its result; a 429 comes back as `.rateLimited` unless this is
    /// its last attempt.
    private func perform(_ job: Job, finalAttempt: Bool) async throws -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        func milliseconds() -> Int {
            let elapsed = clock.now - started
            return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        }
        switch job {
        case .reply(let evalCase, let model):
            let request = ChatRequest(model: model.model, messages: evalCase.messages, tools: evalCase.tools)
            do {
                let completion = try await model.client.chat(request)
                let choice = completion.choices.first
                try await store.add(ReplyRecord(
                    example: evalCase.exampleHash, turn: evalCase.turn, model: model.label, text: choice?.message.text ?? "", error: nil,
                    latencyMs: milliseconds(), promptTokens: completion.usage?.promptTokens, completionTokens: completion.usage?.completionTokens,
                    finishReason: choice?.finishReason))
                return .done(failed: false)
            } catch {
                if let outcome = try triage(error, finalAttempt: finalAttempt) { return outcome }
                try await store.add(ReplyRecord(
                    example: evalCase.exampleHash, turn: evalCase.turn, model: model.label, text: nil, error: error.localizedDescription,
                    latencyMs: milliseconds(), promptTokens: nil, completionTokens: nil, finishReason: nil))
                return .done(failed: true)
            }
        case .judgment(let evalCase, let first, let second, let judge):
            return try await judgeOne(evalCase, first, second, judge, finalAttempt: finalAttempt)
        }
    }

    /// `.rateLimited` to queue the request again; nil to record the failure; throws what stops the run.
    private func triage(_ error: Error, finalAttempt: Bool) throws -> Result? {
        if error is CancellationError || Task.isCancelled { throw CancellationError() }
        guard let failure = error as? ProvidersError else { return nil }
        if failure.kind == .rateLimited && !finalAttempt { return .rateLimited }
        if Self.fatalKinds.contains(failure.kind) { throw failure }
        return nil
    }

    private func judgeOne(_ evalCase: EvalCase, _ first: EvaluatedModel, _ second: EvaluatedModel, _ judge: EvaluatedModel,
                          finalAttempt: Bool) async throws -> Result {
        let a = await store.reply(evalCase.exampleHash, evalCase.turn, first.label)
        let b = await store.reply(evalCase.exampleHash, evalCase.turn, second.label)
        let key = [evalCase.exampleHash, "\(evalCase.turn)", judge.label, first.label, second.label].joined(separator: "\u{1F}")
        let seed = SeededRandom.seed(self.seed, for: key)
        var generator = SplitMix64(seed: seed)
        let swapped = Bool.random(using: &generator)
        let shown = swapped ? (second, b, first, a) : (first, a, second, b)
        func record(winner: String?, reason: String?, error: String?) -> JudgmentRecord {
            JudgmentRecord(example: evalCase.exampleHash, turn: evalCase.turn, judge: judge.label, first: first.label, second: second.label,
                           seed: seed, shownFirst: shown.0.label, winner: winner, reason: reason, error: error)
        }
        guard let textA = shown.1?.text, let textB = shown.3?.text else {
            try await store.add(record(winner: nil, reason: nil, error: "not judged: a reply failed; run again to ask for it"))
            return .done(failed: true)
        }
        do {
            let answer = try await judge.client.chat(PairwiseJudge.request(judge: judge.model, for: evalCase, shownFirst: textA, shownSecond: textB))
            let text = answer.choices.first?.message.text ?? ""
            guard let (verdict, reason) = PairwiseJudge.verdict(in: text) else {
                try await store.add(record(winner: nil, reason: nil, error: "the judge's answer has no verdict: \(text.prefix(200))"))
                return .done(failed: true)
            }
            let winner = switch verdict {
            case .shownFirst: shown.0.label
            case .shownSecond: shown.2.label
            case .tie: "tie"
            }
            try await store.add(record(winner: winner, reason: reason, error: nil))
            return .done(failed: false)
        } catch {
            if let outcome = try triage(error, finalAttempt: finalAttempt) { return outcome }
            try await store.add(record(winner: nil, reason: nil, error: error.localizedDescription))
            return .done(failed: true)
        }
    }
}
