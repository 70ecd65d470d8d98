import Dataset
import Foundation

/// The request bodies of Together's published spec (`reference/together-openapi.yaml`), checked as
/// strictly as a schema validator would: required fields, known fields only, and each field's type.
/// A body that breaks a rule gets the 400 that the real service gives, so a missing field fails a
/// test here instead of a user's job.
enum TogetherSpecRules {
    enum Kind { case integer, number, string, boolean, object, integerOrMax, booleanOrAuto }

    struct Shape {
        let required: Set<String>
        let fields: [String: Kind]
    }

    /// `POST /fine-tunes`.
    static let createJob = Shape(required: ["training_file", "model"], fields: [
        "training_file": .string, "validation_file": .string, "packing": .boolean, "max_seq_length": .integer, "model": .string,
        "n_epochs": .integer, "n_checkpoints": .integer, "n_evals": .integer, "batch_size": .integerOrMax, "learning_rate": .number,
        "lr_scheduler": .object, "warmup_ratio": .number, "max_grad_norm": .number, "weight_decay": .number, "random_seed": .integer,
        "suffix": .string, "wandb_api_key": .string, "wandb_base_url": .string, "wandb_project_name": .string, "wandb_name": .string,
        "wandb_entity": .string, "train_on_inputs": .booleanOrAuto, "training_method": .object, "training_type": .object,
        "multimodal_params": .object, "from_checkpoint": .string, "from_hf_model": .string, "hf_model_revision": .string,
        "hf_api_token": .string, "hf_output_repo_name": .string,
    ])

    /// `POST /fine-tunes/estimate-price`.
    static let estimatePrice = Shape(required: ["training_file"], fields: [
        "training_file": .string, "validation_file": .string, "model": .string, "n_epochs": .integer, "n_evals": .integer,
        "training_method": .object, "training_type": .object, "from_checkpoint": .string,
    ])

    static let loraTrainingType = Shape(required: ["type", "lora_r", "lora_alpha"], fields: [
        "type": .string, "lora_r": .integer, "lora_alpha": .integer, "lora_dropout": .number, "lora_trainable_modules": .string,
    ])
    static let fullTrainingType = Shape(required: ["type"], fields: ["type": .string])
    static let sftMethod = Shape(required: ["method", "train_on_inputs"], fields: ["method": .string, "train_on_inputs": .booleanOrAuto])
    static let dpoMethod = Shape(required: ["method"], fields: [
        "method": .string, "dpo_beta": .number, "rpo_alpha": .number, "dpo_normalize_logratios_by_length": .boolean,
        "dpo_reference_free": .boolean, "simpo_gamma": .number,
    ])

    /// `POST /endpoints` (`CreateEndpointRequest`).
    static let createEndpoint = Shape(required: ["model", "hardware", "autoscaling"], fields: [
        "display_name": .string, "model": .string, "hardware": .string, "autoscaling": .object, "disable_prompt_cache": .boolean,
        "disable_speculative_decoding": .boolean, "state": .string, "inactive_timeout": .integer, "availability_zone": .string,
    ])
    static let autoscaling = Shape(required: ["min_replicas", "max_replicas"], fields: ["min_replicas": .integer, "max_replicas": .integer])

    /// The first broken rule of a job or estimate body, in the words a schema validator uses; nil when valid.
    static func jobProblem(_ bytes: [UInt8], estimate: Bool) -> String? {
        guard let body = parse(bytes) else { return "the body is not a JSON object" }
        if let problem = problem(body, estimate ? estimatePrice : createJob, at: "body") { return problem }
        if let type = body["training_type"]?.objectValue {
            switch type["type"]?.stringValue {
            case "Lora": if let problem = problem(type, loraTrainingType, at: "training_type") { return problem }
            case "Full": if let problem = problem(type, fullTrainingType, at: "training_type") { return problem }
            default: return "training_type.type must be one of Full, Lora"
            }
        }
        if let method = body["training_method"]?.objectValue {
            switch method["method"]?.stringValue {
            case "sft": if let problem = problem(method, sftMethod, at: "training_method") { return problem }
            case "dpo": if let problem = problem(method, dpoMethod, at: "training_method") { return problem }
            default: return "training_method.method must be one of sft, dpo"
            }
        }
        return nil
    }

    static func endpointProblem(_ bytes: [UInt8]) -> String? {
        guard let body = parse(bytes) else { return "the body is not a JSON object" }
        if let problem = problem(body, createEndpoint, at: "body") { return problem }
        if let scaling = body["autoscaling"]?.objectValue { return problem(scaling, autoscaling, at: "autoscaling") }
        return nil
    }

    static func parse(_ bytes: [UInt8]) -> JSONObject? {
        (try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)))?.objectValue
    }

    static func problem(_ object: JSONObject, _ shape: Shape, at path: String) -> String? {
        for name in shape.required.sorted() where object[name] == nil || object[name] == .null {
            return "\(path).\(name) is required"
        }
        for member in object.members {
            guard let kind = shape.fields[member.key] else { return "\(path).\(member.key) is not a known field" }
            if !matches(member.value, kind) { return "\(path).\(member.key) must be \(kind), not \(member.value.typeName)" }
        }
        return nil
    }

    static func matches(_ value: JSONValue, _ kind: Kind) -> Bool {
        switch (kind, value) {
        case (.integer, .number(let text)): return Int(text) != nil
        case (.number, .number): return true
        case (.string, .string), (.boolean, .bool), (.object, .object): return true
        case (.integerOrMax, .string(let text)): return text == "max"
        case (.integerOrMax, _): return matches(value, .integer)
        case (.booleanOrAuto, .string(let text)): return text == "auto"
        case (.booleanOrAuto, .bool): return true
        default: return false
        }
    }
}
