import Foundation

/// True retention over a window: of the answers to cards in review state, the share passed.
public struct Retention: Codable, Hashable, Sendable {
  /// Length of the window in study days, ending today.
  public var days: Int
  /// Answers to cards that were in review state.
  public var answers: Int
  /// Of those, answers rated hard, good or easy.
  public var passed: Int

  /// A window of `days` with its counts.
  public init(days: Int, answers: Int = 0, passed: Int = 0) {
    self.days = days
    self.answers = answers
    self.passed = passed
  }

  /// `passed / answers`, nil when there were no such answers.
  public var rate: Double? { answers == 0 ? nil : Double(passed) / Double(answers) }

  enum CodingKeys: String, CodingKey { case days, answers, passed, rate }

  /// Reads the counts back (`share`/`rate` are derived, not read).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    days = try c.decode(Int.self, forKey: .days)
    answers = try c.decode(Int.self, forKey: .answers)
    passed = try c.decode(Int.self, forKey: .passed)
  }

  /// Writes the counts and the derived share or rate (`null` when undefined).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(days, forKey: .days)
    try c.encode(answers, forKey: .answers)
    try c.encode(passed, forKey: .passed)
    try c.encode(rate, forKey: .rate)
  }
}
