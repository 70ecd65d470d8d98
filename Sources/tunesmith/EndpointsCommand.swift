import ArgumentParser
import Foundation
import ProviderKit
import TogetherProvider
import Shell

/// Together serves a fine-tuned model through a dedicated endpoint, billed per minute.
struct EndpointsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "endpoints",
        abstract: "Together's dedicated endpoints: serve a fine-tuned model to chat with it.",
        subcommands: [Create.self, List.self, Delete.self]
    )

    static var client: TogetherClient {
        TogetherClient(configuration: TogetherConfiguration(environment: ProcessInfo.processInfo.environment))
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start an endpoint for a fine-tuned model (its output name).")
        @Argument(help: "The fine-tuned model's output name.") var model: String
        @Option(help: "The hardware id (default: the cheapest that can serve the model and is available now).") var hardware: String?
        @Option(help: "Fewest replicas.") var minReplicas = 1
        @Option(help: "Most replicas.") var maxReplicas = 1
        @Option(help: "A display name.") var name: String?

        func run() async throws {
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

        func run() async throws {
            let endpoints = try await EndpointsCommand.client.listEndpoints()
            if json { return JSONOutput.printList(endpoints.map(\.raw)) }
            Table(["ID", "NAME", "STATE", "MODEL"], endpoints.map { [$0.id, $0.name ?? "", $0.state ?? "", $0.model ?? ""] }).print()
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete an endpoint (it stops billing).")
        @Argument(help: "The endpoint id.") var id: String

        func run() async throws {
            try await EndpointsCommand.client.deleteEndpoint(id: id)
            print("deleted \(id)")
        }
    }
}
