import Foundation
import RecallCore

/// Writes generated learners as real files (`Decks/NAME.json`, `Progress/<learner>/journal.jsonl`
/// and `progress.json`) for the stats benchmark and the report screenshot.
///
/// Each answer picks a card at random, grades it from the card's retrievability (mostly good,
/// again when forgotten), times it from a long-tailed spread like the real review log
/// (a few seconds, sometimes minutes) and moves the card with the real FSRS scheduler.
struct SampleClass {
  /// The deck's name.
  let deckName: String
  /// Cards in the deck.
  let cards: Int
  /// The moment "now" of the generated data: the last answers fall just before it.
  let now: Date

  private var cardIDs: [String] {
    (0..<cards).map { "basic:term-\($0)" }
  }

  /// Writes `Decks/<deckName>.json` under `home`.
  func writeDeck(home: URL) throws {
    let sections = ["anatomy", "physiology", "pharmacology", "pathology", "genetics", "ethics"]
    let deck = Deck(
      title: "Generated deck", source: nil,
      cards: cardIDs.enumerated().map { index, id in
        Card(
          id: id, kind: .basic, term: "term \(index)",
          front: "What is term \(index) (\(sections[index % sections.count]))?",
          back: "Answer \(index)", tags: ["medicine/\(sections[index % sections.count])"])
      })
    let folder = home.appendingPathComponent("Decks", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try DeckStore.save(deck, to: folder.appendingPathComponent("\(deckName).json"))
  }

  /// Writes `reviews` answers over `days` days for `learner`, with a snapshot covering them.
  /// `skill` (0…1) shifts how often cards are forgotten; the last answer falls `idle` days
  /// before `now`.
  func writeLearner(
    _ learner: String, home: URL, reviews: Int, days: Int, skill: Double, seed: UInt64,
    idle: Double = 0
  ) throws {
    let folder = home.appendingPathComponent("Progress/\(learner)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var random = SeededGenerator(seed: seed)
    let scheduler = Scheduler()
    let ids = cardIDs
    var states = [CardProgress?](repeating: nil, count: cards)
    let end = now.timeIntervalSince1970 - idle * 86_400 - 60
    let start = end - Double(days) * 86_400
    let step = Double(days) * 86_400 / Double(max(1, reviews))
    var journal = Data()
    journal.reserveCapacity(reviews * 520)
    var time = start
    for _ in 0..<reviews {
      time += step * (0.2 + 1.6 * random.nextUnit())
      let at = Date(timeIntervalSince1970: min(time, end).rounded())
      let index = Int(random.next() % UInt64(cards))
      let before = states[index]
      let memory = before?.memory ?? MemoryState.new(due: at)
      let recall = memory.isNew ? 0.6 : scheduler.retrievability(memory, at: at)
      let draw = random.nextUnit()
      let rating: Rating =
        draw > recall * (0.85 + 0.15 * skill)
        ? .again
        : (draw < 0.15 ? .easy : (draw > 0.8 * recall ? .hard : .good))
      let next = scheduler.review(memory, rating: rating, at: at, fuzzSeed: random.next())
      var after = before ?? CardProgress(memory: next, firstReview: at)
      after.memory = next
      after.reps += 1
      if rating == .again, memory.state == .review { after.lapses += 1 }
      if after.lapses >= 8, !after.leech {
        after.leech = true
        after.suspended = true
      }
      states[index] = after
      let duration = Int(2000 + 60_000 * pow(random.nextUnit(), 6) + 9000 * random.nextUnit())
      JournalLine.append(
        to: &journal, deck: deckName, card: ids[index], rating: rating.rawValue, at: at,
        durationMs: duration, before: before, after: after)
    }
    try journal.write(to: folder.appendingPathComponent(ProgressStore.journalFile))
    var deckStates: [String: CardProgress] = [:]
    for (index, state) in states.enumerated() {
      if let state { deckStates[ids[index]] = state }
    }
    let decks = try JSONCoding.lineEncoder().encode([deckName: deckStates])
    let head = """
      {"format_version":1,"learner":"\(learner)","journal_offset":\(journal.count),\
      "journal_lines":\(reviews),"review_count":\(reviews),\
      "saved_at":"\(JSONCoding.formatDate(now))","decks":
      """
    try (Data(head.utf8) + decks + Data("}\n".utf8)).write(
      to: folder.appendingPathComponent(ProgressStore.snapshotFile))
  }
}
