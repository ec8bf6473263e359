import Foundation

/// FSRS-6: a pure function of (memory state, rating, review time, settings).
///
/// PLACEHOLDER: a minimal first cut; the scheduler issue replaces the body with
/// an exact port of py-fsrs 6.3.2's semantics.
public struct Scheduler: Sendable {
  /// The settings in force.
  public let settings: SchedulerSettings

  /// A scheduler with `settings`.
  public init(settings: SchedulerSettings = SchedulerSettings()) {
    self.settings = settings
  }

  /// The state after reviewing a card in `memory` with `rating` at `date`.
  /// `fuzzSeed` makes fuzzed intervals reproducible (derive it from the card id and review count).
  public func review(
    _ memory: MemoryState, rating: Rating, at date: Date, fuzzSeed: UInt64 = 0
  ) -> MemoryState {
    var next = memory
    let w = settings.parameters
    let stability = memory.stability ?? w[rating.rawValue - 1]
    let difficulty = memory.difficulty ?? 5
    next.stability = rating == .again ? max(0.1, stability * 0.5) : stability * 2.5
    next.difficulty = min(10, max(1, difficulty + Double(3 - rating.rawValue) * 0.5))
    next.lastReview = date
    switch rating {
    case .again:
      next.state = memory.state == .review ? .relearning : memory.state
      next.step = 0
      next.due = date.addingTimeInterval(600)
    default:
      next.state = .review
      next.step = nil
      let days = max(1, min(Double(settings.maximumInterval), (next.stability ?? 1).rounded()))
      next.due = date.addingTimeInterval(days * 86_400)
    }
    return next
  }

  /// A stable seed for the fuzz of card `cardID`'s review number `reviewCount` (FNV-1a).
  public static func fuzzSeed(cardID: String, reviewCount: Int) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in cardID.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash ^ UInt64(truncatingIfNeeded: reviewCount)
  }

  /// Probability of recalling a card in `memory` at `date` (0 for a new card).
  public func retrievability(_ memory: MemoryState, at date: Date) -> Double {
    guard let stability = memory.stability, let last = memory.lastReview else { return 0 }
    let days = max(0, (date.timeIntervalSince(last) / 86_400).rounded(.down))
    let decay = -settings.parameters[20]
    let factor = pow(0.9, 1 / decay) - 1
    return pow(1 + factor * days / stability, decay)
  }
}
