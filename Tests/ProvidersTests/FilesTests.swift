import Dataset
import Foundation
import OpenAIProvider
import ProviderKit
import Synchronization
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(5)))
struct FilesTests {
    func makeFile(bytes: Int) throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        var generator = SplitMix64(seed: UInt64(bytes))
        try Data((0..<bytes).map { _ in UInt8(truncatingIfNeeded: generator.next()) }).write(to: url)
        return url
    }

    @Test func multipartUploadArrivesByteForByteWithProgress() async throws {
        let fixture = try await StubFixture.start()
        let url = try makeFile(bytes: 1_000_003)
        let reports = Mutex<[Int64]>([])
        let file = try await fixture.client.uploadFile(path: url.path) { sent, total in
            reports.withLock { $0.append(sent) }
            #expect(total > 1_000_003)
        }
        #expect(file.filename == "train.jsonl")
        #expect(file.bytes == 1_000_003)
        #expect(file.purpose == "fine-tune")
        #expect(await fixture.stub.uploadedBytes(file.id) == [UInt8](try Data(contentsOf: url)))
        let sent = reports.withLock { $0 }
        #expect(sent == sent.sorted() && sent.count > 3)
        #expect(try await fixture.client.fileContent(id: file.id) == (try Data(contentsOf: url)))
        await fixture.stub.shutdown()
    }

    @Test func largeFilesGoThroughTheUploadsAPIInOrder() async throws {
        let fixture = try await StubFixture.start(uploadsThreshold: 100_000, partSize: 40_000)
        let url = try makeFile(bytes: 230_001)
        let last = Mutex<(Int64, Int64)>((0, 0))
        let file = try await fixture.client.uploadFile(path: url.path) { sent, total in last.withLock { $0 = (sent, total) } }
        let original = [UInt8](try Data(contentsOf: url))
        #expect(await fixture.stub.uploadedBytes(file.id) == original)
        #expect(last.withLock { $0 } == (230_001, 230_001))
        let requests = await fixture.stub.requests.map { "\($0.method) \($0.path)" }
        #expect(requests.filter { $0.hasSuffix("/parts") }.count == 6)
        #expect(requests.first == "POST /v1/uploads" && requests.last?.hasSuffix("/complete") == true)
        let complete = try #require(await fixture.stub.requests.last?.json)
        #expect(complete["md5"] as? String == (try OpenAIClient.md5Hex(of: url.path)))
        await fixture.stub.shutdown()
    }

    @Test func listsFollowEveryPage() async throws {
        let fixture = try await StubFixture.start()
        await fixture.stub.set { $0.pageSize = 2 }
        let url = try makeFile(bytes: 10)
        var ids: [String] = []
        for _ in 0..<5 { ids.append(try await fixture.client.uploadFile(path: url.path).id) }
        let files = try await fixture.client.listFiles(); let raw = files.compactMap(\.raw)
        #expect(files.map(\.id) == ids.reversed())
        #expect(raw.count == 5)
        let listRequests = await fixture.stub.requests.filter { $0.method == "GET" && $0.path == "/v1/files" }
        #expect(listRequests.count == 3)
        #expect(listRequests.last?.query["after"] == ids[1])
        try await fixture.client.deleteFile(id: ids[0])
        #expect(try await fixture.client.listFiles().count == 4)
        let missing = await #expect(throws: ProvidersError.self) { try await fixture.client.file(id: ids[0]) }
        #expect(missing?.kind == .notFound)
        #expect(missing?.message.contains("tunesmith files list") == true)
        await fixture.stub.shutdown()
    }
}
