import Foundation

/// Anki's review log as a learner's journal entries: each review answered again through
/// FSRS-6, so every card's state is the one FSRS gives for that history; then the cards Anki
/// has suspended or buried are suspended or buried.
struct AnkiHistory {
  /// The entries to append to the learner's journal, oldest first.
  var entries: [JournalEntry] = []
  /// Reviews turned into answers.
  var reviews = 0
  /// Reviews already in the learner's history (an earlier import of the same package).
  var alreadyKnown = 0
  /// Review-log rows left out: manual reschedules, and reviews of templates recall has no card for.
  var skipped = 0

  /// The history of `collection` for deck `deck`, on top of `progress`.
  init(
    _ collection: AnkiCollection, cardIDs: [Int64: String], deck: String,
    progress start: LearnerProgress, scheduler: Scheduler, now: Date, day: StudyDay
  ) {
    var progress = start
    entries.reserveCapacity(collection.reviews.count)
    for review in collection.reviews {
      guard let id = cardIDs[review.card], let rating = Rating(rawValue: review.ease),
        review.type <= 3
      else {
        skipped += 1
        continue
      }
      let at = Date(timeIntervalSince1970: Double(review.id) / 1000)
      if let last = progress.progress(deck: deck, card: id)?.memory.lastReview, at <= last {
        alreadyKnown += 1
        continue
      }
      let record = progress.answer(
        id, deck: deck, rating: rating, at: at,
        durationMs: max(0, min(review.durationMs, 86_400_000)), scheduler: scheduler)
      progress.apply(record)
      entries.append(.review(record))
      reviews += 1
    }
    for card in collection.cards {
      guard let id = cardIDs[card.id] else { continue }
      let current = progress.progress(deck: deck, card: id)
      var kind: CardChange.Kind?
      if card.queue == -1, current?.suspended != true {
        kind = .suspend
      } else if card.queue == -2 || card.queue == -3,
        (current?.buriedUntil ?? .distantPast) < day.end(of: now)
      {
        kind = .bury
      }
      guard let kind, let change = progress.change(kind, id, deck: deck, at: now, day: day) else {
        continue
      }
      progress.apply(.change(change))
      entries.append(.change(change))
    }
  }
}
