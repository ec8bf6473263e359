import Foundation
import Testing

@testable import RecallCore

/// The study day as a learner lives it, through the built binary on the bundled deck, with the
/// program's clock set by `RECALL_NOW`.
@Suite struct DailyQueueEndToEndTests {
  /// A home holding the deck shipped in `Decks/`.
  func bundledHome() throws -> URL {
    let home = try makeHome(decks: [])
    try FileManager.default.copyItem(
      at: projectFolder.appendingPathComponent("Decks/regenerative-medicine.json"),
      to: home.appendingPathComponent("Decks/regenerative-medicine.json"))
    return home
  }

  /// One `recall study` at `now`, revealing every card and grading it Good.
  func studyAllGood(home: URL, now: String) throws -> RunResult {
    try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--no-color"],
      input: String(repeating: "\n3\n", count: 80),
      environment: ["RECALL_NOW": now, "TZ": "UTC"])
  }

  /// The terms (notes) of the cards answered in journal lines `lines`.
  func terms(_ lines: ArraySlice<[String: Any]>) -> Set<String> {
    Set(lines.compactMap { ($0["card"] as? String).map { String(Card.noteKey(of: $0)) } })
  }

  /// The `of` of every `done/of` counter line printed, in order.
  func counterTotals(_ output: String) -> [Int] {
    output.split(separator: "\n").compactMap { line in
      guard let slash = line.firstIndex(of: "/"), let dot = line.range(of: " · ") else {
        return nil
      }
      return Int(line[line.index(after: slash)..<dot.lowerBound])
    }
  }

  @Test func aFirstDayMeetsTwentyTermsASecondSessionNoneAndTheNextDayNewOnes() throws {
    let home = try bundledHome()
    defer { try? FileManager.default.removeItem(at: home) }

    let first = try studyAllGood(home: home, now: "2027-01-04T09:00:00Z")
    #expect(first.status == 0, "stderr: \(first.stderr)")
    #expect(first.stdout.contains("ana: 20 cards to study: 20 new"))
    let dayOne = try journal(home: home, learner: "ana")
    #expect(terms(dayOne[...]).count == 20)
    // Each new term is seen twice (its 10-minute step comes back), and the counter knew it.
    #expect(dayOne.count == 40)
    let totals = counterTotals(first.stdout)
    #expect(totals.first == 20)
    #expect(totals.last == 40)
    #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(first.stdout.contains("Session over: answered 40 cards"))
    #expect(first.stdout.contains("New cards: 20 today (limit 20); 5 more can come today"))

    // The same day, later: the day's twenty new cards are used up.
    let second = try studyAllGood(home: home, now: "2027-01-04T15:00:00Z")
    #expect(second.status == 0, "stderr: \(second.stderr)")
    #expect(second.stdout.contains("Nothing is due now."))
    #expect(!second.stdout.contains("to study"))
    #expect(try journal(home: home, learner: "ana").count == dayOne.count)

    // The next day brings twenty new cards again, in deck order one per term: the next card
    // of terms met yesterday, and a term not met yet.
    let third = try studyAllGood(home: home, now: "2027-01-05T09:00:00Z")
    #expect(third.status == 0, "stderr: \(third.stderr)")
    #expect(third.stdout.contains("ana: 20 cards to study: 20 new"))
    let dayTwo = try journal(home: home, learner: "ana").dropFirst(dayOne.count)
    let cardsBefore = Set(dayOne.compactMap { $0["card"] as? String })
    let newCards = Set(dayTwo.compactMap { $0["card"] as? String }).subtracting(cardsBefore)
    #expect(newCards.count == 20)
    #expect(!terms(dayTwo).subtracting(terms(dayOne[...])).isEmpty)
  }
}
