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
}
