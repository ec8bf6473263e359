import Foundation
import Testing

@testable import RecallCore

@Suite struct ReportCommandTests {
  /// ana: 3 answers, 1 failed; ben: 1 answer, failed; carl: unreadable progress.
  private func classHome() throws -> URL {
    let home = try makeHome()
    try writeAnswers(
      "ana", home: home,
      answers: [
        ("definition:stem-cells", .good, 2), ("definition:stem-cells", .again, 1),
        ("definition:adult-stem-cells", .good, 1),
      ])
    try writeAnswers("ben", home: home, answers: [("definition:stem-cells", .again, 10)])
    let broken = home.appendingPathComponent("Progress/carl")
    try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
    try Data("{\"decks\": [".utf8).write(to: broken.appendingPathComponent("progress.json"))
    return home
  }

  @Test func csvHasOneQuotedRowPerLearnerWithTheNameFirst() throws {
    let home = try classHome()
    let result = try runRecall(
      ["report", "--home", home.path, "--format", "csv"], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let rows = result.stdout.split(separator: "\r\n").map(String.init)
    #expect(rows.count == 4)
    #expect(rows[0].hasPrefix("learner,last_studied,reviews_7d,reviews_30d,retention_30d"))
    #expect(rows[1].hasPrefix("ana,2024-05-09T12:00:00Z,3,3,0.667,"))
    #expect(rows[2].hasPrefix("ben,2024-04-30T12:00:00Z,0,1,0.000,"))
    // carl's problem names the file and holds commas, so the field is quoted.
    #expect(rows[3].hasPrefix("carl,,,,,,,,\"Progress/carl/progress.json"))
  }

  @Test func csvOfTheCardsFailedMostNamesEachCardWithItsQuestion() throws {
    let home = try classHome()
    let result = try runRecall(
      ["report", "--home", home.path, "--format", "csv", "--cards"], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let rows = result.stdout.split(separator: "\r\n").map(String.init)
    #expect(rows.first == "deck,card,question,again,answers,fail_rate,learners")
    // stem-cells: ana failed it once in two answers, ben once in one: 2 of 3, by 2 learners.
    #expect(
      rows.dropFirst().first == "stem-cells,definition:stem-cells,What are stem cells?,2,3,0.667,2")
    let refused = try runRecall(["report", "--home", home.path, "--cards"], environment: fixedTime)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--cards goes with --format csv"))
  }

  @Test func sortByAColumnOrdersRowsAndAnUnknownColumnIsRefused() throws {
    let home = try classHome()
    let sorted = try runRecall(
      ["report", "--home", home.path, "--format", "csv", "--sort", "retention_30d"],
      environment: fixedTime)
    let names = sorted.stdout.split(separator: "\r\n").dropFirst().map { $0.prefix { $0 != "," } }
    #expect(names == ["ana", "ben", "carl"])
    let byBacklog = try runRecall(
      ["report", "--home", home.path, "--format", "csv", "--sort", "reviews_7d"],
      environment: fixedTime)
    #expect(byBacklog.stdout.split(separator: "\r\n").dropFirst().first?.hasPrefix("ana") == true)
    let bad = try runRecall(["report", "--home", home.path, "--sort", "speed"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("retention_30d"))
  }

  @Test func htmlIsSelfContainedWithSvgChartsAndNoScript() throws {
    let home = try classHome()
    let file = home.appendingPathComponent("class.html")
    let result = try runRecall(
      ["report", "--home", home.path, "--format", "html", "-o", file.path],
      environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.contains("<svg"))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
    #expect(html.contains("progress unreadable"))
    #expect(html.contains("What are stem cells?"))
  }

  @Test func tableListsCardsFailedMostAndJsonHasTheRows() throws {
    let home = try classHome()
    let table = try runRecall(["report", "--home", home.path], environment: fixedTime)
    #expect(table.stdout.contains("Cards failed most"))
    #expect(table.stdout.contains("What are stem cells?"))
    let json = try runRecall(
      ["report", "--home", home.path, "--format", "json"], environment: fixedTime)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let learners = try #require(object["learners"] as? [[String: Any]])
    #expect(learners.map { $0["learner"] as? String } == ["ana", "ben", "carl"])
    let failed = try #require(object["cards_failed_most"] as? [[String: Any]])
    #expect(failed.first?["card"] as? String == "definition:stem-cells")
    #expect(failed.first?["again"] as? Int == 2)
    #expect(failed.first?["learners"] as? Int == 2)
  }

  @Test func anEmptyClassSaysSoAndAnUnknownDeckIsRefused() throws {
    let home = try makeHome()
    let result = try runRecall(["report", "--home", home.path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("No learners yet"))
    let deck = try runRecall(["report", "--home", home.path, "--deck", "nope"])
    #expect(deck.status == 2)
    #expect(deck.stderr.contains("stem-cells"))
  }
}
