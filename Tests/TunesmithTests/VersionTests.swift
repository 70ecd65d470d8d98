import Testing

@Suite struct VersionTests {
    @Test func versionPrintsTheVersionAndExitsZero() async throws {
        let result = try await TunesmithProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
