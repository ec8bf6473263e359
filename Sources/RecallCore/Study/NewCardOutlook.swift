import Foundation

/// What is left of a deck's new cards for one learner at a moment of the study day: what the
/// day's limit still allows, what a higher limit would bring today, and what must wait.
public struct NewCardOutlook: Hashable, Sendable {
  /// New cards studied this study day, in any session.
  public var studiedToday: Int
  /// The day's limit on new cards.
  public var limit: Int
  /// New cards the day's limit still allows now.
  public var leftToday: Int
  /// New cards beyond the limit that could still be studied today (one per term not yet
  /// met today); a limit of `studiedToday + leftToday + beyondLimit` brings them.
  public var beyondLimit: Int
  /// Cards never studied (suspended ones left out), including those that must wait.
  public var unseen: Int

  /// The outlook for `deckName` at `now`, with the queue's rules (see `DailyQueue`).
  public init(
    deck: Deck, deckName: String, progress: LearnerProgress, scheduler: Scheduler, now: Date,
    day: StudyDay = StudyDay(), limits: DailyLimits = DailyLimits(), index: DeckIndex? = nil,
    include: (Card) -> Bool = { _ in true }
  ) {
    let index = index ?? DeckIndex(deck)
    let today = DailyQueue(
      deck: deck, deckName: deckName, progress: progress, scheduler: scheduler, now: now, day: day,
      limits: limits, index: index, include: include)
    var unlimited = limits
    unlimited.newCards = Int.max
    let more = DailyQueue(
      deck: deck, deckName: deckName, progress: progress, scheduler: scheduler, now: now, day: day,
      limits: unlimited, index: index, include: include)
    studiedToday = today.newStudiedToday
    limit = limits.newCards
    leftToday = today.new.count
    beyondLimit = max(0, more.new.count - today.new.count)
    let states = progress.decks[deckName] ?? [:]
    unseen =
      deck.cards.filter { card in
        guard include(card) else { return false }
        guard let state = states[card.id] else { return true }
        return state.memory.isNew && !state.suspended
      }.count
  }
}
