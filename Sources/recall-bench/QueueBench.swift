import Foundation
import RecallCore

/// Prints the time to build the day's queue for a deck of 100,000 cards: 60 % already seen
/// (review, learning and relearning, due over the past and next months, a few suspended),
/// 40 % new. Best and median of 30 builds.
func benchmarkQueue() {
  let count = 100_000
  let now = Date(timeIntervalSince1970: 1_714_564_800)
  let cards = (0..<count).map { index in
    Card(
      id: "basic:c\(index)", kind: .basic, term: "c\(index)", front: "Q\(index)", back: "A\(index)")
  }
  let deck = Deck(title: "Bench", cards: cards)
  var generator = SeededGenerator(seed: 42)
  var states: [String: CardProgress] = [:]
  states.reserveCapacity(count)
  for index in 0..<(count * 6 / 10) {
    let roll = Int.random(in: 0..<100, using: &generator)
    let stability = Double.random(in: 0.5...200, using: &generator)
    let last = now.addingTimeInterval(-Double.random(in: 3600...(86_400 * 200), using: &generator))
    let due = now.addingTimeInterval(
      Double.random(in: (-86_400 * 30)...(86_400 * 60), using: &generator))
    let state: CardState = roll < 85 ? .review : (roll < 95 ? .learning : .relearning)
    let memory = MemoryState(
      state: state, step: state == .review ? nil : 0, stability: stability, difficulty: 5, due: due,
      lastReview: last)
    states["basic:c\(index)"] = CardProgress(
      memory: memory, reps: 3, suspended: roll == 99, firstReview: last)
  }
  let progress = LearnerProgress(learner: "bench", decks: ["bench": states])
  let scheduler = Scheduler()
  let day = StudyDay(rolloverHour: 4, timeZone: TimeZone(identifier: "UTC") ?? .current)
  let clockForIndex = ContinuousClock()
  let indexStart = clockForIndex.now
  let index = DeckIndex(deck)
  let indexTime = clockForIndex.now - indexStart
  var times: [Double] = []
  var total = 0
  let clock = ContinuousClock()
  for _ in 0..<30 {
    let began = clock.now
    let queue = DailyQueue(
      deck: deck, deckName: "bench", progress: progress, scheduler: scheduler, now: now, day: day,
      limits: DailyLimits(newCards: 20, reviews: 200), index: index)
    let elapsed = clock.now - began
    total += queue.all.count
    times.append(
      Double(elapsed.components.attoseconds) * 1e-15 + Double(elapsed.components.seconds) * 1e3)
  }
  times.sort()
  let best = times[0]
  let median = times[times.count / 2]
  print(
    String(
      format: "Daily queue from 100,000 cards: best %.2f ms, median %.2f ms  [%d cards queued]",
      best,
      median, total / times.count))
  print("  (the deck's id index, built once when a deck is loaded: \(indexTime))")
}
