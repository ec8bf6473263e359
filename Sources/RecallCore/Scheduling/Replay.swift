import Foundation

/// One review to replay: a rating at a time.
public struct ReplayReview: Equatable, Sendable {
  /// The grade given.
  public var rating: Rating
  /// When it was given.
  public var at: Date

  /// A review from its parts.
  public init(rating: Rating, at: Date) {
    self.rating = rating
    self.at = at
  }
}

/// One card's history: the settings to schedule it with and its reviews, oldest first.
public struct ReplayCard: Equatable, Sendable {
  /// Validated scheduler settings.
  public var settings: SchedulerSettings
  /// The reviews, in non-decreasing time order.
  public var reviews: [ReplayReview]

  /// A card history from its parts.
  public init(settings: SchedulerSettings, reviews: [ReplayReview]) {
    self.settings = settings
    self.reviews = reviews
  }
}

/// What the scheduler said after one replayed review.
public struct ReplayEntry: Equatable, Sendable {
  /// The card's state after the review.
  public var state: CardState
  /// The learning or relearning step after the review; nil in review.
  public var step: Int?
  /// Stability after the review, in days.
  public var stability: Double
  /// Difficulty after the review (1 … 10).
  public var difficulty: Double
  /// When the card is next due.
  public var due: Date
  /// Retrievability at the review time, before the review; 0 for the first review.
  public var retrievability: Double
}

/// Replay of review histories through the scheduler (`recall schedule --replay`); see
/// docs/SCHEDULE.md. Pure: no clock, no I/O, fuzz seeded from positions in the input.
public enum Replay {
  /// Decoded input: the cards, and whether they came as an array (the output mirrors it).
  public struct Input: Equatable, Sendable {
    /// The card histories, in input order.
    public var cards: [ReplayCard]
    /// True if the input was an array of objects rather than a single object.
    public var isArray: Bool
  }

  /// The fuzz seed of review `reviewIndex` (0-based) of object `cardIndex` (0 for a single
  /// object): `Scheduler.fuzzSeed(cardID: String(cardIndex), reviewCount: reviewIndex)`.
  public static func fuzzSeed(cardIndex: Int, reviewIndex: Int) -> UInt64 {
    Scheduler.fuzzSeed(cardID: String(cardIndex), reviewCount: reviewIndex)
  }

  /// Replays one card from new: one entry per review.
  public static func run(_ card: ReplayCard, cardIndex: Int = 0) -> [ReplayEntry] {
    let scheduler = Scheduler(settings: card.settings)
    guard let first = card.reviews.first else { return [] }
    var memory = MemoryState.new(due: first.at)
    var entries: [ReplayEntry] = []
    entries.reserveCapacity(card.reviews.count)
    for (index, review) in card.reviews.enumerated() {
      let retrievability = scheduler.retrievability(memory, at: review.at)
      memory = scheduler.review(
        memory, rating: review.rating, at: review.at,
        fuzzSeed: fuzzSeed(cardIndex: cardIndex, reviewIndex: index))
      entries.append(
        ReplayEntry(
          state: memory.state, step: memory.step, stability: memory.stability ?? 0,
          difficulty: memory.difficulty ?? 0, due: memory.due, retrievability: retrievability))
    }
    return entries
  }

  /// Decodes, validates and replays `json`, returning pretty JSON with sorted keys.
  public static func replay(json: Data) throws(SchedulerError) -> String {
    let input = try decode(json)
    let outputs = input.cards.enumerated().map { index, card in
      JSONValue.array(run(card, cardIndex: index).map(\.json))
    }
    let document = input.isArray ? JSONValue.array(outputs) : outputs.first ?? .array([])
    return document.pretty()
  }
}

extension ReplayEntry {
  var json: JSONValue {
    .object([
      "state": .string(state.rawValue),
      "step": step.map(JSONValue.integer) ?? .null,
      "stability": .number(stability),
      "difficulty": .number(difficulty),
      "due": .string(ISODate.format(due)),
      "retrievability": .number(retrievability),
    ])
  }
}
