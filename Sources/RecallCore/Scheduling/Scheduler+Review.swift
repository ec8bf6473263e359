import Foundation

extension Scheduler {
  /// The state after reviewing a card in `memory` with `rating` at `date`.
  ///
  /// `fuzzSeed` makes fuzzed intervals reproducible (see `fuzzSeed(cardID:reviewCount:)`); it is
  /// ignored when fuzzing is off or the card is not scheduled in days.
  public func review(
    _ memory: MemoryState, rating: Rating, at date: Date, fuzzSeed: UInt64 = 0
  ) -> MemoryState {
    var next = memory
    let (stability, difficulty) = updatedMemory(memory, rating: rating, at: date)
    next.stability = stability
    next.difficulty = difficulty
    next.lastReview = date

    var seconds: Double? = nil
    switch memory.state {
    case .learning:
      seconds = Self.stepInterval(
        k.learningSteps, hardFirst: k.learningHardFirst, rating: rating, next: &next)
    case .relearning:
      seconds = Self.stepInterval(
        k.relearningSteps, hardFirst: k.relearningHardFirst, rating: rating, next: &next)
    case .review:
      if rating == .again, let first = k.relearningSteps.first {
        next.state = .relearning
        next.step = 0
        seconds = first
      }
    }

    if let seconds {
      next.due = date.addingTimeInterval(seconds)
      return next
    }
    if memory.state != .review {
      next.state = .review
      next.step = nil
    }
    var days = nextInterval(stability: stability)
    if k.enableFuzzing {
      days = fuzzedInterval(days, seed: fuzzSeed)
    }
    next.due = date.addingTimeInterval(Double(days) * 86_400)
    return next
  }

  /// Seconds to the next (re)learning step, updating `next.step`; nil when the card graduates.
  @inline(__always)
  static func stepInterval(
    _ steps: [Double], hardFirst: Double, rating: Rating, next: inout MemoryState
  ) -> Double? {
    let step = next.step ?? 0
    if steps.isEmpty || (step >= steps.count && rating != .again) {
      return nil
    }
    switch rating {
    case .again:
      next.step = 0
      return steps[0]
    case .hard:
      next.step = step
      return step == 0 ? hardFirst : steps[clampedIndex(step, steps.count)]
    case .good:
      guard step + 1 != steps.count else { return nil }
      next.step = step + 1
      return steps[clampedIndex(step + 1, steps.count)]
    case .easy:
      return nil
    }
  }

  @inline(__always)
  static func clampedIndex(_ index: Int, _ count: Int) -> Int {
    min(max(index, 0), count - 1)
  }

  /// New stability and difficulty: initial values for a first review, the same-day formula
  /// when less than a whole day has passed, else the long-term formula at the current
  /// retrievability. Stability is computed from the difficulty before its update.
  @inline(__always)
  func updatedMemory(
    _ memory: MemoryState, rating: Rating, at date: Date
  ) -> (stability: Double, difficulty: Double) {
    guard let stability = memory.stability, let difficulty = memory.difficulty else {
      return (k.initialStability[rating], k.initialDifficulty[rating])
    }
    let newStability: Double
    if let last = memory.lastReview {
      let days = Self.elapsedDays(from: last, to: date)
      if days < 1 {
        newStability = shortTermStability(stability, rating: rating)
      } else {
        let r = retrievability(stability: stability, days: days)
        newStability = longTermStability(stability, difficulty: difficulty, r: r, rating: rating)
      }
    } else {
      newStability = longTermStability(stability, difficulty: difficulty, r: 0, rating: rating)
    }
    return (newStability, nextDifficulty(difficulty, rating: rating))
  }

  @inline(__always)
  func shortTermStability(_ stability: Double, rating: Rating) -> Double {
    var increase = k.shortTermBase[rating] * pow(stability, -k.w19)
    if rating != .again {
      increase = max(increase, 1.0)
    }
    return max(stability * increase, 0.001)
  }

  @inline(__always)
  func longTermStability(
    _ s: Double, difficulty d: Double, r: Double, rating: Rating
  ) -> Double {
    let next: Double
    if rating == .again {
      let longTerm =
        k.w11 * pow(d, -k.w12) * (pow(s + 1, k.w13) - 1) * pow(eulerE, (1 - r) * k.w14)
      let shortTerm = s / k.forgetShortTermDivisor
      next = shortTerm < longTerm ? shortTerm : longTerm
    } else {
      let hardPenalty = rating == .hard ? k.w15 : 1
      let easyBonus = rating == .easy ? k.w16 : 1
      next =
        s
        * (1 + k.expW8 * (11 - d) * pow(s, -k.w9) * (pow(eulerE, (1 - r) * k.w10) - 1)
          * hardPenalty * easyBonus)
    }
    return max(next, 0.001)
  }

  /// Linear damping towards 10, then mean reversion towards the initial difficulty of Easy.
  @inline(__always)
  func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
    let damped = difficulty + (10.0 - difficulty) * k.deltaDifficulty[rating] / 9.0
    let reverted = k.reversionTarget + k.oneMinusW7 * damped
    return min(max(reverted, 1), 10)
  }

  /// Days until the next review: rounded half to even, at least 1, at most `maximum_interval`.
  @inline(__always)
  func nextInterval(stability: Double) -> Int {
    let days = ((stability / k.factor) * k.intervalFactor).rounded(.toNearestOrEven)
    let atLeastOne = days >= 1 ? days : 1
    return atLeastOne >= Double(k.maximumInterval) ? k.maximumInterval : Int(atLeastOne)
  }
}
