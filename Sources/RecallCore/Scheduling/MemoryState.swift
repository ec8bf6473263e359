import Foundation

/// Where a card stands in the FSRS learning cycle.
public enum CardState: String, Codable, Sendable, CaseIterable {
  /// New or still in its learning steps.
  case learning
  /// Graduated: scheduled in days.
  case review
  /// Forgotten in review and going through the relearning steps.
  case relearning
}

/// What the scheduler knows of one card for one learner (py-fsrs's `Card` without its id).
public struct MemoryState: Codable, Hashable, Sendable {
  /// Learning, review or relearning.
  public var state: CardState
  /// Index into the learning or relearning steps; nil in review.
  public var step: Int?
  /// Days for retrievability to fall to 90 %; nil before the first review.
  public var stability: Double?
  /// 1 (easy) … 10 (hard); nil before the first review.
  public var difficulty: Double?
  /// When the card is next due.
  public var due: Date
  /// When the card was last reviewed; nil before the first review.
  public var lastReview: Date?

  /// Makes a state from its parts.
  public init(
    state: CardState, step: Int?, stability: Double?, difficulty: Double?, due: Date,
    lastReview: Date?
  ) {
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
  }

  /// The state of a card never reviewed, due at `due`.
  public static func new(due: Date) -> MemoryState {
    MemoryState(
      state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
  }

  /// True before the first review.
  public var isNew: Bool { lastReview == nil }

  enum CodingKeys: String, CodingKey {
    case state, step, stability, difficulty, due
    case lastReview = "last_review"
  }

  /// Reads a state and checks its numbers: `problem` names any out of range.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    state = try c.decode(CardState.self, forKey: .state)
    step = try c.decodeIfPresent(Int.self, forKey: .step)
    stability = try c.decodeIfPresent(Double.self, forKey: .stability)
    difficulty = try c.decodeIfPresent(Double.self, forKey: .difficulty)
    due = try c.decode(Date.self, forKey: .due)
    lastReview = try c.decodeIfPresent(Date.self, forKey: .lastReview)
    if let problem {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: c.codingPath + [problem.key], debugDescription: problem.message))
    }
  }

  /// The first number out of range in a state read from a file (a stability of 0 or below,
  /// a difficulty outside FSRS's 1…10, a negative step), nil when the state is sound.
  var problem: (key: CodingKeys, message: String)? {
    if let step, !(0...FileLimits.maximumStep).contains(step) {
      return (.step, "\(step) is not a step (use 0 to \(FileLimits.maximumStep))")
    }
    if let stability, !(stability > 0 && stability <= FileLimits.maximumStability) {
      return (
        .stability,
        "\(stability) is not a stability (it must be above 0 and at most \(FileLimits.maximumStability) days)"
      )
    }
    if let difficulty, !FileLimits.difficulty.contains(difficulty) {
      return (.difficulty, "\(difficulty) is not a difficulty (FSRS keeps it within 1 to 10)")
    }
    return nil
  }

  /// True when every number of the state is in range (see `problem`).
  var isSound: Bool { problem == nil }
}
