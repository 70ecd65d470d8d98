import Foundation
import OpenAIProvider
import ProviderKit
import Testing
import TogetherProvider

@Suite struct ProviderRegistryTests {
    let registry = ProviderRegistry([.openAI, .together])

    @Test func anUnknownNameIsAnErrorNotAFallback() throws {
        let error = #expect(throws: ProvidersError.self) { try registry.descriptor(named: "acme") }
        #expect(error?.message == "unknown provider \"acme\"; use one of openai, together")
        #expect(try registry.descriptor(named: "Together").keyVariable == "TOGETHER_API_KEY")
    }

    @Test func aProviderWithoutItsKeySaysWhichVariableToSet() throws {
        let environment = ProviderEnvironment(variables: ["OPENAI_API_KEY": "sk-test-0123456789abcdef"])
        let error = #expect(throws: ProvidersError.self) { try registry.fineTuning(named: "together", environment: environment) }
        #expect(error?.message == "no Together key; set TOGETHER_API_KEY")
        #expect(try registry.fineTuning(named: "openai", environment: environment).displayName == "OpenAI")
        // A compatible server at another address needs no key.
        #expect(ProviderDescriptor.openAI.isConfigured(ProviderEnvironment(variables: ["OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"])))
        #expect(!ProviderDescriptor.openAI.isConfigured(ProviderEnvironment(variables: [:])))
    }

    @Test func keysAreFoundByEveryProvidersPattern() {
        let pattern = registry.keyPattern
        for key in ["sk-proj-0123456789abcdefABCD", "tgp_v1_0123456789abcdefABCD", String(repeating: "ab12", count: 16)] {
            #expect("/reply my key is \(key)".range(of: pattern, options: .regularExpression) != nil, "\(key)")
        }
        #expect("/reply sk-short".range(of: pattern, options: .regularExpression) == nil)
        let environment = ProviderEnvironment(variables: ["OPENAI_API_KEY": "a", "TOGETHER_API_KEY": "b", "OTHER": "c"])
        #expect(registry.secrets(in: environment) == ["a", "b"])
        #expect(registry.keyAdvice == "set OPENAI_API_KEY, or TOGETHER_API_KEY with --provider together")
    }
}
