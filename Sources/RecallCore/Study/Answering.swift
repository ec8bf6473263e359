import Foundation

extension LearnerProgress {
  /// Lapses at which a card becomes a leech and is suspended (8, as in Anki).
  public static let leechThreshold = 8

  /// The record of answering card `cardID` of deck `deck` with `rating` at `date`: the card's
  /// progress before and after. Pure: the caller saves the record and applies it.
  public func answer(
    _ cardID: String, deck: String, rating: Rating, at date: Date, durationMs: Int? = nil,
    scheduler: Scheduler, leechThreshold: Int = LearnerProgress.leechThreshold
  ) -> ReviewRecord {
    let before = progress(deck: deck, card: cardID)
    var after = before ?? CardProgress(memory: .new(due: date))
    let memoryBefore = after.memory
    let seed = Scheduler.fuzzSeed(cardID: cardID, reviewCount: after.reps)
    after.memory = scheduler.review(memoryBefore, rating: rating, at: date, fuzzSeed: seed)
    after.reps += 1
    if memoryBefore.state == .review && rating == .again {
      after.lapses += 1
      if after.lapses >= leechThreshold && !after.leech {
        after.leech = true
        after.suspended = true
      }
    }
    if after.firstReview == nil { after.firstReview = date }
    after.buriedUntil = nil
    return ReviewRecord(
      deck: deck, card: cardID, rating: rating, at: date, durationMs: durationMs,
      before: before, after: after)
  }

  /// The change that applies `kind` (suspend, bury, flag…) to card `cardID` of deck `deck` at
  /// `date`; burying lasts until the end of the study day `day` gives. Nil for `.undo` (use
  /// `undoLast`).
  public func change(
    _ kind: CardChange.Kind, _ cardID: String, deck: String, at date: Date, day: StudyDay
  ) -> CardChange? {
    let before = progress(deck: deck, card: cardID)
    var after = before ?? CardProgress(memory: .new(due: date))
    switch kind {
    case .undo: return nil
    case .suspend: after.suspended = true
    case .unsuspend:
      after.suspended = false
      after.leech = false
    case .bury: after.buriedUntil = day.end(of: date)
    case .unbury: after.buriedUntil = nil
    case .flag: after.flagged = true
    case .unflag: after.flagged = false
    }
    return CardChange(event: kind, deck: deck, card: cardID, at: date, before: before, after: after)
  }
}
