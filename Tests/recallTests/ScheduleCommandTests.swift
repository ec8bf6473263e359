import Foundation
import Testing

/// Runs the built `recall` binary, as a user would.
@Suite struct ScheduleCommandTests {
  /// Runs `recall schedule --replay -` with `input` on stdin.
  static func run(_ input: String) throws -> RunResult {
    try runRecall(["schedule", "--replay", "-"], input: input)
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
