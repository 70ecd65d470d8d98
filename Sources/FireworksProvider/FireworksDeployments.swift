import Foundation
import ProviderKit

/// Fireworks' dedicated deployments behind the seam: the only way it serves a fine-tuned LoRA,
/// billed per GPU-second from creation until deleted.
public struct FireworksDeployments: EndpointProvider {
    public let client: FireworksClient

    public init(client: FireworksClient) {
        self.client = client
    }

    public var displayName: String { "Fireworks" }

    /// Fireworks publishes no price through its API, and tunesmith ships none: it says where the figure is.
    public func prepare(_ request: EndpointRequest) async throws -> (request: EndpointRequest, price: String) {
        (request, "price per hour: not known to tunesmith; Fireworks bills each GPU of a deployment per second while it runs "
            + "(\(request.hardware ?? "the accelerator Fireworks picks")); see \(FireworksFineTuningProvider.pricingPage)")
    }

    public func createEndpoint(_ request: EndpointRequest) async throws -> ServingEndpoint {
        Self.neutral(try await client.createDeployment(model: request.model, id: request.name, acceleratorType: request.hardware,
                                                       minReplicas: request.minReplicas, maxReplicas: request.maxReplicas))
    }

    public func listEndpoints() async throws -> [ServingEndpoint] { try await client.listDeployments().map(Self.neutral) }
    public func endpoint(id: String) async throws -> ServingEndpoint { Self.neutral(try await client.deploymentInfo(id: id)) }
    public func deleteEndpoint(id: String) async throws { try await client.deleteDeployment(id: id) }

    public func howToUse(_ endpoint: ServingEndpoint) -> String {
        "when it is READY: `/use \(endpoint.model ?? endpoint.id)` with /provider fireworks; "
            + "`tunesmith endpoints delete \(endpoint.id) --provider fireworks` when done (it bills until deleted)"
    }

    static func neutral(_ deployment: FireworksClient.Deployment) -> ServingEndpoint {
        ServingEndpoint(id: deployment.id, model: deployment.model, hardware: deployment.accelerator, replicas: deployment.replicas,
                        state: deployment.state, raw: deployment.raw)
    }
}
