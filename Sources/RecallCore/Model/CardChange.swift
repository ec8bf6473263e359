import Foundation

/// A change to a card's progress that is not an answer: undo, suspend, bury, flag.
public struct CardChange: Codable, Hashable, Sendable {
  /// What kind of change.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    /// Takes back the learner's latest answer that is not yet undone.
    case undo
    /// The card is never shown until unsuspended.
    case suspend
    /// The card is shown again.
    case unsuspend
    /// The card is hidden until the next study day.
    case bury
    /// A buried card is shown again today.
    case unbury
    /// The learner marks the card for attention.
    case flag
    /// The mark is taken off.
    case unflag
  }

  /// What changed.
  public var event: Kind
  /// The deck of the card.
  public var deck: String
  /// The card's id.
  public var card: String
  /// When the change was made.
  public var at: Date
  /// The card's progress before the change (nil for a card never answered).
  public var before: CardProgress?
  /// The card's progress after the change (nil: the card is new again, as after undoing its first answer).
  public var after: CardProgress?
  /// For an undo: the time of the answer it takes back.
  public var undoes: Date?

  /// A change from its parts.
  public init(
    event: Kind, deck: String, card: String, at: Date, before: CardProgress?, after: CardProgress?,
    undoes: Date? = nil
  ) {
    self.event = event
    self.deck = deck
    self.card = card
    self.at = at
    self.before = before
    self.after = after
    self.undoes = undoes
  }
}

/// One line of a learner's journal: an answer or another change.
public enum JournalEntry: Hashable, Sendable {
  /// An answer.
  case review(ReviewRecord)
  /// Undo, suspend, bury, flag and their opposites.
  case change(CardChange)

  /// The deck of the card concerned.
  public var deck: String {
    switch self {
    case .review(let review): review.deck
    case .change(let change): change.deck
    }
  }

  /// The card concerned.
  public var card: String {
    switch self {
    case .review(let review): review.card
    case .change(let change): change.card
    }
  }

  /// When it happened.
  public var at: Date {
    switch self {
    case .review(let review): review.at
    case .change(let change): change.at
    }
  }
}

extension JournalEntry: Codable {
  private enum Keys: String, CodingKey { case event }

  /// Reads a line: `event` absent or `review` is an answer; anything else a `CardChange`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let event = try container.decodeIfPresent(String.self, forKey: .event)
    if event == nil || event == "review" {
      self = .review(try ReviewRecord(from: decoder))
    } else {
      self = .change(try CardChange(from: decoder))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .review(let review): try review.encode(to: encoder)
    case .change(let change): try change.encode(to: encoder)
    }
  }
}
