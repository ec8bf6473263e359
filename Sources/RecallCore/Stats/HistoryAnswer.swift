import Foundation

/// One answer as statistics see it: who answered what, when, how, and in which state the card was.
///
/// Deck and card are indices into the owning `JournalHistory.names`, so a million answers take
/// little memory and no string copies.
public struct HistoryAnswer: Hashable, Sendable {
  /// When the answer was given, seconds since 1970.
  public var at: Double
  /// Index of the deck's name in `JournalHistory.names`.
  public var deck: Int32
  /// Index of the card's id in `JournalHistory.names`.
  public var card: Int32
  /// Milliseconds taken, or -1 when not recorded.
  public var durationMs: Int32
  /// The grade, 1 (again) to 4 (easy); 0 marks an answer taken back by an undo.
  public var rating: UInt8
  /// True when the card was in review state before the answer (counts for true retention).
  public var wasReview: Bool

  /// An answer from its parts.
  public init(
    at: Double, deck: Int32, card: Int32, durationMs: Int32, rating: UInt8, wasReview: Bool
  ) {
    self.at = at
    self.deck = deck
    self.card = card
    self.durationMs = durationMs
    self.rating = rating
    self.wasReview = wasReview
  }

  /// True for a passing grade (hard, good or easy).
  public var passed: Bool { rating >= 2 }
}
