import Foundation

extension FireworksStub {
    /// `supervisedFineTuningJobs` and `dpoJobs`: create (the dataset must be READY), list with page
    /// tokens, get (each look advances the state), `:cancel`, `:resume`, delete, `:estimateCost`.
    func jobsRoute(_ request: StubRequest, kind: String, id: String?, verb: String?) -> StubResponse {
        guard let id else {
            if verb == "estimateCost" {
                guard let cost = estimatedCost else { return .json([:]) }
                return .json(["estimatedCost": ["currencyCode": "USD", "units": "\(Int(cost))", "nanos": Int((cost - Double(Int(cost))) * 1e9)]])
            }
            if request.method == "GET" {
                let mine = jobs.filter { jobKinds[$0.key] == kind }.values.sorted { "\($0["createTime"] ?? "")" > "\($1["createTime"] ?? "")" }
                return page(mine, key: kind, request)
            }
            var body = request.json ?? [:]
            let datasetID = (body["dataset"] as? String ?? "").split(separator: "/").last.map(String.init) ?? ""
            guard datasets[datasetID]?["state"] as? String == "READY" else {
                return Self.error(400, "dataset \(body["dataset"] ?? "") is not READY")
            }
            let jobID = request.query[kind == "dpoJobs" ? "dpoJobId" : "supervisedFineTuningJobId"] ?? nextID(kind == "dpoJobs" ? "dpo" : "sft")
            guard jobs[jobID] == nil else { return Self.error(409, "job \(jobID) already exists") }
            body["name"] = "accounts/\(account)/\(kind)/\(jobID)"
            body["state"] = "JOB_STATE_CREATING"
            body["createTime"] = time()
            body["updateTime"] = body["createTime"]
            body["createdBy"] = "author@acme.example"
            if kind == "supervisedFineTuningJobs" { body["estimatedCost"] = ["currencyCode": "USD", "units": "2", "nanos": 500_000_000] }
            jobs[jobID] = body
            jobKinds[jobID] = kind
            return .json(body)
        }
        guard var job = jobs[id], jobKinds[id] == kind else { return Self.error(404, "\(kind) accounts/\(account)/\(kind)/\(id) not found") }
        switch (request.method, verb) {
        case ("GET", nil):
            advance(&job)
            jobs[id] = job
            return .json(job)
        case ("POST", "cancel"):
            job["state"] = "JOB_STATE_CANCELLED"
            job["status"] = ["code": "CANCELLED", "message": "cancelled by the user"]
            jobs[id] = job
            return .json([:])
        case ("POST", "resume"):
            guard ["JOB_STATE_CANCELLED", "JOB_STATE_FAILED", "JOB_STATE_PAUSED"].contains(job["state"] as? String ?? "") else {
                return Self.error(400, "job \(id) is \(job["state"] ?? "") and cannot be resumed")
            }
            job["state"] = "JOB_STATE_RUNNING"
            job["status"] = nil
            jobs[id] = job
            return .json(job)
        case ("DELETE", nil):
            jobs[id] = nil
            return .json([:])
        default:
            return Self.error(404, "no such job method")
        }
    }

    /// CREATING -> VALIDATING -> RUNNING 50% -> RUNNING 100% -> COMPLETED, the output model named.
    func advance(_ job: inout [String: Any]) {
        var progress = job["jobProgress"] as? [String: Any] ?? [:]
        switch job["state"] as? String {
        case "JOB_STATE_CREATING": job["state"] = "JOB_STATE_VALIDATING"
        case "JOB_STATE_VALIDATING":
            job["state"] = "JOB_STATE_RUNNING"
            progress = ["percent": 50, "epoch": 1]
        case "JOB_STATE_RUNNING" where progress["percent"] as? Int ?? 0 < 100:
            progress = ["percent": 100, "epoch": 1]
        case "JOB_STATE_RUNNING":
            job["state"] = "JOB_STATE_COMPLETED"
            job["completedTime"] = time()
            job["status"] = ["code": "OK", "message": ""]
            let config = job["trainingConfig"] as? [String: Any]
            let output = (job["outputModel"] ?? config?["outputModel"]) as? String ?? ((job["name"] as? String)?.split(separator: "/").last.map(String.init) ?? "")
            let full = "accounts/\(account)/models/\(output)"
            if var config { config["outputModel"] = full; job["trainingConfig"] = config } else { job["outputModel"] = full }
        default: break
        }
        if !progress.isEmpty { job["jobProgress"] = progress }
        job["updateTime"] = time()
    }

    func deploymentsRoute(_ request: StubRequest, id: String?) -> StubResponse {
        guard let id else {
            if request.method == "GET" { return page(deployments.keys.sorted().compactMap { deployments[$0] }, key: "deployments", request) }
            var body = request.json ?? [:]
            let deploymentID = request.query["deploymentId"] ?? nextID("dep")
            body["name"] = "accounts/\(account)/deployments/\(deploymentID)"
            body["state"] = "CREATING"
            body["createTime"] = time()
            deployments[deploymentID] = body
            return .json(body)
        }
        guard var deployment = deployments[id] else { return Self.error(404, "deployment \(id) not found") }
        if request.method == "DELETE" {
            deployments[id] = nil
            return .json([:])
        }
        deployment["state"] = "READY"
        deployment["replicaCount"] = 1
        deployments[id] = deployment
        return .json(deployment)
    }
}
