import Foundation
import Testing

@testable import RecallCore

@Suite struct FuzzTests {
  let start = Date(timeIntervalSince1970: 1_714_564_800)
  let fuzzy = Scheduler(settings: SchedulerSettings(learningSteps: [], enableFuzzing: true))
  let plain = Scheduler(settings: SchedulerSettings(learningSteps: [], enableFuzzing: false))

  /// A review card whose unfuzzed Good interval is several weeks.
  var matureCard: MemoryState {
    var card = plain.review(.new(due: start), rating: .easy, at: start)
    card.stability = 40
    return card
  }

  func days(_ state: MemoryState, from date: Date) -> Int {
    Int((state.due.timeIntervalSince(date) / 86_400).rounded())
  }

  @Test func sameSeedGivesSameInterval() {
    let at = matureCard.due
    for seed: UInt64 in [0, 1, 42, .max] {
      let a = fuzzy.review(matureCard, rating: .good, at: at, fuzzSeed: seed)
      let b = fuzzy.review(matureCard, rating: .good, at: at, fuzzSeed: seed)
      #expect(a == b)
    }
  }

  @Test func fuzzedIntervalsStayInTheFuzzRange() throws {
    let at = matureCard.due
    let base = days(plain.review(matureCard, rating: .good, at: at), from: at)
    let range = try #require(fuzzy.fuzzRange(days: base))
    #expect(range.contains(base))
    var seen = Set<Int>()
    for seed in 0..<2000 {
      let fuzzed = fuzzy.review(matureCard, rating: .good, at: at, fuzzSeed: UInt64(seed))
      let interval = days(fuzzed, from: at)
      #expect(interval >= range.lowerBound && interval <= range.upperBound + 1)
      seen.insert(interval)
    }
    #expect(seen.count >= range.count)
  }

  @Test func shortIntervalsAreNotFuzzed() {
    #expect(fuzzy.fuzzRange(days: 2) == nil)
    for seed: UInt64 in 0..<50 {
      #expect(fuzzy.fuzzedInterval(1, seed: seed) == 1)
    }
  }

  @Test func fuzzNeverPassesTheMaximumInterval() {
    let capped = Scheduler(settings: SchedulerSettings(maximumInterval: 30))
    for seed: UInt64 in 0..<500 {
      #expect(capped.fuzzedInterval(30, seed: seed) <= 30)
    }
  }

  @Test func fuzzSeedIsStableFNV1a() {
    #expect(Scheduler.fuzzSeed(cardID: "card-42", reviewCount: 3) == 13_763_491_548_250_975_898)
    #expect(
      Scheduler.fuzzSeed(cardID: "card-42", reviewCount: 4)
        != Scheduler.fuzzSeed(cardID: "card-42", reviewCount: 3))
  }
}
