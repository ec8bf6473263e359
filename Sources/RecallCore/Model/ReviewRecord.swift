import Foundation

/// One answer, as written to a learner's journal: enough to rebuild and to undo it.
public struct ReviewRecord: Codable, Hashable, Sendable {
  /// The deck the card belongs to (its file name without `.json`).
  public var deck: String
  /// The card's id.
  public var card: String
  /// The grade given, 1–4.
  public var rating: Rating
  /// When the answer was given.
  public var at: Date
  /// How long the learner took, in milliseconds.
  public var durationMs: Int?
  /// The card's progress before the answer (nil for a new card).
  public var before: CardProgress?
  /// The card's progress after the answer.
  public var after: CardProgress

  /// A record from its parts.
  public init(
    deck: String, card: String, rating: Rating, at: Date, durationMs: Int?,
    before: CardProgress?, after: CardProgress
  ) {
    self.deck = deck
    self.card = card
    self.rating = rating
    self.at = at
    self.durationMs = durationMs
    self.before = before
    self.after = after
  }

  enum CodingKeys: String, CodingKey {
    case deck, card, rating, at, before, after
    case durationMs = "duration_ms"
  }
}
