import Foundation

/// One study session over one deck: which card comes next and what an answer does.
///
/// Pure: it never reads the clock or touches a file. The caller shows the card,
/// asks for a grade, makes the record with `answer`, saves it, and reports it back
/// with `didRecord`.
public struct StudySession: Sendable {
  /// The deck studied.
  public let deck: Deck
  /// The deck's name, as progress is keyed.
  public let deckName: String
  /// The scheduler in force.
  public let scheduler: Scheduler
  /// How far ahead a learning card may be shown when nothing else is left (20 minutes).
  public var learnAhead: TimeInterval = 20 * 60
  /// Lapses at which a card becomes a leech and is suspended (8, as in Anki).
  public var leechThreshold = LearnerProgress.leechThreshold
  /// The answers of this session, oldest first (undone ones removed).
  public private(set) var answers: [ReviewRecord] = []

  private var pending: [Card]
  private var learningIDs: Set<String>
  /// The card answered last, which is not shown again next while another card can be.
  private var lastAnswered: String?
  private let include: @Sendable (Card) -> Bool
  private let index: DeckIndex

  /// A session starting at `now` with the day's queue for `progress`.
  public init(
    deck: Deck, deckName: String, progress: LearnerProgress, scheduler: Scheduler, now: Date,
    day: StudyDay = StudyDay(), limits: DailyLimits = DailyLimits(),
    include: @escaping @Sendable (Card) -> Bool = { _ in true }
  ) {
    self.deck = deck
    self.deckName = deckName
    self.scheduler = scheduler
    self.include = include
    let index = DeckIndex(deck)
    self.index = index
    let queue = DailyQueue(
      deck: deck, deckName: deckName, progress: progress, scheduler: scheduler, now: now, day: day,
      limits: limits, index: index, include: include)
    pending = queue.reviews + queue.new
    let states = progress.decks[deckName] ?? [:]
    learningIDs = Set(
      deck.cards.filter { card in
        guard include(card), let state = states[card.id], !state.suspended, !state.memory.isNew
        else {
          return false
        }
        return state.memory.state != .review
      }.map(\.id))
  }

  /// The card with id `id`, when the deck has it.
  private func card(_ id: String) -> Card? {
    index.positions[id].map { deck.cards[$0] }
  }

  /// This session's learning cards that can be shown (not suspended or buried) with their due
  /// times, earliest first; cards waiting in the queue are left out.
  private func learningCards(progress: LearnerProgress, now: Date) -> [(card: Card, due: Date)] {
    let states = progress.decks[deckName] ?? [:]
    let queued = Set(pending.map(\.id))
    var cards: [(card: Card, due: Date)] = []
    for id in learningIDs where !queued.contains(id) {
      guard let card = card(id), let state = states[id], !state.suspended else { continue }
      if let buried = state.buriedUntil, buried > now { continue }
      cards.append((card, state.memory.due))
    }
    cards.sort { $0.due < $1.due || ($0.due == $1.due && $0.card.id < $1.card.id) }
    return cards
  }

  /// What is still to be shown in this session at `now`: the cards queued, and the learning
  /// cards due within the learn-ahead window (a card answered and coming back counts again).
  public func counts(progress: LearnerProgress, now: Date) -> SessionCounts {
    let states = progress.decks[deckName] ?? [:]
    var counts = SessionCounts()
    for card in pending {
      let memory = states[card.id]?.memory
      if memory == nil || memory?.isNew == true {
        counts.new += 1
      } else if memory?.state == .review {
        counts.reviews += 1
      } else {
        counts.learning += 1
      }
    }
    let horizon = now.addingTimeInterval(learnAhead)
    counts.learning +=
      learningCards(progress: progress, now: now).filter { $0.due <= horizon }.count
    return counts
  }

  /// Cards still to be shown in this session at `now` (see `counts`).
  public func remaining(progress: LearnerProgress, now: Date) -> Int {
    counts(progress: progress, now: now).total
  }

  /// The card to show at `now`: a due learning card, else the next review or new card,
  /// else a learning card due within `learnAhead`; nil when the session is done. The card
  /// answered last comes again only when no other card can be shown.
  public func next(progress: LearnerProgress, now: Date) -> Card? {
    let learning = learningCards(progress: progress, now: now)
    let horizon = now.addingTimeInterval(learnAhead)
    let due = learning.prefix { $0.due <= now }.map(\.card)
    let ahead = learning.dropFirst(due.count).prefix { $0.due <= horizon }.map(\.card)
    let candidates = due + pending + ahead
    return candidates.first { $0.id != lastAnswered } ?? candidates.first
  }

  /// The learning card due soonest after this session has nothing left to show, if any.
  public func nextLearningDue(progress: LearnerProgress) -> Date? {
    let states = progress.decks[deckName] ?? [:]
    return learningIDs.compactMap { states[$0]?.memory.due }.min()
  }

  /// The record of answering `card` with `rating` at `date`: the card's state before and after.
  public func answer(
    _ card: Card, rating: Rating, at date: Date, durationMs: Int? = nil, progress: LearnerProgress
  ) -> ReviewRecord {
    progress.answer(
      card.id, deck: deckName, rating: rating, at: date, durationMs: durationMs,
      scheduler: scheduler, leechThreshold: leechThreshold)
  }

  /// Takes a saved answer into account: the card leaves the queue and comes back later today
  /// if it is still being learned. Its siblings were never gathered into the same queue.
  public mutating func didRecord(_ record: ReviewRecord) {
    answers.append(record)
    lastAnswered = record.card
    guard let card = card(record.card) else { return }
    pending.removeAll { $0.id == card.id }
    if record.after.memory.state == .review || record.after.suspended {
      learningIDs.remove(card.id)
    } else {
      learningIDs.insert(card.id)
    }
  }

  /// The change that applies `kind` (suspend, bury, flag…) to `card` at `date`, with the day
  /// boundary from `day` for burying; nil for `.undo` (use `LearnerProgress.undoLast`).
  public func change(
    _ kind: CardChange.Kind, _ card: Card, at date: Date, day: StudyDay, progress: LearnerProgress
  ) -> CardChange? {
    progress.change(kind, card.id, deck: deckName, at: date, day: day)
  }

  /// Takes a saved change into account: an undone card comes back first; a suspended or
  /// buried card leaves the session.
  public mutating func didChange(_ change: CardChange) {
    guard change.deck == deckName, let card = card(change.card) else { return }
    switch change.event {
    case .undo:
      if let index = answers.lastIndex(where: { $0.card == change.card }) {
        answers.remove(at: index)
      }
      lastAnswered = nil
      learningIDs.remove(card.id)
      if let after = change.after, !after.memory.isNew, after.memory.state != .review {
        learningIDs.insert(card.id)
      }
      pending.removeAll { $0.id == card.id }
      pending.insert(card, at: 0)
    case .suspend, .bury:
      pending.removeAll { $0.id == card.id }
      learningIDs.remove(card.id)
    case .unsuspend, .unbury, .flag, .unflag:
      break
    }
  }

  /// What this session did, for the closing summary.
  public var summary: SessionSummary {
    SessionSummary(answers: answers)
  }
}

/// The cards a session still has to show, by kind.
public struct SessionCounts: Hashable, Sendable {
  /// Learning and relearning cards (each showing still to come counts).
  public var learning = 0
  /// Reviews.
  public var reviews = 0
  /// New cards.
  public var new = 0

  /// Every card still to be shown.
  public var total: Int { learning + reviews + new }

  /// No cards.
  public init() {}
}

/// The figures shown when a session ends.
public struct SessionSummary: Hashable, Sendable {
  /// Answers given.
  public var answered: Int
  /// Answers by grade.
  public var byRating: [Rating: Int]
  /// Share of answers graded Again, 0…1 (0 with no answers).
  public var againRate: Double
  /// Time from the first answer's start to the last answer.
  public var duration: TimeInterval

  /// The summary of `answers`.
  public init(answers: [ReviewRecord]) {
    answered = answers.count
    var byRating: [Rating: Int] = [:]
    for answer in answers { byRating[answer.rating, default: 0] += 1 }
    self.byRating = byRating
    againRate = answers.isEmpty ? 0 : Double(byRating[.again, default: 0]) / Double(answers.count)
    let thinking = answers.compactMap(\.durationMs).reduce(0, +)
    if let first = answers.first, let last = answers.last {
      let spanned = last.at.timeIntervalSince(first.at) + Double(first.durationMs ?? 0) / 1000
      duration = max(spanned, Double(thinking) / 1000)
    } else {
      duration = 0
    }
  }
}
