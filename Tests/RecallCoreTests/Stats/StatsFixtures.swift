import Foundation

@testable import RecallCore

/// 2024-05-10 12:00 UTC plus `days` days and `hours` hours.
func moment(day days: Double, hour: Double = 0) -> Date {
  Date(timeIntervalSince1970: 1_715_342_400 + days * 86_400 + hour * 3600)
}

/// A card's progress in `state`, last reviewed `lastReview`, with `stability` days.
func cardState(
  _ state: CardState, stability: Double = 10, lastReview: Date, due: Date, lapses: Int = 0,
  suspended: Bool = false, leech: Bool = false
) -> CardProgress {
  CardProgress(
    memory: MemoryState(
      state: state, step: state == .review ? nil : 0, stability: stability, difficulty: 5,
      due: due, lastReview: lastReview),
    reps: 1, lapses: lapses, suspended: suspended, firstReview: lastReview, leech: leech)
}

/// A journal line for an answer to `card` in deck `deck`.
func reviewLine(
  _ card: String, rating: Rating, at: Date, wasReview: Bool, durationMs: Int? = 4000,
  deck: String = "d"
) -> JournalEntry {
  let before =
    wasReview ? cardState(.review, lastReview: at.addingTimeInterval(-86_400), due: at) : nil
  return .review(
    ReviewRecord(
      deck: deck, card: card, rating: rating, at: at, durationMs: durationMs, before: before,
      after: cardState(.review, lastReview: at, due: at.addingTimeInterval(86_400))))
}

/// Writes `entries` as a journal in a fresh learner folder and returns the folder.
func writeJournal(_ entries: [JournalEntry], trailing: String = "") throws -> URL {
  let folder = makeTemporaryFolder()
  var data = Data()
  let encoder = JSONCoding.lineEncoder()
  for entry in entries {
    data.append(try encoder.encode(entry))
    data.append(0x0A)
  }
  data.append(Data(trailing.utf8))
  try data.write(to: folder.appendingPathComponent("journal.jsonl"))
  return folder
}
