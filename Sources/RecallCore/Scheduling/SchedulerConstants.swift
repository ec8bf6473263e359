import Foundation

/// Python's `math.e`.
let eulerE = 2.718281828459045

/// One value per rating, without an array.
struct PerRating: Sendable {
  var again, hard, good, easy: Double

  init(_ make: (Rating) -> Double) {
    again = make(.again)
    hard = make(.hard)
    good = make(.good)
    easy = make(.easy)
  }

  @inline(__always)
  subscript(rating: Rating) -> Double {
    switch rating {
    case .again: again
    case .hard: hard
    case .good: good
    case .easy: easy
    }
  }
}

/// Everything `Scheduler.review` needs, computed once from the settings.
struct Constants: Sendable {
  let decay: Double
  let factor: Double
  /// `desired_retention ** (1 / decay) - 1`.
  let intervalFactor: Double
  let maximumInterval: Int
  let enableFuzzing: Bool
  let initialStability: PerRating
  let initialDifficulty: PerRating
  /// `e ** (w17 * (rating - 3 + w18))`.
  let shortTermBase: PerRating
  /// `-(w6 * (rating - 3))`.
  let deltaDifficulty: PerRating
  /// `w7 * D0(easy)` (unclamped), the mean-reversion target's share.
  let reversionTarget: Double
  let oneMinusW7: Double
  let expW8: Double
  let w9, w10, w11, w12, w13, w14, w15, w16, w19: Double
  /// `e ** (w17 * w18)`.
  let forgetShortTermDivisor: Double
  let learningSteps: [Double]
  let relearningSteps: [Double]
  /// The interval after Hard on the first step (1.5 × a single step, or the mean of the first two).
  let learningHardFirst: Double
  let relearningHardFirst: Double

  init(_ settings: SchedulerSettings) {
    let given = settings.parameters
    let defaults = SchedulerSettings.defaultParameters
    let w = defaults.indices.map { $0 < given.count ? given[$0] : defaults[$0] }
    decay = -w[20]
    factor = pow(0.9, 1 / decay) - 1
    intervalFactor = pow(settings.desiredRetention, 1 / decay) - 1
    maximumInterval = settings.maximumInterval
    enableFuzzing = settings.enableFuzzing
    initialStability = PerRating { max(w[$0.rawValue - 1], 0.001) }
    let d0 = { (rating: Rating) in w[4] - pow(eulerE, w[5] * Double(rating.rawValue - 1)) + 1 }
    initialDifficulty = PerRating { min(max(d0($0), 1), 10) }
    shortTermBase = PerRating { pow(eulerE, w[17] * (Double($0.rawValue - 3) + w[18])) }
    deltaDifficulty = PerRating { -(w[6] * Double($0.rawValue - 3)) }
    reversionTarget = w[7] * d0(.easy)
    oneMinusW7 = 1 - w[7]
    expW8 = pow(eulerE, w[8])
    (w9, w10, w11, w12, w13, w14) = (w[9], w[10], w[11], w[12], w[13], w[14])
    (w15, w16, w19) = (w[15], w[16], w[19])
    forgetShortTermDivisor = pow(eulerE, w[17] * w[18])
    learningSteps = settings.learningSteps
    relearningSteps = settings.relearningSteps
    learningHardFirst = Self.hardFirst(settings.learningSteps)
    relearningHardFirst = Self.hardFirst(settings.relearningSteps)
  }

  private static func hardFirst(_ steps: [Double]) -> Double {
    switch steps.count {
    case 0: 0
    case 1: steps[0] * 1.5
    default: (steps[0] + steps[1]) / 2.0
    }
  }
}
