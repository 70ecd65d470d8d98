import Models
import Testing

/// The default target and the warning before a provider's deadline, on fixed days.
struct DeadlineTests {
    let catalog = ModelCatalog.shipped

    func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(text)) }

    @Test func theDefaultIsTrainableWithAKeyTheAuthorHas() throws {
        let today = try day("2026-11-29")
        #expect(catalog.defaultTarget(providersWithKeys: [.openAI], today: today).id == "gpt-4.1-mini-2025-04-14")
        #expect(catalog.defaultTarget(providersWithKeys: [.together], today: today).id == "Qwen/Qwen3-8B")
        #expect(catalog.defaultTarget(providersWithKeys: [.fireworks], today: today).id == "accounts/fireworks/models/qwen3-8b")
        #expect(catalog.defaultTarget(providersWithKeys: [], today: today).id == "gpt-4.1-mini-2025-04-14")
        // Within 30 days of OpenAI's last jobs: another provider the author has a key for wins,
        // but with only OpenAI's key, OpenAI still trains.
        let december = try day("2026-12-20")
        #expect(catalog.defaultTarget(providersWithKeys: [.openAI, .together], today: december).provider == .together)
        #expect(catalog.defaultTarget(providersWithKeys: [.openAI], today: december).provider == .openAI)
    }

    @Test func fromJanuarySixthNeverAnOpenAIModel() throws {
        let keySets: [Set<ModelProvider>] = [[], [.openAI], [.openAI, .together], [.openAI, .fireworks], [.together], [.fireworks]]
        var today = try day("2027-01-06")
        while today < (try day("2027-03-01")) {
            for keys in keySets {
                let target = catalog.defaultTarget(providersWithKeys: keys, today: today)
                #expect(target.provider != .openAI, "\(today) \(keys)")
                #expect(target.isTrainable(on: today))
            }
            today = today.adding(days: 1)
        }
        #expect(catalog.defaultTarget(providersWithKeys: [.openAI], today: try day("2027-01-05")).provider == .openAI)
    }

    @Test func noWarningWhileTheDeadlineIsMoreThanThirtyDaysAway() throws {
        let mini = try #require(catalog.model(named: "gpt-4.1-mini"))
        #expect(catalog.deadlineWarning(for: mini, today: try day("2026-12-06")) == nil)
        let qwen = try #require(catalog.model(named: "Qwen/Qwen3-8B"))
        #expect(catalog.deadlineWarning(for: qwen, today: try day("2027-06-01")) == nil)
    }

    @Test func theWarningSaysWhenAndWhatInstead() throws {
        let mini = try #require(catalog.model(named: "ft:gpt-4.1-mini-2025-04-14:acme::x"))
        #expect(catalog.deadlineWarning(for: mini, today: try day("2026-12-07"))
            == "OpenAI stops training gpt-4.1-mini on 2027-01-06 (30 days); Together trains Qwen/Qwen3-8B: pass --provider together --model Qwen/Qwen3-8B")
        #expect(catalog.deadlineWarning(for: mini, today: try day("2026-12-20"), providersWithKeys: [.openAI, .fireworks])
            == "OpenAI stops training gpt-4.1-mini on 2027-01-06 (17 days) and serving it and its fine-tunes on 2027-01-14 (25 days); Fireworks trains accounts/fireworks/models/qwen3-8b: pass --provider fireworks --model accounts/fireworks/models/qwen3-8b")
        #expect(catalog.deadlineWarning(for: mini, today: try day("2027-01-13"))
            == "OpenAI stopped training gpt-4.1-mini on 2027-01-06 (7 days ago) and stops serving it and its fine-tunes on 2027-01-14 (1 day); Together trains Qwen/Qwen3-8B: pass --provider together --model Qwen/Qwen3-8B")
        let nano = try #require(catalog.model(named: "gpt-4.1-nano"))
        #expect(catalog.deadlineWarning(for: nano, today: try day("2027-01-06"))?.hasPrefix("OpenAI stops training gpt-4.1-nano today (2027-01-06); ") == true)
    }

    @Test func calendarDays() throws {
        #expect(CalendarDay("2027-02-30") == nil && CalendarDay("2027-1-06") == nil && CalendarDay("tomorrow") == nil)
        #expect(try day("2026-11-29").days(until: try day("2027-01-06")) == 38)
        #expect(try day("2027-01-06").days(until: try day("2026-11-29")) == -38)
        #expect(try day("2026-12-31").adding(days: 1).description == "2027-01-01")
    }
}
