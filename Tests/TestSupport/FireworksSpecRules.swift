import Dataset
import Foundation

/// The requests of Fireworks' control-plane spec (`reference/fireworks-openapi.yaml`, 4.259.0, and
/// `gateway-extra` for `:upload`) that tunesmith sends, checked by hand until the generated
/// checker exists: each operation's required fields, known fields only with their types, enums,
/// int64s as strings or integers, resource ids by Fireworks' rules, and Training V2's refusals.
enum FireworksSpecRules {
    enum Kind { case integer, int64, number, string, boolean, object, array, resourceID, enumeration(Set<String>) }

    struct Shape {
        let required: Set<String>
        let fields: [String: Kind]
    }

    static let dataset = Shape(required: [], fields: [
        "displayName": .string, "exampleCount": .int64, "userUploaded": .object, "evaluationResult": .object, "transformed": .object,
        "splitted": .object, "evalProtocol": .object, "externalUrl": .string, "format": .enumeration(["FORMAT_UNSPECIFIED", "CHAT", "COMPLETION", "RL"]),
        "sourceJobName": .string,
    ])
    static let createDataset = Shape(required: ["dataset", "datasetId"], fields: [
        "dataset": .object, "datasetId": .resourceID, "sourceDatasetId": .string, "filter": .string,
    ])
    static let uploadEndpoint = Shape(required: ["filenameToSize"], fields: ["filenameToSize": .object, "readMask": .string])
    static let empty = Shape(required: [], fields: [:])

    static let trainingFields: [String: Kind] = [
        "outputModel": .resourceID, "baseModel": .string, "warmStartFrom": .string, "jinjaTemplate": .string, "learningRate": .number,
        "maxContextLength": .integer, "loraRank": .integer, "epochs": .integer, "batchSize": .integer, "gradientAccumulationSteps": .integer,
        "learningRateWarmupSteps": .integer, "batchSizeSamples": .integer, "optimizerWeightDecay": .number,
    ]
    static let supervisedJob = Shape(required: ["dataset"], fields: trainingFields.merging([
        "displayName": .string, "dataset": .string, "awsS3Config": .object, "azureBlobStorageConfig": .object, "earlyStop": .boolean,
        "wandbConfig": .object, "evaluationDataset": .string, "isTurbo": .boolean, "evalAutoCarveout": .boolean, "nodes": .integer,
        "mtpEnabled": .boolean, "mtpNumDraftTokens": .integer, "mtpFreezeBaseModel": .boolean, "metricsFileSignedUrl": .string,
        "purpose": .string,
    ]) { $1 })
    static let dpoJob = Shape(required: ["dataset"], fields: [
        "displayName": .string, "dataset": .string, "trainingConfig": .object, "wandbConfig": .object, "lossConfig": .object,
        "awsS3Config": .object, "azureBlobStorageConfig": .object, "purpose": .string,
    ])
    static let trainingConfig = Shape(required: [], fields: trainingFields.merging([
        "trainerShardingScheme": .object, "loraAlpha": .integer, "loraDropout": .number, "loraTargetModules": .array,
    ]) { $1 })
    static let lossConfig = Shape(required: [], fields: [
        "method": .enumeration(["METHOD_UNSPECIFIED", "GRPO", "DAPO", "DPO", "ORPO", "GSPO_TOKEN"]), "klBeta": .number, "dpo": .object, "orpo": .object,
    ])
    static let deployment = Shape(required: ["baseModel"], fields: [
        "displayName": .string, "description": .string, "minReplicaCount": .integer, "maxReplicaCount": .integer, "autoscalingPolicy": .object,
        "baseModel": .string, "acceleratorCount": .integer, "acceleratorType": .string, "enableAddons": .boolean, "deploymentShape": .string,
        "maxContextLength": .integer,
    ])

    /// The first broken rule of a request, in words; nil when the spec accepts it.
    static func problem(method: String, path: String, query: [String: String], body bytes: [UInt8]) -> String? {
        let tail = path.split(separator: "/").dropFirst(3).joined(separator: "/")  // after v1/accounts/{a}
        func json() -> JSONObject? { (try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)))?.objectValue }
        for key in ["pageSize"] where query[key] != nil && Int(query[key]!) == nil { return "\(key) must be an integer" }
        switch (method, tail) {
        case ("POST", "datasets"):
            guard let body = json() else { return "the body is not a JSON object" }
            if let problem = problem(body, createDataset, at: "body") { return problem }
            return body["dataset"]?.objectValue.flatMap { problem($0, dataset, at: "dataset") }
        case ("POST", let t) where t.hasSuffix(":getUploadEndpoint"):
            guard let body = json() else { return "the body is not a JSON object" }
            if let problem = problem(body, uploadEndpoint, at: "body") { return problem }
            for member in body["filenameToSize"]?.objectValue?.members ?? [] where !matches(member.value, .int64) {
                return "filenameToSize.\(member.key) must be an int64"
            }
            return nil
        case ("POST", let t) where t.hasSuffix(":validateUpload") || t.hasSuffix(":cancel") || t.hasSuffix(":resume"):
            guard let body = json() else { return "the body is required: send {}" }
            return problem(body, empty, at: "body")
        case ("POST", let t) where t.hasSuffix(":upload"):
            return (method == "POST" && String(decoding: bytes.prefix(2), as: UTF8.self) == "--") ? nil : "the body must be multipart/form-data with a file"
        case ("POST", "supervisedFineTuningJobs"), ("POST", "supervisedFineTuningJobs:estimateCost"):
            guard let body = json() else { return "the body is not a JSON object" }
            if let problem = problem(body, supervisedJob, at: "body") { return problem }
            return trainingProblem(body)
        case ("POST", "dpoJobs"):
            guard let body = json() else { return "the body is not a JSON object" }
            if let problem = problem(body, dpoJob, at: "body") { return problem }
            if let config = body["trainingConfig"]?.objectValue {
                if let problem = problem(config, trainingConfig, at: "trainingConfig") ?? trainingProblem(config) { return problem }
            }
            return body["lossConfig"]?.objectValue.flatMap { problem($0, lossConfig, at: "lossConfig") }
        case ("POST", "deployments"):
            guard let body = json() else { return "the body is not a JSON object" }
            return problem(body, deployment, at: "body")
        default:
            return nil
        }
    }

    /// "Only one of base_model or warm_start_from should be specified"; Training V2 refuses `batchSize`.
    static func trainingProblem(_ body: JSONObject) -> String? {
        if body.has("baseModel") == body.has("warmStartFrom") { return "exactly one of baseModel and warmStartFrom must be specified" }
        if let batch = body["batchSize"], batch != .number("0") { return "batchSize is not supported by Training V2; use batchSizeSamples" }
        return nil
    }

    static func problem(_ object: JSONObject, _ shape: Shape, at path: String) -> String? {
        for name in shape.required.sorted() where object[name] == nil || object[name] == .null {
            return "\(path).\(name) is required"
        }
        for member in object.members {
            guard let kind = shape.fields[member.key] else { return "\(path).\(member.key): unknown field" }
            if !matches(member.value, kind) { return "\(path).\(member.key) has the wrong type (\(member.value.typeName))" }
        }
        return nil
    }

    static func matches(_ value: JSONValue, _ kind: Kind) -> Bool {
        switch (kind, value) {
        case (.integer, .number(let text)): return Int32(text) != nil
        case (.int64, .number(let text)), (.int64, .string(let text)): return Int64(text) != nil
        case (.number, .number), (.string, .string), (.boolean, .bool), (.object, .object), (.array, .array): return true
        case (.resourceID, .string(let text)):
            return text.range(of: "^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$", options: .regularExpression) != nil
        case (.enumeration(let names), .string(let text)): return names.contains(text)
        default: return false
        }
    }
}
