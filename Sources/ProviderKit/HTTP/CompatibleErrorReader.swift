import Foundation

/// An OpenAI-shaped error body (`{"error": {"message", "type", "code"}}`, which OpenAI, Together,
/// Fireworks' inference and most compatible servers send) read into one message a person can act
/// on. The words are the server's; the advice is the provider's.
public struct CompatibleErrorReader: Sendable {
    /// "OpenAI", "Together".
    public var providerName: String
    /// The variable that holds the key, for a 401.
    public var keyVariable: String
    /// What to check on a 403.
    public var permissionHint: String
    /// What to do on a 404 for this request path.
    public var notFoundHint: @Sendable (String) -> String

    public init(providerName: String, keyVariable: String, permissionHint: String = "the key has no access to this; check the account",
                notFoundHint: @escaping @Sendable (String) -> String = { _ in "check the id" }) {
        self.providerName = providerName
        self.keyVariable = keyVariable
        self.permissionHint = permissionHint
        self.notFoundHint = notFoundHint
    }

    public func read(_ request: APIRequest, _ response: APIResponse) -> ProvidersError {
        let detail = (try? JSONDecoder().decode(CompatibleWire.ErrorBody.self, from: response.body))?.error
        let serverMessage = detail?.message ?? String(decoding: response.body.prefix(300), as: UTF8.self)
        let status = response.status
        let (kind, hint): (ProvidersError.Kind, String) = switch status {
        case 401: (.authentication, "check \(keyVariable)")
        case 403: (.permissionDenied, permissionHint)
        case 404: (.notFound, notFoundHint(request.path))
        case 409: (.conflict, "the object is busy; try again in a moment")
        case 429 where detail?.code == "insufficient_quota" || detail?.type == "insufficient_quota":
            (.insufficientQuota, "the account is out of credit; check its plan and billing, then try again")
        case 429: (.rateLimited, "rate limited; wait a minute and try again")
        case 500...: (.server, "\(providerName) had a server error; try again in a minute")
        default: (.badRequest, "check the request's values")
        }
        var facts = ["HTTP \(status)"]
        if let code = detail?.code ?? detail?.type { facts.append(code) }
        if let id = response.requestID { facts.append("request \(id)") }
        return ProvidersError(kind, "\(providerName): \(serverMessage) (\(facts.joined(separator: ", "))); \(hint)",
                              status: status, type: detail?.type, code: detail?.code, requestID: response.requestID)
    }
}
