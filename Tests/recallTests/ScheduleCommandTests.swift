import Foundation
import Testing

/// Runs the built `recall` binary, as a user would.
@Suite struct ScheduleCommandTests {
  /// The `recall` executable next to the test bundle, or in a `.build*/debug` of the package.
  static func recallBinary() -> URL? {
    var directories = [
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let builds = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    for build in builds.sorted() where build.hasPrefix(".build") {
      directories.append(root.appendingPathComponent(build).appendingPathComponent("debug"))
    }
    return directories.map { $0.appendingPathComponent("recall") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs `recall schedule --replay -` with `input` on stdin.
  static func run(_ input: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let binary = try #require(recallBinary(), "build the recall executable first")
    let process = Process()
    process.executableURL = binary
    process.arguments = ["schedule", "--replay", "-"]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: out, as: UTF8.self),
      String(decoding: err, as: UTF8.self)
    )
  }

  @Test func replayPrintsOneEntryPerReview() throws {
    let input = """
      {"settings": {"enable_fuzzing": false},
       "reviews": [{"rating": 3, "at": "2024-05-01T12:00:00Z"},
                   {"rating": 3, "at": "2024-05-01T12:10:00Z"}]}
      """
    let result = try Self.run(input)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let entries = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(entries.count == 2)
    #expect(entries.first?["state"] as? String == "learning")
    #expect(entries.first?["step"] as? Int == 1)
    #expect(entries.first?["due"] as? String == "2024-05-01T12:10:00Z")
    #expect(entries.last?["state"] as? String == "review")
    #expect(entries.last?["step"] is NSNull)
    #expect(entries.last?["due"] as? String == "2024-05-03T12:10:00Z")
    let keys = result.stdout.split(separator: "\n").prefix(8).compactMap { line in
      line.split(separator: "\"").dropFirst().first.map(String.init)
    }
    #expect(keys == ["difficulty", "due", "retrievability", "stability", "state", "step"])
  }

  @Test func badInputExitsWithStatusTwoAndNamesTheField() throws {
    let input = """
      {"reviews": [{"rating": 3, "at": "2024-05-01T12:00:00Z"},
                   {"rating": 7, "at": "2024-05-02T12:00:00Z"}]}
      """
    let result = try Self.run(input)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "recall: <stdin>: reviews[1].rating: 7 is not a rating (1–4)\n")
  }

  @Test func syntaxErrorsGiveLineAndColumn() throws {
    let result = try Self.run("{\"reviews\": [\n  {\"rating\": 3 \"at\": 1}]}")
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("recall: <stdin>: line 2, column 16: "))
  }
}
