import Foundation

/// Limits on what one study day brings.
public struct DailyLimits: Hashable, Sendable {
  /// New cards introduced per day.
  public var newCards: Int
  /// Reviews shown per day; new cards count against it too, as in Anki.
  public var reviews: Int

  /// Limits with Anki's usual defaults: 20 new cards and 200 reviews a day.
  public init(newCards: Int = 20, reviews: Int = 200) {
    self.newCards = newCards
    self.reviews = reviews
  }
}

/// The cards of one learner's study day in one deck, gathered as Anki's v3 scheduler does.
///
/// Learning and relearning cards come first, then reviews due today (least likely to be
/// recalled first), then new cards in deck order. Every card gathered claims its note: a later
/// review or new card of the same note is skipped without using up a limit, so the limits are
/// filled from different terms. Siblings of cards answered earlier today, suspended and buried
/// cards are left out. The limits count what was studied earlier the same study day, in any
/// session.
public struct DailyQueue: Sendable {
  /// Learning and relearning cards due now, earliest due first.
  public var learning: [Card]
  /// Reviews due today, lowest retrievability first.
  public var reviews: [Card]
  /// New cards allowed today, in deck order, one per note.
  public var new: [Card]
  /// New cards studied earlier this study day.
  public var newStudiedToday: Int
  /// Reviews answered earlier this study day.
  public var reviewsStudiedToday: Int

  /// Every card of the queue, in order.
  public var all: [Card] { learning + reviews + new }

  /// Builds the queue for `deckName` at `now`.
  ///
  /// One sequential pass over the learner's card states finds what is due and what was
  /// studied today; cards are then fetched through `index` (pass the deck's index when
  /// building many queues; one is made otherwise), and new cards are taken in deck order.
  public init(
    deck: Deck, deckName: String, progress: LearnerProgress, scheduler: Scheduler, now: Date,
    day: StudyDay = StudyDay(), limits: DailyLimits = DailyLimits(), index: DeckIndex? = nil,
    include: (Card) -> Bool = { _ in true }
  ) {
    let states = progress.decks[deckName] ?? [:]
    let positions = (index ?? DeckIndex(deck)).positions
    let dayStart = day.start(of: now)
    let dayEnd = day.end(of: now)
    // Notes that already have a card today: answered today, or gathered below.
    var claimed = Set<Substring>()
    var newToday = 0
    var reviewsToday = 0
    var learning: [(position: Int, due: Date)] = []
    var reviews: [(id: String, recall: Double)] = []
    var seenNew: [Int] = []
    for (id, state) in states {
      let memory = state.memory
      if let last = memory.lastReview, last >= dayStart {
        claimed.insert(Card.noteKey(of: id))
        if let first = state.firstReview, first >= dayStart {
          newToday += 1
        } else if memory.state != .learning {
          reviewsToday += 1
        }
      }
      guard !state.suspended, memory.due < dayEnd else { continue }
      if let buried = state.buriedUntil, buried > now { continue }
      if memory.isNew {
        if memory.due <= now, let position = positions[id] { seenNew.append(position) }
      } else if memory.state == .review {
        reviews.append((id, scheduler.retrievability(memory, at: now)))
      } else if let position = positions[id], include(deck.cards[position]) {
        // Every learning card of the day claims its note, due now or later today.
        claimed.insert(Card.noteKey(of: id))
        if memory.due <= now { learning.append((position, memory.due)) }
      }
    }
    newStudiedToday = newToday
    reviewsStudiedToday = reviewsToday
    // Learning cards come first, earliest due first.
    learning.sort { $0.due < $1.due || ($0.due == $1.due && $0.position < $1.position) }
    self.learning = learning.map { deck.cards[$0.position] }

    // New cards use up the review limit too (Anki's default), and the new limit never
    // exceeds what is left of it.
    var reviewsLeft = max(0, limits.reviews - reviewsToday - newToday)
    var newLeft = min(max(0, limits.newCards - newToday), reviewsLeft)

    // Reviews: least likely to be recalled first, one per note. Only as many are put in order
    // as the limit can take (more when siblings are skipped), not all that are due.
    var chosen: [Card] = []
    var start = 0
    choosing: while reviewsLeft > 0, start < reviews.count {
      let batch = max(64, 2 * reviewsLeft)
      reviews.sortSmallest(batch, from: start) {
        $0.recall < $1.recall || ($0.recall == $1.recall && $0.id < $1.id)
      }
      let end = min(reviews.count, start + batch)
      for review in reviews[start..<end] {
        guard reviewsLeft > 0 else { break choosing }
        guard let position = positions[review.id] else { continue }
        let card = deck.cards[position]
        guard include(card), claimed.insert(card.noteKey).inserted else { continue }
        chosen.append(card)
        reviewsLeft -= 1
        newLeft = min(newLeft, reviewsLeft)
      }
      start = end
    }
    self.reviews = chosen

    // New cards in deck order, never seen or still new, one per note not claimed yet.
    var fresh: [Card] = []
    if newLeft > 0 {
      let seenNewSet = Set(seenNew)
      for (position, card) in deck.cards.enumerated() {
        guard fresh.count < newLeft else { break }
        guard states[card.id] == nil || seenNewSet.contains(position) else { continue }
        guard include(card), claimed.insert(card.noteKey).inserted else { continue }
        fresh.append(card)
      }
    }
    self.new = fresh
  }
}
