import Foundation
import Testing

@testable import RecallCore

/// The next week's reviews `recall optimize` compares.
@Suite struct WorkloadTests {
  let day = StudyDay(rolloverHour: 4, timeZone: .gmt)
  let now = date()  // 2024-05-01 12:00 UTC

  func review(due days: Double, stability: Double) -> CardProgress {
    CardProgress(
      memory: MemoryState(
        state: .review, step: nil, stability: stability, difficulty: 5,
        due: now.addingTimeInterval(days * 86_400),
        lastReview: now.addingTimeInterval(-stability * 86_400 + days * 86_400)), reps: 3)
  }

  @Test func eachCardCountsOnTheDaysItComesDue() {
    var suspended = review(due: 1, stability: 5)
    suspended.suspended = true
    let learning = CardProgress(
      memory: MemoryState(
        state: .learning, step: 1, stability: 2.3, difficulty: 2, due: now,
        lastReview: now.addingTimeInterval(-60)), reps: 1)
    let progress = LearnerProgress(
      learner: "ana",
      decks: [
        "d": [
          "overdue": review(due: -3, stability: 2), "later": review(due: 4, stability: 10),
          "gone": suspended, "learning": learning, "far": review(due: 30, stability: 40),
        ]
      ])
    let counts = Workload.reviewsPerDay(
      progress: progress, scheduler: Scheduler(), now: now, day: day)
    // Today the overdue card and the learning card (once, though it takes a step and graduates);
    // the learning card again two days later, as its new stability says; the card due in 4 days
    // then. The suspended card and the one due in a month never.
    #expect(counts == [2, 0, 1, 0, 1, 0, 0])
  }

  @Test func parametersThatForgetFasterBringCardsBackSooner() {
    var cards: [String: CardProgress] = [:]
    for index in 0..<20 { cards["c\(index)"] = review(due: Double(index % 3), stability: 1) }
    let progress = LearnerProgress(learner: "ana", decks: ["d": cards])
    var fast = SchedulerSettings.defaultParameters
    fast[8] = 0.2  // little stability gained on a success
    let defaults = Workload.reviewsPerDay(
      progress: progress, scheduler: Scheduler(), now: now, day: day)
    let forgetful = Workload.reviewsPerDay(
      progress: progress, scheduler: Scheduler(settings: SchedulerSettings(parameters: fast)),
      now: now, day: day)
    #expect(defaults[0] == forgetful[0])
    #expect(forgetful.reduce(0, +) > defaults.reduce(0, +))
  }
}
