import Foundation

/// The reviews a learner can expect over the coming days with a given scheduler: what
/// `recall optimize` compares between the parameters in use and the fitted ones.
public enum Workload {
  /// Days in the comparison `recall optimize` shows.
  public static let days = 7

  /// Cards coming due on each of the next `days` study days (today first, overdue cards
  /// counted today), starting from each seen card's current state and supposing every card is
  /// answered Good when due, with `scheduler`'s parameters and retention (without fuzz, so two
  /// schedulers differ only by their settings). A card counts once a day however many
  /// learning steps it goes through; suspended cards do not count, buried ones from when they
  /// come back. Cards never seen are left out: their workload does not depend on parameters.
  public static func reviewsPerDay(
    progress: LearnerProgress, scheduler: Scheduler, now: Date, day: StudyDay,
    days: Int = Workload.days
  ) -> [Int] {
    var settings = scheduler.settings
    settings.enableFuzzing = false
    let scheduler = Scheduler(settings: settings)
    var indexer = DayIndexer(day)
    let today = indexer.day(of: now)
    var counts = [Int](repeating: 0, count: max(0, days))
    for cards in progress.decks.values {
      for card in cards.values where !card.suspended && !card.memory.isNew {
        var memory = card.memory
        var due = max(memory.due, card.buriedUntil ?? memory.due)
        var counted = Int.min
        // A learning card goes through a few steps a day; a review card at most a few a week.
        for _ in 0..<64 {
          let dueDay = max(today, indexer.day(of: due))
          let offset = dueDay - today
          guard offset < counts.count else { break }
          if dueDay != counted {
            counts[offset] += 1
            counted = dueDay
          }
          memory = scheduler.review(memory, rating: .good, at: max(due, now))
          due = memory.due
        }
      }
    }
    return counts
  }
}
