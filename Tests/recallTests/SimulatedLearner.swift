import Foundation

@testable import RecallCore

/// A learner who studies every day with recall's default scheduler but forgets as `truth`
/// says: their journal, written as `recall study` writes it, for tests of `recall optimize`.
struct SimulatedLearner {
  /// The parameters the learner really forgets by.
  var truth: [Double]
  /// Cards learned, `newPerDay` a day from the first day on.
  var cards: Int
  /// New cards a day.
  var newPerDay = 10
  /// Days of study, ending the day before `end`.
  var days: Int
  /// Seed of the learner's answers.
  var seed: UInt64 = 7

  /// A learner who forgets much faster than FSRS-6's defaults expect.
  static let forgetful: [Double] = {
    var w = SchedulerSettings.defaultParameters
    w[0] = 0.1
    w[2] = 0.6
    w[8] = 0.9
    w[20] = 0.5
    return w
  }()

  /// A learner who forgets faster still, and whose recall grows slowly with each review: a fit
  /// to their answers moves the parameters far enough to shorten the next week's intervals.
  static let veryForgetful: [Double] = {
    var w = forgetful
    w[2] = 0.4
    w[8] = 0.5
    w[20] = 0.6
    return w
  }()

  /// Writes the journal of `learner` under `home`, in deck `deck`, the last day of study being
  /// the day before `end`; returns how many answers it holds.
  @discardableResult
  func write(_ learner: String, home: URL, deck: String = "sim", end: Date) throws -> Int {
    let folder = home.appendingPathComponent("Progress/\(learner)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let app = Scheduler(settings: SchedulerSettings(enableFuzzing: false))
    let world = Scheduler(settings: SchedulerSettings(parameters: truth, enableFuzzing: false))
    var generator = SeededGenerator(seed: seed)
    var states: [Int: (app: CardProgress, world: MemoryState)] = [:]
    var lines = Data()
    let encoder = JSONCoding.lineEncoder()
    let first = end.addingTimeInterval(-Double(days) * 86_400 + 10 * 3600)
    for day in 0..<days {
      let morning = first.addingTimeInterval(Double(day) * 86_400)
      let introduced = min(cards, (day + 1) * newPerDay)
      for card in 0..<introduced {
        var time = morning
        // A card's learning steps all happen the same morning, a few minutes apart.
        for _ in 0..<6 {
          let before = states[card]
          let memory = before?.app.memory ?? MemoryState.new(due: morning)
          guard memory.due <= morning.addingTimeInterval(3600) else { break }
          time = max(time, memory.due)
          let worldMemory = before?.world ?? MemoryState.new(due: morning)
          let rating: Rating
          if worldMemory.isNew {
            rating = [.again, .good, .good, .hard, .good, .easy][Int(generator.next() % 6)]
          } else {
            let p = world.retrievability(worldMemory, at: time)
            rating = generator.nextUnit() < p ? (generator.next() % 5 == 0 ? .hard : .good) : .again
          }
          let next = app.review(memory, rating: rating, at: time)
          var after = before?.app ?? CardProgress(memory: memory, firstReview: time)
          after.memory = next
          after.reps += 1
          if rating == .again, memory.state == .review { after.lapses += 1 }
          let record = ReviewRecord(
            deck: deck, card: "basic:c\(card)", rating: rating, at: time, durationMs: 4000,
            before: before?.app, after: after)
          lines.append(try encoder.encode(JournalEntry.review(record)))
          lines.append(0x0A)
          states[card] = (after, world.review(worldMemory, rating: rating, at: time))
          time.addTimeInterval(60)
        }
      }
    }
    try lines.write(to: folder.appendingPathComponent("journal.jsonl"))
    return lines.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }
}
