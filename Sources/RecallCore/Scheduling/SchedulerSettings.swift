import Foundation

/// The settings of the FSRS-6 scheduler, with py-fsrs 6.3.2's defaults.
public struct SchedulerSettings: Codable, Hashable, Sendable {
  /// FSRS-6's 21 default weights (w0 … w20).
  public static let defaultParameters: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]

  /// The smallest value each weight may take (py-fsrs 6.3.2's `LOWER_BOUNDS_PARAMETERS`).
  public static let lowerBounds: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001,
    0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
  ]

  /// The largest value each weight may take (py-fsrs 6.3.2's `UPPER_BOUNDS_PARAMETERS`).
  public static let upperBounds: [Double] = [
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0,
    6.0, 2.0, 2.0, 0.8, 0.8,
  ]

  /// The 21 weights w0 … w20.
  public var parameters: [Double]
  /// Probability of recall the schedule aims for when a card comes due.
  public var desiredRetention: Double
  /// Learning steps, in seconds (default 1 minute, 10 minutes).
  public var learningSteps: [TimeInterval]
  /// Relearning steps, in seconds (default 10 minutes).
  public var relearningSteps: [TimeInterval]
  /// Longest interval, in days.
  public var maximumInterval: Int
  /// Spread review intervals a little so cards learned together do not stay together.
  public var enableFuzzing: Bool

  /// Settings from their parts; every part defaults as in py-fsrs.
  public init(
    parameters: [Double] = SchedulerSettings.defaultParameters,
    desiredRetention: Double = 0.9,
    learningSteps: [TimeInterval] = [60, 600],
    relearningSteps: [TimeInterval] = [600],
    maximumInterval: Int = 36500,
    enableFuzzing: Bool = true
  ) {
    self.parameters = parameters
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.enableFuzzing = enableFuzzing
  }

  enum CodingKeys: String, CodingKey {
    case parameters
    case desiredRetention = "desired_retention"
    case learningSteps = "learning_steps"
    case relearningSteps = "relearning_steps"
    case maximumInterval = "maximum_interval"
    case enableFuzzing = "enable_fuzzing"
  }
}

extension SchedulerSettings {
  /// Checks every setting: 21 weights within their bounds, a retention strictly between 0 and 1,
  /// finite non-negative steps and a maximum interval of at least one day.
  /// Throws the first problem found, naming it (e.g. `settings.parameters[4]: 120 is outside 1…10`).
  public func validate() throws(SchedulerError) {
    try validate(at: "settings")
  }

  /// What is wrong with a list of FSRS-6 weights.
  enum WeightsProblem: Equatable {
    /// Not 21 numbers.
    case count(Int)
    /// Weight `index` is outside its bounds (or not a number at all).
    case outOfRange(index: Int, value: Double, lower: Double, upper: Double)
  }

  /// The first thing that keeps the scheduler from using `weights`, or nil.
  static func problem(with weights: [Double]) -> WeightsProblem? {
    guard weights.count == lowerBounds.count else { return .count(weights.count) }
    for (index, value) in weights.enumerated() {
      let lower = lowerBounds[index]
      let upper = upperBounds[index]
      guard lower <= value, value <= upper else {
        return .outOfRange(index: index, value: value, lower: lower, upper: upper)
      }
    }
    return nil
  }

  /// `validate()` with error paths starting at `prefix`.
  func validate(at prefix: String) throws(SchedulerError) {
    switch Self.problem(with: parameters) {
    case .count(let count):
      throw .parameterCount(path: "\(prefix).parameters", count: count)
    case .outOfRange(let index, let value, let lower, let upper):
      throw .parameterOutOfRange(
        path: "\(prefix).parameters[\(index)]", value: value, lower: lower, upper: upper)
    case nil: break
    }
    guard desiredRetention > 0, desiredRetention < 1 else {
      throw .retentionOutOfRange(path: "\(prefix).desired_retention", value: desiredRetention)
    }
    for (name, steps) in [("learning_steps", learningSteps), ("relearning_steps", relearningSteps)]
    {
      for (index, step) in steps.enumerated() where !(step.isFinite && step >= 0) {
        throw .invalidStep(path: "\(prefix).\(name)[\(index)]", value: step)
      }
    }
    guard maximumInterval >= 1 else {
      throw .invalidMaximumInterval(
        path: "\(prefix).maximum_interval", value: String(maximumInterval))
    }
  }
}
