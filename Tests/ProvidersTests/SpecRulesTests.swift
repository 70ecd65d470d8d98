import Foundation
import TestSupport
import Testing

/// The stubs' spec rules (generated from the providers' OpenAPI specs) refuse what the real
/// services refuse, in a validator's words, and take what the specs allow.
@Suite struct SpecRulesTests {
    let together = SpecRules.named("together")
    let openAI = SpecRules.named("openai")
    let fireworks = SpecRules.named("fireworks")
    let json = [("Content-Type", "application/json")]

    func problem(_ rules: SpecRules, _ method: String, _ path: String, query: [String: String] = [:], _ body: String = "") -> String? {
        rules.problem(method: method, path: path, query: query, headers: json, body: Array(body.utf8))
    }

    func form(_ fields: [(String, String)]) -> (headers: [(String, String)], body: [UInt8]) {
        var text = ""
        for (name, value) in fields {
            text += "--B0UNDARY\r\nContent-Disposition: form-data; name=\"\(name)\"\(name == "file" || name == "data" ? "; filename=\"a.jsonl\"" : "")\r\n\r\n\(value)\r\n"
        }
        return ([("Content-Type", "multipart/form-data; boundary=B0UNDARY")], Array((text + "--B0UNDARY--\r\n").utf8))
    }

    static let loraJob = #"""
        {"training_file":"file-1","model":"Qwen/Qwen3-8B","n_epochs":3,"batch_size":"max","learning_rate":0.00001,
         "training_type":{"type":"Lora","lora_r":64,"lora_alpha":128,"lora_trainable_modules":"all-linear"},
         "training_method":{"method":"sft","train_on_inputs":"auto"}}
        """#

    @Test func togetherJobsNeedWhatItsSpecRequiresAtEveryLevel() {
        #expect(problem(together, "POST", "/v1/fine-tunes", Self.loraJob) == nil)
        #expect(problem(together, "POST", "/v1/fine-tunes", Self.loraJob.replacingOccurrences(of: #""lora_r":64,"#, with: ""))
            == "body.training_type.lora_r is required")
        #expect(problem(together, "POST", "/v1/fine-tunes", Self.loraJob.replacingOccurrences(of: #","train_on_inputs":"auto""#, with: ""))
            == "body.training_method.train_on_inputs is required")
        #expect(problem(together, "POST", "/v1/fine-tunes", Self.loraJob.replacingOccurrences(of: #""method":"sft""#, with: #""method":"ppo""#))
            == "body.training_method.method must be one of sft, dpo")
        #expect(problem(together, "POST", "/v1/fine-tunes", Self.loraJob.replacingOccurrences(of: #""type":"Lora""#, with: #""type":"QLora""#))
            == "body.training_type.type must be one of Full, Lora")
        #expect(problem(together, "POST", "/v1/fine-tunes", Self.loraJob.replacingOccurrences(of: #""n_epochs":3"#, with: #""n_epochs":"3""#))
            == "body.n_epochs must be integer, not string")
        #expect(problem(together, "POST", "/v1/fine-tunes", Self.loraJob.replacingOccurrences(of: #""batch_size":"max""#, with: #""batch_size":"min""#))
            == "body.batch_size must be one of integer, max")
        #expect(problem(together, "POST", "/v1/fine-tunes", #"{"model":"m"}"#) == "body.training_file is required")
        #expect(problem(together, "POST", "/v1/fine-tunes", "") == "the body is required (application/json)")
        #expect(problem(together, "POST", "/v1/fine-tunes", "{nope") != nil)
    }

    @Test func fieldsASpecDoesNotForbidPassAndOnesItForbidsDoNot() {
        // Together's job body does not say additionalProperties: false; OpenAI's upload does.
        #expect(problem(together, "POST", "/v1/fine-tunes", Self.loraJob.replacingOccurrences(of: #""n_epochs":3"#, with: #""n_epochs":3,"later":1"#)) == nil)
        let upload = #"{"filename":"a.jsonl","purpose":"fine-tune","bytes":10,"mime_type":"text/jsonl"}"#
        #expect(problem(openAI, "POST", "/v1/uploads", upload) == nil)
        #expect(problem(openAI, "POST", "/v1/uploads", upload.replacingOccurrences(of: "}", with: #","name":"x"}"#))
            == "body.name is not allowed: the spec names no such field here")
        #expect(problem(openAI, "POST", "/v1/uploads", upload.replacingOccurrences(of: #","mime_type":"text/jsonl""#, with: ""))
            == "body.mime_type is required")
    }

    @Test func multipartBodiesNeedTheirFieldsAndEnums() {
        let good = form([("purpose", "fine-tune"), ("file", "{}")])
        #expect(openAI.problem(method: "POST", path: "/v1/files", query: [:], headers: good.headers, body: good.body) == nil)
        let noPurpose = form([("file", "{}")])
        #expect(openAI.problem(method: "POST", path: "/v1/files", query: [:], headers: noPurpose.headers, body: noPurpose.body) == "body.purpose is required")
        let badPurpose = form([("purpose", "training"), ("file", "{}")])
        #expect(openAI.problem(method: "POST", path: "/v1/files", query: [:], headers: badPurpose.headers, body: badPurpose.body)
            == "body.purpose must be one of assistants, batch, fine-tune, vision, user_data, evals")
        let noName = form([("purpose", "fine-tune"), ("file", "{}"), ("file_type", "jsonl")])
        #expect(together.problem(method: "POST", path: "/v1/files/upload", query: [:], headers: noName.headers, body: noName.body) == "body.file_name is required")
        let part = form([("data", "abc")])
        #expect(openAI.problem(method: "POST", path: "/v1/uploads/upload-1/parts", query: [:], headers: part.headers, body: part.body) == nil)
        #expect(openAI.problem(method: "POST", path: "/v1/uploads/upload-1/parts", query: [:], headers: json, body: Array("{}".utf8))
            == "the body is application/json, but the spec takes multipart/form-data")
    }

    @Test func pathsQueriesAndOperationsTheSpecLacks() {
        #expect(problem(together, "GET", "/v1/fine-tunes/models/limits", query: ["model_name": "Qwen/Qwen3-8B"]) == nil)
        #expect(problem(together, "GET", "/v1/fine-tunes/models/limits") == "query.model_name is required")
        #expect(problem(together, "GET", "/v1/fine-tunes/ft-1/events") == nil)
        #expect(problem(together, "GET", "/v1/fine-tunes/ft-1/nothing") == "no such operation in together-openapi.yaml: GET /v1/fine-tunes/ft-1/nothing")
        #expect(problem(together, "PUT", "/v1/files/file-1")
            == "no such operation in together-openapi.yaml: PUT /v1/files/file-1 (/v1/files/{id} takes DELETE, GET)")
        #expect(problem(openAI, "GET", "/v1/files", query: ["order": "sideways"]) == "query.order must be one of asc, desc")
        #expect(problem(openAI, "GET", "/v1/files", query: ["limit": "ten"]) == "query.limit must be integer, not string")
        #expect(problem(openAI, "DELETE", "/v1/models/ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123") == nil)
        #expect(problem(openAI, "POST", "/v1/fine_tuning/jobs/ftjob-1/pause") == nil)
        #expect(problem(openAI, "GET", "/fine_tuning/jobs") == "no such operation in openai-openapi.yaml: GET /fine_tuning/jobs")
        #expect(!together.knows(method: "GET", path: "/v1/nothing") && together.knows(method: "GET", path: "/v1/hardware"))
        #expect(SpecRules.named("acme").problem(method: "GET", path: "/", query: [:], headers: [], body: [])
            == "there are no spec rules for acme; use openai, together or fireworks")
    }

    @Test func fireworksOperationsIncludingColonVerbsAndInference() {
        let datasets = "/v1/accounts/acme/datasets"
        #expect(problem(fireworks, "POST", "\(datasets)/marv:getUploadEndpoint", #"{"filenameToSize":{"marv.jsonl":"120"}}"#) == nil)
        #expect(problem(fireworks, "POST", "\(datasets)/marv:getUploadEndpoint", "{}") == "body.filenameToSize is required")
        #expect(problem(fireworks, "POST", "\(datasets)/marv:validateUpload", "{}") == nil)
        #expect(problem(fireworks, "GET", "\(datasets)/marv") == nil)
        // The verb's own operation, not `GET …/datasets/{dataset_id}` with an id of "marv:getDownloadEndpoint".
        #expect(problem(fireworks, "GET", "\(datasets)/marv:getDownloadEndpoint", query: ["downloadLineage": "maybe"])
            == "query.downloadLineage must be boolean, not string")
        #expect(problem(fireworks, "POST", "\(datasets)/marv:explode", "{}")?.hasPrefix("no such operation in fireworks-openapi.yaml or fireworks-inference-openapi.yaml") == true)
        let upload = form([("file", "{}")])
        #expect(fireworks.problem(method: "POST", path: "\(datasets)/marv:upload", query: [:], headers: upload.headers, body: upload.body) == nil)
        #expect(problem(fireworks, "POST", "/v1/accounts/acme/supervisedFineTuningJobs", #"{"baseModel":"accounts/fireworks/models/qwen3-8b"}"#)
            == "body.dataset is required")
        #expect(problem(fireworks, "POST", "/inference/v1/chat/completions", #"{"model":"m","messages":[{"role":"user","content":"Hi"}]}"#) == nil)
        #expect(problem(fireworks, "POST", "/inference/v1/chat/completions", #"{"messages":[{"role":"user","content":"Hi"}]}"#) == "body.model is required")
    }

    @Test func chatMessagesAreCheckedAgainstTheirOwnAlternative() {
        let chat = #"{"model":"gpt-4.1-mini","messages":[{"role":"system","content":"Marv."},{"role":"user","content":"Hi"}],"stream":true}"#
        #expect(problem(openAI, "POST", "/v1/chat/completions", chat) == nil)
        #expect(problem(openAI, "POST", "/v1/chat/completions", chat.replacingOccurrences(of: #""role":"user""#, with: #""role":"narrator""#))?
            .hasPrefix("body.messages[1].role must be one of") == true)
        #expect(problem(openAI, "POST", "/v1/chat/completions", chat.replacingOccurrences(of: #""content":"Hi""#, with: #""content":7"#))?
            .hasPrefix("body.messages[1].content") == true)
        #expect(problem(together, "POST", "/v1/chat/completions", chat.replacingOccurrences(of: #","stream":true"#, with: #","stream":"yes""#))
            == "body.stream must be boolean, not string")
    }
}
