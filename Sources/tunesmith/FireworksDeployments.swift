import FireworksProvider
import Foundation
import ProviderKit
import Shell

/// `tunesmith endpoints ... --provider fireworks`: Fireworks' dedicated deployments, which bill per
/// GPU-second from creation until deleted, so creating one asks first.
enum FireworksDeployments {
    static var client: FireworksClient {
        FireworksClient(configuration: FireworksConfiguration(environment: ProcessInfo.processInfo.environment))
    }

    static func create(model: String, id: String?, accelerator: String?, minReplicas: Int, maxReplicas: Int, yes: Bool) async throws {
        // Fireworks publishes no price through its API, and tunesmith ships none: it says where the figure is.
        Terminal.writeError("price per hour: not known to tunesmith; Fireworks bills each GPU of a deployment per second while it runs "
                            + "(\(accelerator ?? "the accelerator Fireworks picks")); see \(FireworksFineTuningProvider.pricingPage)\n")
        if !yes {
            guard Terminal.standardInputIsTerminal else {
                throw CommandFailure("not creating a deployment that bills per hour without a yes: pass --yes to create it")
            }
            guard Terminal.confirm("Create a Fireworks deployment for \(model)?") else { throw CommandFailure("not created") }
        }
        let deployment = try await client.createDeployment(model: model, id: id, acceleratorType: accelerator, minReplicas: minReplicas, maxReplicas: maxReplicas)
        print(TerminalSafeText.neutralized("\(deployment.id)  \(deployment.state ?? "")  \(deployment.model ?? model)"))
        Terminal.writeError(TerminalSafeText.neutralized("when it is READY: `/use \(deployment.model ?? model)` with /provider fireworks; "
                                                         + "`tunesmith endpoints delete \(deployment.id) --provider fireworks` when done (it bills until deleted)\n"))
    }

    static func list(json: Bool) async throws {
        let deployments = try await client.listDeployments()
        if json { return JSONOutput.printList(deployments.map(\.raw)) }
        Table(["ID", "STATE", "REPLICAS", "ACCELERATOR", "MODEL"], deployments.map {
            [$0.id, $0.state ?? "", $0.replicas, $0.accelerator ?? "", $0.model ?? ""]
        }).print()
    }

    static func show(id: String, json: Bool) async throws {
        let deployment = try await client.deploymentInfo(id: id)
        if json { return JSONOutput.print(deployment.raw) }
        for (key, value) in [("id", deployment.id), ("state", deployment.state ?? ""), ("model", deployment.model ?? ""),
                             ("replicas", deployment.replicas), ("accelerator", deployment.accelerator ?? "")] {
            print("\(key.padding(toLength: 12, withPad: " ", startingAt: 0)) \(TerminalSafeText.neutralized(value))")
        }
    }
}
