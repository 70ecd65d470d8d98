import Dataset
import Foundation
import ProviderKit

extension FireworksClient {
    /// A dedicated deployment, the only way Fireworks serves a fine-tuned LoRA (live merge: the
    /// LoRA is the deployment's base model, and chat names the model itself).
    public struct Deployment: Sendable {
        public let id: String
        public let model: String?
        public let state: String?
        public let accelerator: String?
        public let replicas: String
        public let raw: JSONValue?
    }

    static func deployment(_ wire: FireworksWire.Deployment, raw: JSONValue?) -> Deployment {
        let accelerator = wire.acceleratorType.map { type in wire.acceleratorCount.map { "\($0)x \(type)" } ?? type }
        return Deployment(id: FireworksResourceID.id(wire.name ?? ""), model: wire.baseModel, state: wire.state, accelerator: accelerator,
                          replicas: "\(wire.replicaCount ?? 0) of \(wire.minReplicaCount ?? 0)-\(wire.maxReplicaCount ?? 0)", raw: raw)
    }

    /// `POST .../deployments?deploymentId=` with the fine-tuned model as its base model. With no
    /// replica kept (`minReplicas` 0) it scales to zero after five idle minutes.
    public func createDeployment(model: String, id: String?, acceleratorType: String?, minReplicas: Int, maxReplicas: Int) async throws -> Deployment {
        var body = JSONObject([.init("baseModel", .string(try resourceName("models", model))), .init("minReplicaCount", .number("\(minReplicas)")),
                               .init("maxReplicaCount", .number("\(maxReplicas)"))])
        if minReplicas == 0 { body["autoscalingPolicy"] = .object(JSONObject([.init("scaleToZeroWindow", .string("300s"))])) }
        if let acceleratorType { body["acceleratorType"] = .string(acceleratorType) }
        var query: [(String, String)] = []
        if let id {
            guard FireworksResourceID.isValid(id) else {
                throw ProvidersError(.invalidRequest, "a deployment id is 1 to 63 lower-case letters, digits and dashes, starting with a letter, not \"\(id)\"")
            }
            query.append(("deploymentId", id))
        }
        let created = try await call(APIRequest(.POST, try accountPath("/deployments"), query: query, body: Self.json(body), safety: .notRepeatable),
                                     as: FireworksWire.Deployment.self)
        return Self.deployment(created.value, raw: created.raw)
    }

    public func listDeployments() async throws -> [Deployment] {
        try await list(try accountPath("/deployments"), key: "deployments", as: FireworksWire.Deployment.self).map { Self.deployment($0.item, raw: $0.raw) }
    }

    public func deploymentInfo(id: String) async throws -> Deployment {
        let found = try await call(APIRequest(.GET, try accountPath("/deployments/\(FireworksResourceID.id(id).pathSegmentEncoded)")), as: FireworksWire.Deployment.self)
        return Self.deployment(found.value, raw: found.raw)
    }

    public func deleteDeployment(id: String) async throws {
        _ = try await send(APIRequest(.DELETE, try accountPath("/deployments/\(FireworksResourceID.id(id).pathSegmentEncoded)")))
    }
}
