import Dataset
import Foundation
import Models

/// A catalog entry as a table row and as JSON.
enum CatalogRows {
    static func row(_ model: CatalogModel, catalog: ModelCatalog, today: CalendarDay) -> [String] {
        [model.provider.rawValue, model.name, model.counting.description,
         "\(tokens(model.context.tokens(for: .supervised)))/\(tokens(model.context.tokens(for: .dpo)))",
         model.trainingPrice.map { String(format: "%.2f", $0.usdPerMillion) } ?? "-",
         model.isOffered ? model.trainingEnds?.description ?? "-" : "not offered",
         model.servingEnds?.description ?? "-", data(model, catalog: catalog, today: today)]
    }

    static func tokens(_ count: Int?) -> String { count.map(String.init) ?? "-" }

    /// Where a row's figures come from: the shipped defaults, a refresh, or a stale refresh.
    static func data(_ model: CatalogModel, catalog: ModelCatalog, today: CalendarDay) -> String {
        guard let refreshed = model.refreshedAt else { return "shipped \(ModelCatalog.shippedAsOf)" }
        let day = CalendarDay(refreshed)
        return day.days(until: today) > ModelCatalog.staleAfterDays ? "stale \(day)" : "refreshed \(day)"
    }

    static func freshnessLine(_ provider: ModelProvider, catalog: ModelCatalog, today: CalendarDay) -> String {
        switch catalog.freshness(of: provider, today: today) {
        case .shipped:
            "\(provider.rawValue): shipped figures as of \(ModelCatalog.shippedAsOf)" + (provider == .fireworks ? "" : "; `tunesmith models catalog --refresh` asks \(provider.displayName)")
        case .refreshed(let day, let age):
            "\(provider.rawValue): refreshed \(day) (\(age) day\(age == 1 ? "" : "s") ago)"
        case .stale(let day, let age):
            "\(provider.rawValue): stale, refreshed \(day) (\(age) days ago); run `tunesmith models catalog --refresh`"
        }
    }

    static func json(_ model: CatalogModel, catalog: ModelCatalog, today: CalendarDay) -> JSONValue {
        func number(_ value: Int?) -> JSONValue { value.map { .number("\($0)") } ?? .null }
        func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        let context = JSONObject([
            .init("sft_lora", number(model.context.supervisedLoRA)), .init("sft_full", number(model.context.supervisedFull)),
            .init("dpo_lora", number(model.context.preferenceLoRA)), .init("dpo_full", number(model.context.preferenceFull)),
        ])
        let price: JSONValue = model.trainingPrice.map {
            .object(JSONObject([.init("usd_per_million", .number("\($0.usdPerMillion)")), .init("as_of", .string($0.asOf)), .init("source", .string($0.source))]))
        } ?? .null
        return .object(JSONObject([
            .init("provider", .string(model.provider.rawValue)), .init("id", .string(model.id)), .init("name", .string(model.name)),
            .init("hugging_face_repo", string(model.huggingFaceRepo)), .init("counting", .string(model.counting.description)),
            .init("exact", .bool(model.counting.isExact)), .init("context", .object(context)), .init("training_price", price),
            .init("methods", .array(model.methods.map { .string($0.rawValue) })), .init("offered", .bool(model.isOffered)),
            .init("training_ends", string(model.trainingEnds?.description)), .init("serving_ends", string(model.servingEnds?.description)),
            .init("max_lora_rank", number(model.maxLoRARank)), .init("serving_context", number(model.servingContextLength)),
            .init("data", .string(data(model, catalog: catalog, today: today))), .init("source", .string(model.source)),
        ]))
    }
}
