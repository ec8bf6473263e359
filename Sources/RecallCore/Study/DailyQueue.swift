import Foundation

/// Limits on what one study day brings.
public struct DailyLimits: Hashable, Sendable {
  /// New cards introduced per day.
  public var newCards: Int
  /// Reviews shown per day.
  public var reviews: Int

  /// Limits with Anki's usual defaults: 20 new cards and 200 reviews a day.
  public init(newCards: Int = 20, reviews: Int = 200) {
    self.newCards = newCards
    self.reviews = reviews
  }
}

/// The cards due for one learner in one deck, in the order a study session shows them.
///
/// Due learning and relearning cards come first, then due reviews (least likely to be
/// recalled first), then new cards in deck order. Suspended and buried cards, and the
/// siblings of cards already answered today, are left out.
public struct DailyQueue: Sendable {
  /// Due learning and relearning cards, earliest due first.
  public var learning: [Card]
  /// Due reviews, lowest retrievability first.
  public var reviews: [Card]
  /// New cards still allowed today, in deck order.
  public var new: [Card]

  /// Every card of the queue, in order.
  public var all: [Card] { learning + reviews + new }

  /// Builds the queue for `deckName` at `now`.
  public init(
    deck: Deck, deckName: String, progress: LearnerProgress, scheduler: Scheduler, now: Date,
    day: StudyDay = StudyDay(), limits: DailyLimits = DailyLimits(),
    include: (Card) -> Bool = { _ in true }
  ) {
    let states = progress.decks[deckName] ?? [:]
    let dayStart = day.start(of: now)
    var answeredNotes = Set<String>()
    var newToday = 0
    var reviewsToday = 0
    for card in deck.cards {
      guard let state = states[card.id], let last = state.memory.lastReview, last >= dayStart else {
        continue
      }
      answeredNotes.insert(card.noteID)
      if let first = state.firstReview, first >= dayStart {
        newToday += 1
      } else if state.memory.state == .review || state.memory.state == .relearning {
        reviewsToday += 1
      }
    }
    var learning: [(Card, Date)] = []
    var reviews: [(Card, Double)] = []
    var new: [Card] = []
    let newAllowed = max(0, limits.newCards - newToday)
    for card in deck.cards where include(card) {
      guard let state = states[card.id] else {
        if new.count < newAllowed, !answeredNotes.contains(card.noteID) { new.append(card) }
        continue
      }
      if state.suspended { continue }
      if let buried = state.buriedUntil, buried > now { continue }
      let memory = state.memory
      guard memory.due <= now else { continue }
      if memory.isNew {
        if new.count < newAllowed, !answeredNotes.contains(card.noteID) { new.append(card) }
      } else if memory.state == .review {
        if !answeredNotes.contains(card.noteID) {
          reviews.append((card, scheduler.retrievability(memory, at: now)))
        }
      } else {
        learning.append((card, memory.due))
      }
    }
    learning.sort { $0.1 < $1.1 }
    reviews.sort { $0.1 < $1.1 }
    self.learning = learning.map(\.0)
    self.reviews = Array(reviews.prefix(max(0, limits.reviews - reviewsToday)).map(\.0))
    self.new = new
  }
}
