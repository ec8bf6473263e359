import Foundation

/// A card's scheduling columns in Anki's `cards` table (schema 11).
struct AnkiCardSchedule {
  var type = 0
  var queue = 0
  var due: Int64 = 0
  var interval = 0
  var factor = 0
  var reps = 0
  var lapses = 0
  var left = 0
  /// The FSRS memory state as Anki keeps it in `cards.data`.
  var data = "{}"

  /// The columns for a card at `position` among new cards with `progress` (nil: new), for a
  /// collection created at `created` (seconds), exported at `now` in study day `day`.
  init(
    _ progress: CardProgress?, position: Int, created: Int64, now: Date, day: StudyDay,
    retention: Double
  ) {
    due = Int64(position)
    guard let progress else { return }
    let memory = progress.memory
    reps = progress.reps
    lapses = progress.lapses
    if let last = memory.lastReview {
      switch memory.state {
      case .learning: type = 1
      case .review: type = 2
      case .relearning: type = 3
      }
      if type == 2 {
        queue = 2
        due = Self.dayNumber(memory.due, created: created)
        interval = max(1, Int((memory.due.timeIntervalSince(last) / 86_400).rounded()))
        factor = 2500
      } else if memory.due < day.end(of: now) {
        queue = 1
        due = Int64(memory.due.timeIntervalSince1970)
        left = 1
      } else {
        queue = 3
        due = Self.dayNumber(memory.due, created: created)
        left = 1
      }
      if let stability = memory.stability, let difficulty = memory.difficulty {
        data = String(
          format: "{\"s\":%.4f,\"d\":%.3f,\"dr\":%.2f,\"lrt\":%lld}", stability, difficulty,
          retention, Int64(last.timeIntervalSince1970))
      }
    }
    if progress.suspended {
      queue = -1
    } else if let buried = progress.buriedUntil, buried > now {
      queue = -3
    }
  }

  /// Days from the collection's creation to `date`, as Anki counts review due dates.
  static func dayNumber(_ date: Date, created: Int64) -> Int64 {
    Int64(((date.timeIntervalSince1970 - Double(created)) / 86_400).rounded(.down))
  }
}

/// One row of Anki's `revlog`, from an answer recall recorded.
struct AnkiRevlogRow {
  var id: Int64
  var card: Int64
  var ease: Int
  var interval: Int
  var lastInterval: Int
  var factor: Int
  var time: Int
  var type: Int

  /// Anki's interval of a card in `memory` answered at `at`: days in review, else negative
  /// seconds until it is due.
  static func interval(_ memory: MemoryState?, at: Date) -> Int {
    guard let memory, memory.lastReview != nil else { return 0 }
    let seconds = memory.due.timeIntervalSince(at)
    if memory.state == .review { return max(1, Int((seconds / 86_400).rounded())) }
    return -max(1, Int(seconds.rounded()))
  }

  /// The row of `record` for Anki card `card`, with the unique id `id`.
  init(_ record: ReviewRecord, card: Int64, id: Int64) {
    self.id = id
    self.card = card
    ease = record.rating.rawValue
    interval = Self.interval(record.after.memory, at: record.at)
    lastInterval = Self.interval(record.before?.memory, at: record.at)
    factor = Int(((record.after.memory.difficulty ?? 0) * 100).rounded())
    time = max(0, min(record.durationMs ?? 0, 3_600_000))
    switch record.before?.memory.state {
    case .review?: type = 1
    case .relearning?: type = 2
    default: type = 0
    }
  }
}
