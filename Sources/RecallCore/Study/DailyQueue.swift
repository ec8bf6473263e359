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
  ///
  /// One sequential pass over the learner's card states finds what is due and what was
  /// answered today; cards are then fetched through `index` (pass the deck's index when
  /// building many queues; one is made otherwise), and new cards are taken in deck order.
  public init(
    deck: Deck, deckName: String, progress: LearnerProgress, scheduler: Scheduler, now: Date,
    day: StudyDay = StudyDay(), limits: DailyLimits = DailyLimits(), index: DeckIndex? = nil,
    include: (Card) -> Bool = { _ in true }
  ) {
    let states = progress.decks[deckName] ?? [:]
    let positions = (index ?? DeckIndex(deck)).positions
    let dayStart = day.start(of: now)
    var answeredNotes = Set<Substring>()
    var newToday = 0
    var reviewsToday = 0
    var learning: [(position: Int, due: Date)] = []
    var reviews: [(id: String, recall: Double)] = []
    var seenNew: [Int] = []
    for (id, state) in states {
      let memory = state.memory
      if let last = memory.lastReview, last >= dayStart {
        answeredNotes.insert(Card.noteKey(of: id))
        if let first = state.firstReview, first >= dayStart {
          newToday += 1
        } else if memory.state != .learning {
          reviewsToday += 1
        }
      }
      guard !state.suspended, memory.due <= now else { continue }
      if let buried = state.buriedUntil, buried > now { continue }
      if memory.isNew {
        if let position = positions[id] { seenNew.append(position) }
      } else if memory.state == .review {
        reviews.append((id, scheduler.retrievability(memory, at: now)))
      } else if let position = positions[id] {
        learning.append((position, memory.due))
      }
    }
    // Learning cards come first, earliest due first.
    learning.sort { $0.due < $1.due || ($0.due == $1.due && $0.position < $1.position) }
    self.learning = learning.map { deck.cards[$0.position] }.filter(include)

    // Reviews: least likely to be recalled first, siblings of today's answers left for tomorrow.
    reviews.sort { $0.recall < $1.recall || ($0.recall == $1.recall && $0.id < $1.id) }
    var chosen: [Card] = []
    let reviewsAllowed = max(0, limits.reviews - reviewsToday)
    for review in reviews {
      guard chosen.count < reviewsAllowed else { break }
      guard let position = positions[review.id] else { continue }
      let card = deck.cards[position]
      if answeredNotes.contains(card.noteKey) || !include(card) { continue }
      chosen.append(card)
    }
    self.reviews = chosen

    // New cards in deck order: those never seen, and those whose state is still new.
    var fresh: [Card] = []
    let newAllowed = max(0, limits.newCards - newToday)
    let seenNewSet = Set(seenNew)
    if newAllowed > 0 {
      for (position, card) in deck.cards.enumerated() {
        guard fresh.count < newAllowed else { break }
        guard states[card.id] == nil || seenNewSet.contains(position) else { continue }
        if answeredNotes.contains(card.noteKey) || !include(card) { continue }
        fresh.append(card)
      }
    }
    self.new = fresh
  }
}
