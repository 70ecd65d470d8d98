import Foundation
import ProviderKit

/// Together's dedicated endpoints behind the seam: billed per minute while they run.
public struct TogetherEndpoints: EndpointProvider {
    public let client: TogetherClient

    public init(client: TogetherClient) {
        self.client = client
    }

    public var displayName: String { "Together" }

    public func prepare(_ request: EndpointRequest) async throws -> (request: EndpointRequest, price: String) {
        var request = request
        let offers = try await client.hardware(for: request.model)
        if request.hardware == nil { request.hardware = try await client.cheapestHardware(for: request.model) }
        let hardware = request.hardware!
        guard let cents = offers.first(where: { $0.id == hardware })?.pricing?.cents_per_minute else {
            return (request, "price: Together lists none for \(hardware) and \(request.model); see together.ai/pricing before creating it")
        }
        let perHour = cents * 60 / 100
        return (request, String(format: "price: $%.2f per minute per replica ($%.2f per hour) on %@, Together's hardware list; it bills until deleted",
                                cents / 100, perHour, hardware))
    }

    public func createEndpoint(_ request: EndpointRequest) async throws -> ServingEndpoint {
        Self.neutral(try await client.createEndpoint(model: request.model, hardware: request.hardware, minReplicas: request.minReplicas,
                                                     maxReplicas: request.maxReplicas, displayName: request.name))
    }

    public func listEndpoints() async throws -> [ServingEndpoint] { try await client.listEndpoints().map(Self.neutral) }

    /// Found in the list: the stub and the service agree on it, and one list call is cheap.
    public func endpoint(id: String) async throws -> ServingEndpoint {
        guard let found = try await listEndpoints().first(where: { $0.id == id || $0.name == id }) else {
            throw ProvidersError(.notFound, "Together has no endpoint \(id); `tunesmith endpoints list --provider together` shows them")
        }
        return found
    }

    public func deleteEndpoint(id: String) async throws { try await client.deleteEndpoint(id: id) }

    public func howToUse(_ endpoint: ServingEndpoint) -> String {
        "when it is STARTED: `/use \(endpoint.name ?? endpoint.id)` with /provider together; delete it when done (it bills per minute)"
    }

    static func neutral(_ endpoint: TogetherClient.Endpoint) -> ServingEndpoint {
        ServingEndpoint(id: endpoint.id, name: endpoint.name, model: endpoint.model, hardware: endpoint.hardware, state: endpoint.state,
                        isServerless: endpoint.type == "serverless", raw: endpoint.raw)
    }
}
