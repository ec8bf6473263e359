import Foundation

/// FSRS-6: a pure function of (memory state, rating, review time, settings), matching
/// py-fsrs 6.3.2's `Scheduler` with fuzz drawn from a seed instead of a global random source.
///
/// Every power is computed as `pow(e, x)` where py-fsrs writes `math.e ** x`, in the same order,
/// so results agree with py-fsrs to the last bit on the same C library.
public struct Scheduler: Sendable {
  /// The settings in force.
  public let settings: SchedulerSettings

  /// Constants derived from the settings once, so `review` allocates nothing.
  let k: Constants

  /// A scheduler with `settings`, taken as given: call `settings.validate()` first (or use
  /// `init(validating:)`) for untrusted input. Missing weights take their default values.
  public init(settings: SchedulerSettings = SchedulerSettings()) {
    self.settings = settings
    self.k = Constants(settings)
  }

  /// A scheduler with `settings` after checking them with `SchedulerSettings.validate()`.
  public init(validating settings: SchedulerSettings) throws(SchedulerError) {
    try settings.validate()
    self.init(settings: settings)
  }

  /// Probability of recalling a card in `memory` at `date` (0 for a new card).
  /// Elapsed time counts whole 24-hour periods since the last review, as in py-fsrs.
  public func retrievability(_ memory: MemoryState, at date: Date) -> Double {
    guard let stability = memory.stability, let last = memory.lastReview else { return 0 }
    return retrievability(
      stability: stability, days: max(0, Self.elapsedDays(from: last, to: date)))
  }

  /// The state each of the four ratings would lead to (for showing intervals before grading).
  public func nextStates(
    _ memory: MemoryState, at date: Date, fuzzSeed: UInt64 = 0
  ) -> [Rating: MemoryState] {
    var states: [Rating: MemoryState] = [:]
    for rating in Rating.allCases {
      states[rating] = review(memory, rating: rating, at: date, fuzzSeed: fuzzSeed)
    }
    return states
  }

  /// Whole 24-hour periods from `start` to `end`, rounded down (negative if `end` is earlier),
  /// like Python's `timedelta.days`.
  @inline(__always)
  static func elapsedDays(from start: Date, to end: Date) -> Double {
    (end.timeIntervalSince(start) / 86_400).rounded(.down)
  }

  @inline(__always)
  func retrievability(stability: Double, days: Double) -> Double {
    pow(1 + k.factor * days / stability, k.decay)
  }
}
