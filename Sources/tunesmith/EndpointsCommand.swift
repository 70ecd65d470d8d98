import ArgumentParser
import Foundation
import ProviderKit
import TogetherProvider
import Shell

/// Together serves a fine-tuned model through a dedicated endpoint, billed per minute; with
/// `--provider fireworks`, these are Fireworks' deployments.
struct EndpointsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "endpoints",
        abstract: "Dedicated endpoints (Together) or deployments (--provider fireworks): serve a fine-tuned model to chat with it.",
        subcommands: [Create.self, List.self, Show.self, Delete.self]
    )

    /// `together` (the default) or `fireworks`.
    static func isFireworks(_ provider: String?) throws -> Bool {
        switch (provider ?? "together").lowercased() {
        case "together": return false
        case "fireworks": return true
        default: throw CommandFailure("endpoints are Together's or Fireworks'; pass --provider together or --provider fireworks", exitCode: 2)
        }
    }

    static var client: TogetherClient {
        TogetherClient(configuration: TogetherConfiguration(environment: ProcessInfo.processInfo.environment))
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start an endpoint for a fine-tuned model (its output name).")
        @Argument(help: "The fine-tuned model's output name.") var model: String
        @Option(help: "The hardware id (default: the cheapest that can serve the model and is available now); Fireworks: an accelerator type.") var hardware: String?
        @Option(help: "Fewest replicas (Fireworks: 0 scales to zero after 5 idle minutes).") var minReplicas = 1
        @Option(help: "Most replicas.") var maxReplicas = 1
        @Option(help: "A display name (Fireworks: the deployment id).") var name: String?
        @Option(help: ArgumentHelp("together (default) or fireworks.", valueName: "name")) var provider: String?
        @Flag(help: "Fireworks: create the deployment, which bills per hour, without asking.") var yes = false

        func run() async throws {
            if try EndpointsCommand.isFireworks(provider) {
                return try await FireworksDeployments.create(model: model, id: name, accelerator: hardware, minReplicas: minReplicas,
                                                             maxReplicas: maxReplicas, yes: yes)
            }
            let endpoint = try await EndpointsCommand.client.createEndpoint(model: model, hardware: hardware, minReplicas: minReplicas,
                                                                            maxReplicas: maxReplicas, displayName: name)
            print(TerminalSafeText.neutralized("\(endpoint.id)  \(endpoint.name ?? "")  \(endpoint.state ?? "")  \(endpoint.hardware ?? hardware ?? "")"))
            Terminal.writeError(TerminalSafeText.neutralized(
                "when it is STARTED: `/use \(endpoint.name ?? endpoint.id)` with /provider together; delete it when done (it bills per minute)\n"))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the endpoints.")
        @Flag(help: "Print the server's objects as JSON.") var json = false
        @Option(help: ArgumentHelp("together (default) or fireworks.", valueName: "name")) var provider: String?

        func run() async throws {
            if try EndpointsCommand.isFireworks(provider) { return try await FireworksDeployments.list(json: json) }
            let endpoints = try await EndpointsCommand.client.listEndpoints()
            if json { return JSONOutput.printList(endpoints.map(\.raw)) }
            Table(["ID", "NAME", "STATE", "MODEL"], endpoints.map { [$0.id, $0.name ?? "", $0.state ?? "", $0.model ?? ""] }).print()
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one Fireworks deployment.")
        @Argument(help: "The deployment id.") var id: String
        @Flag(help: "Print the server's object as JSON.") var json = false
        @Option(help: ArgumentHelp("fireworks (Together's endpoints are listed by `endpoints list`).", valueName: "name")) var provider: String?

        func run() async throws {
            guard try EndpointsCommand.isFireworks(provider) else {
                throw CommandFailure("`endpoints show` is for Fireworks deployments; pass --provider fireworks, or use `endpoints list`", exitCode: 2)
            }
            try await FireworksDeployments.show(id: id, json: json)
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete an endpoint (it stops billing).")
        @Argument(help: "The endpoint id.") var id: String
        @Option(help: ArgumentHelp("together (default) or fireworks.", valueName: "name")) var provider: String?

        func run() async throws {
            if try EndpointsCommand.isFireworks(provider) {
                try await FireworksDeployments.client.deleteDeployment(id: id)
                return print("deleted \(id)")
            }
            try await EndpointsCommand.client.deleteEndpoint(id: id)
            print("deleted \(id)")
        }
    }
}
