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
  private var answeredNotes: Set<String> = []
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

  /// Cards still to come in this session, not counting learning cards coming back.
  public var remaining: Int { pending.count }

  /// The card to show at `now`: a due learning card, else the next review or new card,
  /// else a learning card due within `learnAhead`; nil when the session is done.
  public func next(progress: LearnerProgress, now: Date) -> Card? {
    let states = progress.decks[deckName] ?? [:]
    var learningDue: [(Card, Date)] = []
    for id in learningIDs {
      guard let card = card(id), let state = states[id], !state.suspended else { continue }
      if let buried = state.buriedUntil, buried > now { continue }
      learningDue.append((card, state.memory.due))
    }
    learningDue.sort { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.id < $1.0.id) }
    if let first = learningDue.first, first.1 <= now { return first.0 }
    if let card = pending.first { return card }
    if let first = learningDue.first, first.1 <= now.addingTimeInterval(learnAhead) {
      return first.0
    }
    return nil
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

  /// Takes a saved answer into account: the card leaves the queue, its siblings are buried
  /// for the day, and it comes back later today if it is still being learned.
  public mutating func didRecord(_ record: ReviewRecord) {
    answers.append(record)
    guard let card = card(record.card) else { return }
    answeredNotes.insert(card.noteID)
    pending.removeAll { $0.id == card.id || $0.noteID == card.noteID }
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
