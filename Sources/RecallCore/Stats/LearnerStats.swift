import Foundation

/// A learner's figures for one deck: cards by state and what is due.
public struct LearnerStats: Codable, Hashable, Sendable {
  /// The learner.
  public var learner: String
  /// The deck.
  public var deck: String
  /// Answers recorded for this learner, all decks.
  public var totalReviews: Int
  /// Cards in the deck.
  public var cards: Int
  /// Cards never answered.
  public var new: Int
  /// Cards in their learning steps.
  public var learning: Int
  /// Graduated cards.
  public var review: Int
  /// Forgotten cards going through relearning.
  public var relearning: Int
  /// Suspended cards.
  public var suspended: Int
  /// Cards due before the end of today (new cards not counted).
  public var dueToday: Int
  /// Cards due before the end of tomorrow.
  public var dueTomorrow: Int

  enum CodingKeys: String, CodingKey {
    case learner, deck, cards, new, learning, review, relearning, suspended
    case totalReviews = "total_reviews"
    case dueToday = "due_today"
    case dueTomorrow = "due_tomorrow"
  }

  /// The figures of `progress` on `deck` at `now`.
  public init(
    progress: LearnerProgress, deck: Deck, deckName: String, now: Date, day: StudyDay = StudyDay()
  ) {
    learner = progress.learner
    self.deck = deckName
    totalReviews = progress.reviewCount
    cards = deck.cards.count
    let states = progress.decks[deckName] ?? [:]
    let endToday = day.end(of: now)
    let endTomorrow = day.end(of: endToday)
    var counts = (
      new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, today: 0, tomorrow: 0
    )
    for card in deck.cards {
      guard let state = states[card.id], !state.memory.isNew else {
        counts.new += 1
        continue
      }
      if state.suspended {
        counts.suspended += 1
        continue
      }
      switch state.memory.state {
      case .learning: counts.learning += 1
      case .review: counts.review += 1
      case .relearning: counts.relearning += 1
      }
      if state.memory.due < endToday { counts.today += 1 }
      if state.memory.due < endTomorrow { counts.tomorrow += 1 }
    }
    new = counts.new
    learning = counts.learning
    review = counts.review
    relearning = counts.relearning
    suspended = counts.suspended
    dueToday = counts.today
    dueTomorrow = counts.tomorrow
  }
}
