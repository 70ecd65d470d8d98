import ArgumentParser
import ProviderKit

struct ModelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the models the API serves or the catalog of fine-tunable ones, or delete a fine-tuned one.",
        subcommands: [List.self, ModelsCatalogCommand.self, Delete.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the models.")
        @Flag(help: "Print the server's objects as JSON.") var json = false
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let models = try await connection.client.listModels()
            if json { return JSONOutput.printList(models.map(\.raw)) }
            Table(["ID", "OWNED BY", "CREATED"], models.map { [$0.id, $0.ownedBy ?? "", Table.date($0.created)] }).print()
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a fine-tuned model (ft:...).")
        @Argument(help: "The model's full name.") var model: String
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await connection.fineTuning().deleteModel(model)
            print("deleted \(model)")
        }
    }
}
