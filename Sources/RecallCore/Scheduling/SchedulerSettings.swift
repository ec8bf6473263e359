import Foundation

/// The settings of the FSRS-6 scheduler, with py-fsrs 6.3.2's defaults.
public struct SchedulerSettings: Codable, Hashable, Sendable {
  /// FSRS-6's 21 default weights (w0 … w20).
  public static let defaultParameters: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
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
