import Foundation
import Testing

@testable import RecallCore

/// Answers written straight into a learner's journal, as `recall study` would have.
func writeAnswers(
  _ learner: String, home: URL, answers: [(card: String, rating: Rating, daysAgo: Double)]
) throws {
  let folder = home.appendingPathComponent("Progress/\(learner)", isDirectory: true)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let now = Date(timeIntervalSince1970: 1_715_342_400)
  var data = Data()
  for answer in answers {
    let at = now.addingTimeInterval(-answer.daysAgo * 86_400)
    let before = CardProgress(
      memory: MemoryState(
        state: .review, step: nil, stability: 5, difficulty: 5, due: at,
        lastReview: at.addingTimeInterval(-5 * 86_400)), reps: 2)
    let after = CardProgress(
      memory: MemoryState(
        state: .review, step: nil, stability: 20, difficulty: 5,
        due: at.addingTimeInterval(3 * 86_400), lastReview: at),
      reps: 3, lapses: answer.rating == .again ? 1 : 0)
    let entry = JournalEntry.review(
      ReviewRecord(
        deck: "stem-cells", card: answer.card, rating: answer.rating, at: at, durationMs: 5000,
        before: before, after: after))
    data.append(try JSONCoding.lineEncoder().encode(entry))
    data.append(0x0A)
  }
  try data.write(to: folder.appendingPathComponent("journal.jsonl"))
}

let fixedTime = ["RECALL_NOW": "2024-05-10T12:00:00Z", "TZ": "UTC"]

@Suite struct StatsCommandTests {
  private func classHome() throws -> URL {
    let home = try makeHome()
    try writeAnswers(
      "ana", home: home,
      answers: [
        ("definition:stem-cells", .good, 2), ("definition:stem-cells", .again, 1),
        ("definition:adult-stem-cells", .good, 1), ("choice:embryonic-stem-cells", .again, 0),
      ])
    try writeAnswers("ben", home: home, answers: [("definition:stem-cells", .again, 10)])
    return home
  }

  @Test func jsonGivesRetentionActivityAndForecast() throws {
    let home = try classHome()
    let result = try runRecall(
      ["stats", "--home", home.path, "--learner", "ana", "--json"], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["total_reviews"] as? Int == 4)
    #expect(object["review"] as? Int == 3)
    #expect(object["current_streak"] as? Int == 3)
    let retention = try #require(object["retention"] as? [[String: Any]])
    #expect(retention.first?["answers"] as? Int == 4)
    #expect(retention.first?["passed"] as? Int == 2)
    #expect(retention.first?["rate"] as? Double == 0.5)
    #expect((object["reviews_per_day"] as? [Any])?.count == 30)
    #expect((object["forecast"] as? [Any])?.count == 30)
    #expect((object["heatmap"] as? [String: Any])?["to"] as? String == "2024-05-10")
  }

  @Test func aLearnerWithoutAnswersGetsNullRatesNotNaN() throws {
    let home = try makeHome()
    try writeAnswers("new", home: home, answers: [])
    let result = try runRecall(
      ["stats", "--home", home.path, "--learner", "new", "--json"], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stdout.contains("NaN"))
    #expect(result.stdout.contains("\"rate\" : null"))
    let text = try runRecall(
      ["stats", "--home", home.path, "--learner", "new"], environment: fixedTime)
    #expect(text.stdout.contains("No answers on this deck yet"))
  }

  @Test func unknownLearnerOrDeckListsTheKnownOnes() throws {
    let home = try classHome()
    let learner = try runRecall(["stats", "--home", home.path, "--learner", "zoe"])
    #expect(learner.status == 2)
    #expect(learner.stderr.contains("ana, ben"))
    let deck = try runRecall(["stats", "--home", home.path, "--learner", "ana", "--deck", "nope"])
    #expect(deck.status == 2)
    #expect(deck.stderr.contains("stem-cells"))
  }

  @Test func textChartsArePlainAsciiWithinEightyColumnsWhenPiped() throws {
    let home = try classHome()
    let result = try runRecall(
      ["stats", "--home", home.path, "--learner", "ana"], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Reviews per day"))
    #expect(result.stdout.contains("Forecast"))
    #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func tagLimitsTheFiguresToItsCards() throws {
    let home = try classHome()
    let result = try runRecall(
      [
        "stats", "--home", home.path, "--learner", "ana", "--json", "--tag",
        "core-principles/tissue-engineering",
      ], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["cards"] as? Int == 1)
    #expect(object["deck_reviews"] as? Int == 0)
    #expect(object["total_reviews"] as? Int == 4)
    let unknown = try runRecall(
      ["stats", "--home", home.path, "--learner", "ana", "--tag", "nope"], environment: fixedTime)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("core-principles/tissue-engineering"))
  }
}

@Suite struct DeckArgumentTests {
  @Test func theDeckMayBeNamedBareAsInTheShell() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    try writeAnswers("ana", home: home, answers: [("definition:stem-cells", .good, 1)])
    let bare = try runRecall(
      ["stats", "stem-cells", "--home", home.path, "--learner", "ana", "--json"],
      environment: fixedTime)
    let option = try runRecall(
      ["stats", "--deck", "stem-cells", "--home", home.path, "--learner", "ana", "--json"],
      environment: fixedTime)
    #expect(bare.status == 0)
    #expect(bare.stdout == option.stdout)
  }

  @Test func twoDifferentDecksAreRefused() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try runRecall(
      ["quiz", "stem-cells", "--deck", "other", "--home", home.path, "--learner", "ana"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("two decks given ('stem-cells' and --deck other); give one"))
  }
}
