import Foundation
import Testing

@testable import RecallCore

@Suite struct SchedulerTests {
  let start = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z
  let day: TimeInterval = 86_400

  func settings(
    learning: [TimeInterval] = [60, 600], relearning: [TimeInterval] = [600],
    maximumInterval: Int = 36500
  ) -> SchedulerSettings {
    SchedulerSettings(
      learningSteps: learning, relearningSteps: relearning, maximumInterval: maximumInterval,
      enableFuzzing: false)
  }

  /// A card graduated to review with Easy on its first review.
  func reviewCard(_ scheduler: Scheduler) -> MemoryState {
    scheduler.review(.new(due: start), rating: .easy, at: start)
  }

  @Test func firstReviewUsesInitialStabilityAndDifficulty() {
    let scheduler = Scheduler(settings: settings())
    let w = SchedulerSettings.defaultParameters
    for rating in Rating.allCases {
      let next = scheduler.review(.new(due: start), rating: rating, at: start)
      #expect(next.stability == w[rating.rawValue - 1])
      let d0 = w[4] - pow(M_E, w[5] * Double(rating.rawValue - 1)) + 1
      #expect(abs((next.difficulty ?? 0) - min(max(d0, 1), 10)) < 1e-12)
      #expect(next.lastReview == start)
    }
  }

  @Test func learningStepsAdvanceOnGood() {
    let scheduler = Scheduler(settings: settings())
    let first = scheduler.review(.new(due: start), rating: .good, at: start)
    #expect(first.state == .learning)
    #expect(first.step == 1)
    #expect(first.due == start.addingTimeInterval(600))
  }

  @Test func goodOnLastLearningStepGraduates() {
    let scheduler = Scheduler(settings: settings())
    let first = scheduler.review(.new(due: start), rating: .good, at: start)
    let second = scheduler.review(first, rating: .good, at: first.due)
    #expect(second.state == .review)
    #expect(second.step == nil)
    #expect(second.due.timeIntervalSince(first.due) >= day)
  }

  @Test func hardOnFirstStepWaitsBetweenTheFirstTwoSteps() {
    let two = Scheduler(settings: settings(learning: [60, 600]))
    let one = Scheduler(settings: settings(learning: [100]))
    let a = two.review(.new(due: start), rating: .hard, at: start)
    let b = one.review(.new(due: start), rating: .hard, at: start)
    #expect(a.due == start.addingTimeInterval(330))
    #expect(a.step == 0)
    #expect(b.due == start.addingTimeInterval(150))
  }

  @Test func againRestartsLearningSteps() {
    let scheduler = Scheduler(settings: settings())
    let first = scheduler.review(.new(due: start), rating: .good, at: start)
    let again = scheduler.review(first, rating: .again, at: first.due)
    #expect(again.state == .learning)
    #expect(again.step == 0)
    #expect(again.due == first.due.addingTimeInterval(60))
  }

  @Test func emptyLearningStepsGraduateAtOnce() {
    let scheduler = Scheduler(settings: settings(learning: []))
    for rating in Rating.allCases {
      let next = scheduler.review(.new(due: start), rating: rating, at: start)
      #expect(next.state == .review)
      #expect(next.step == nil)
      #expect(next.due.timeIntervalSince(start) >= day)
    }
  }

  @Test func easyGraduatesFromLearning() {
    let next = reviewCard(Scheduler(settings: settings()))
    #expect(next.state == .review)
    #expect(next.step == nil)
  }

  @Test func againInReviewMovesToRelearning() {
    let scheduler = Scheduler(settings: settings())
    let card = reviewCard(scheduler)
    let lapsed = scheduler.review(card, rating: .again, at: card.due)
    #expect(lapsed.state == .relearning)
    #expect(lapsed.step == 0)
    #expect(lapsed.due == card.due.addingTimeInterval(600))
    #expect((lapsed.stability ?? .infinity) < (card.stability ?? 0))
  }

  @Test func againInReviewWithoutRelearningStepsStaysInReview() {
    let scheduler = Scheduler(settings: settings(relearning: []))
    let card = reviewCard(scheduler)
    let lapsed = scheduler.review(card, rating: .again, at: card.due)
    #expect(lapsed.state == .review)
    #expect(lapsed.step == nil)
    #expect(lapsed.due.timeIntervalSince(card.due) >= day)
  }

  @Test func goodAfterLastRelearningStepReturnsToReview() {
    let scheduler = Scheduler(settings: settings())
    let card = reviewCard(scheduler)
    let lapsed = scheduler.review(card, rating: .again, at: card.due)
    let back = scheduler.review(lapsed, rating: .good, at: lapsed.due)
    #expect(back.state == .review)
    #expect(back.step == nil)
  }

  @Test func sameDayReviewUsesShortTermStability() {
    let scheduler = Scheduler(settings: settings())
    let w = SchedulerSettings.defaultParameters
    let first = scheduler.review(.new(due: start), rating: .good, at: start)
    let s = first.stability ?? 0
    let later = start.addingTimeInterval(day - 1)
    let second = scheduler.review(first, rating: .good, at: later)
    let expected = s * max(pow(M_E, w[17] * w[18]) * pow(s, -w[19]), 1)
    #expect(abs((second.stability ?? 0) - expected) < 1e-12)
  }

  @Test func retrievabilityCountsWholeDaysOnly() {
    let scheduler = Scheduler(settings: settings())
    let card = reviewCard(scheduler)
    #expect(scheduler.retrievability(card, at: start.addingTimeInterval(day - 1)) == 1)
    let oneDay = scheduler.retrievability(card, at: start.addingTimeInterval(day))
    #expect(oneDay < 1)
    #expect(oneDay == scheduler.retrievability(card, at: start.addingTimeInterval(2 * day - 1)))
  }

  @Test func retrievabilityIsNinetyPercentAfterStabilityDays() {
    let scheduler = Scheduler(settings: settings())
    var card = reviewCard(scheduler)
    card.stability = 10
    let r = scheduler.retrievability(card, at: start.addingTimeInterval(10 * day))
    #expect(abs(r - 0.9) < 1e-12)
  }

  @Test func newCardHasZeroRetrievability() {
    let scheduler = Scheduler()
    #expect(scheduler.retrievability(.new(due: start), at: start) == 0)
  }

  @Test func intervalsRoundHalfToEven() {
    let scheduler = Scheduler(settings: settings())
    // At 90 % retention the interval equals the stability in days.
    #expect(scheduler.nextInterval(stability: 2.5) == 2)
    #expect(scheduler.nextInterval(stability: 3.5) == 4)
    #expect(scheduler.nextInterval(stability: 0.2) == 1)
  }

  @Test func intervalNeverExceedsMaximum() {
    let scheduler = Scheduler(settings: settings(maximumInterval: 100))
    var card = reviewCard(scheduler)
    for _ in 0..<30 {
      let next = scheduler.review(card, rating: .easy, at: card.due)
      #expect(next.due.timeIntervalSince(card.due) <= 100 * day)
      card = next
    }
    #expect(scheduler.nextInterval(stability: 1e9) == 100)
  }

  @Test func nextStatesGivesOneStatePerRating() {
    let scheduler = Scheduler(settings: settings())
    let states = scheduler.nextStates(.new(due: start), at: start)
    #expect(states.count == 4)
    #expect(states[.again]?.step == 0)
    #expect(states[.easy]?.state == .review)
    #expect(states[.good] == scheduler.review(.new(due: start), rating: .good, at: start))
  }

  @Test func defaultSettingsAreValid() throws {
    try SchedulerSettings().validate()
  }

  @Test func outOfRangeParameterIsRejectedNamingIt() {
    var parameters = SchedulerSettings.defaultParameters
    parameters[4] = 120
    let settings = SchedulerSettings(parameters: parameters)
    #expect(throws: SchedulerError.self) { try settings.validate() }
    do {
      try settings.validate()
    } catch {
      #expect(error.description == "settings.parameters[4]: 120 is outside 1…10")
    }
  }

  @Test func wrongParameterCountIsRejected() {
    let settings = SchedulerSettings(parameters: [1, 2, 3])
    #expect(throws: SchedulerError.parameterCount(path: "settings.parameters", count: 3)) {
      try Scheduler(validating: settings)
    }
  }

  @Test func retentionOutsideOpenUnitIntervalIsRejected() {
    for retention in [0, 1, 1.5, -0.2, .nan] {
      #expect(throws: SchedulerError.self) {
        try SchedulerSettings(desiredRetention: retention).validate()
      }
    }
  }

  @Test func negativeStepAndZeroMaximumAreRejected() {
    #expect(throws: SchedulerError.invalidStep(path: "settings.relearning_steps[0]", value: -1)) {
      try SchedulerSettings(relearningSteps: [-1]).validate()
    }
    #expect(throws: SchedulerError.self) {
      try SchedulerSettings(maximumInterval: 0).validate()
    }
  }
}
