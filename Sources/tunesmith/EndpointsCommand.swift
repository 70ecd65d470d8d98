import ArgumentParser
import Foundation
import ProviderKit
import Shell

/// Dedicated endpoints or deployments, for the providers that serve a fine-tuned model only on
/// one: each bills while it is up, so creating one says the price and asks first.
struct EndpointsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "endpoints",
        abstract: "Dedicated endpoints or deployments: serve a fine-tuned model to chat with it (\(Self.servingNames.joined(separator: ", "))).",
        subcommands: [Create.self, List.self, Show.self, Delete.self]
    )

    /// The registered providers that have endpoints.
    static var servingNames: [String] { RegisteredProviders.registry.descriptors.filter { $0.makeEndpoints != nil }.map(\.name) }

    /// `--provider NAME` for every subcommand: default `$TUNESMITH_PROVIDER` when it has endpoints, else the first that does.
    struct ProviderOption: ParsableArguments {
        @Option(help: ArgumentHelp("The provider: \(EndpointsCommand.servingNames.joined(separator: ", ")) (default: $TUNESMITH_PROVIDER, else \(EndpointsCommand.servingNames.first ?? "none")).",
                                   valueName: "name"), completion: .list(EndpointsCommand.servingNames))
        var provider: String?

        func endpoints() throws -> any EndpointProvider {
            let chosen = provider ?? ProcessInfo.processInfo.environment["TUNESMITH_PROVIDER"].flatMap { EndpointsCommand.servingNames.contains($0.lowercased()) ? $0 : nil }
                ?? EndpointsCommand.servingNames.first ?? ""
            let descriptor: ProviderDescriptor
            do { descriptor = try RegisteredProviders.registry.descriptor(named: chosen) } catch {
                throw CommandFailure(error.localizedDescription, exitCode: 2)
            }
            guard let make = descriptor.makeEndpoints else {
                throw CommandFailure("\(descriptor.displayName) serves fine-tuned models without dedicated endpoints; endpoints are "
                    + "\(EndpointsCommand.servingNames.joined(separator: " or "))'s: pass --provider with one of them", exitCode: 2)
            }
            let environment = ConnectionOptions.processEnvironment
            guard descriptor.isConfigured(environment) else { throw CommandFailure("no \(descriptor.displayName) key; set \(descriptor.keyVariable)") }
            return make(environment)
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start an endpoint for a fine-tuned model (its output name); it bills until deleted.")
        @Argument(help: "The fine-tuned model's output name.") var model: String
        @Option(help: "The hardware id or accelerator type (default: Together's cheapest available now; Fireworks' choice).") var hardware: String?
        @Option(help: "Fewest replicas (Fireworks: 0 scales to zero after 5 idle minutes).") var minReplicas = 1
        @Option(help: "Most replicas.") var maxReplicas = 1
        @Option(help: "A display name (Fireworks: the deployment id).") var name: String?
        @OptionGroup var providerOption: ProviderOption
        @Flag(help: "Create it, which bills while it is up, without asking.") var yes = false

        func run() async throws {
            let endpoints = try providerOption.endpoints()
            let (request, price) = try await endpoints.prepare(
                EndpointRequest(model: model, hardware: hardware, minReplicas: minReplicas, maxReplicas: maxReplicas, name: name))
            Terminal.writeError(TerminalSafeText.neutralized(price) + "\n")
            if !yes {
                guard Terminal.standardInputIsTerminal else {
                    throw CommandFailure("not creating an endpoint that bills while it is up without a yes: pass --yes to create it")
                }
                guard Terminal.confirm("Create a \(endpoints.displayName) endpoint for \(model)?") else { throw CommandFailure("not created") }
            }
            let endpoint = try await endpoints.createEndpoint(request)
            let columns = [endpoint.id, endpoint.name ?? endpoint.model ?? request.model, endpoint.state ?? "", endpoint.hardware ?? request.hardware ?? ""]
            print(TerminalSafeText.neutralized(columns.filter { !$0.isEmpty }.joined(separator: "  ")))
            Terminal.writeError(TerminalSafeText.neutralized(endpoints.howToUse(endpoint)) + "\n")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List your endpoints, then the provider's serverless models.")
        @Flag(help: "Print the server's objects as JSON.") var json = false
        @OptionGroup var providerOption: ProviderOption

        func run() async throws {
            let provider = try providerOption.endpoints()
            let endpoints = try await provider.listEndpoints()
            if json { return JSONOutput.printList(endpoints.map(\.raw)) }
            let own = endpoints.filter { !$0.isServerless }
            let serverless = endpoints.filter(\.isServerless)
            // Through the same unbuffered writes as the tables, so headings and rows keep their order.
            func say(_ text: String) {
                var out = OutputBuffer()
                out.write(text + "\n")
                out.flush()
            }
            say("Your endpoints (billed while they are up):")
            if own.isEmpty {
                say("  none; `tunesmith endpoints create MODEL --provider \(provider.displayName.lowercased())` starts one")
            } else {
                Table(["ID", "NAME", "STATE", "REPLICAS", "HARDWARE", "MODEL"], own.map {
                    [$0.id, $0.name ?? "", $0.state ?? "", $0.replicas ?? "", $0.hardware ?? "", $0.model ?? ""]
                }).print()
            }
            guard !serverless.isEmpty else { return }
            say("\n\(provider.displayName)'s serverless models (billed per token; nothing to delete):")
            Table(["NAME", "STATE"], serverless.map { [$0.name ?? $0.model ?? $0.id, $0.state ?? ""] }).print()
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one endpoint.")
        @Argument(help: "The endpoint id.") var id: String
        @Flag(help: "Print the server's object as JSON.") var json = false
        @OptionGroup var providerOption: ProviderOption

        func run() async throws {
            let endpoint = try await providerOption.endpoints().endpoint(id: id)
            if json { return JSONOutput.print(endpoint.raw) }
            for (key, value) in [("id", endpoint.id), ("name", endpoint.name ?? ""), ("state", endpoint.state ?? ""), ("model", endpoint.model ?? ""),
                                 ("replicas", endpoint.replicas ?? ""), ("hardware", endpoint.hardware ?? "")] where !value.isEmpty {
                print("\(key.padding(toLength: 12, withPad: " ", startingAt: 0)) \(TerminalSafeText.neutralized(value))")
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete an endpoint (it stops billing).")
        @Argument(help: "The endpoint id.") var id: String
        @OptionGroup var providerOption: ProviderOption

        func run() async throws {
            try await providerOption.endpoints().deleteEndpoint(id: id)
            print("deleted \(TerminalSafeText.neutralized(id))")
        }
    }
}
