import Foundation
import Testing

@testable import RecallCore

/// A deck of `count` basic cards, each its own term.
func basicDeck(_ count: Int) -> Deck {
  Deck(
    title: "Numbers",
    cards: (0..<count).map { index in
      Card(
        id: "basic:n\(index)", kind: .basic, term: "n\(index)", front: "Q\(index)",
        back: "A\(index)")
    })
}

let utcDay = StudyDay(rolloverHour: 4, timeZone: TimeZone(identifier: "UTC") ?? .current)

@Suite struct DailyQueueTests {
  func progress(_ states: [String: CardProgress]) -> LearnerProgress {
    LearnerProgress(learner: "ana", decks: ["d": states])
  }

  func reviewCard(stability: Double, lastReview: Date, due: Date, lapses: Int = 0) -> CardProgress {
    CardProgress(
      memory: MemoryState(
        state: .review, step: nil, stability: stability, difficulty: 5, due: due,
        lastReview: lastReview),
      reps: 3, lapses: lapses, firstReview: date(-86_400 * 100))
  }

  @Test func learningFirstThenReviewsLeastLikelyRecalledFirstThenNewInDeckOrder() {
    let deck = basicDeck(6)
    let now = date()
    let learning = CardProgress(
      memory: MemoryState(
        state: .learning, step: 1, stability: 1, difficulty: 5, due: now.addingTimeInterval(-60),
        lastReview: now.addingTimeInterval(-600)), reps: 1, firstReview: date(-86_400 * 2))
    let states: [String: CardProgress] = [
      "basic:n0": reviewCard(stability: 30, lastReview: date(-86_400 * 31), due: date(-3600)),
      "basic:n1": reviewCard(stability: 2, lastReview: date(-86_400 * 10), due: date(-3600)),
      "basic:n2": learning,
      "basic:n3": reviewCard(stability: 30, lastReview: date(-86_400), due: date(86_400 * 29)),
    ]
    let queue = DailyQueue(
      deck: deck, deckName: "d", progress: progress(states), scheduler: Scheduler(), now: now,
      day: utcDay)
    #expect(queue.all.map(\.id) == ["basic:n2", "basic:n1", "basic:n0", "basic:n4", "basic:n5"])
  }

  @Test func dailyLimitsCountWhatWasAlreadyDoneToday() {
    let deck = basicDeck(30)
    let now = date()  // 12:00 UTC; the day began at 04:00
    var states: [String: CardProgress] = [:]
    for index in 0..<5 {
      states["basic:n\(index)"] = CardProgress(
        memory: MemoryState(
          state: .review, step: nil, stability: 5, difficulty: 5, due: date(86_400 * 5),
          lastReview: date(-3600)), reps: 1, firstReview: date(-3600))
    }
    let queue = DailyQueue(
      deck: deck, deckName: "d", progress: progress(states), scheduler: Scheduler(), now: now,
      day: utcDay,
      limits: DailyLimits(newCards: 8, reviews: 200))
    #expect(queue.new.count == 3)
    #expect(queue.new.first?.id == "basic:n5")
  }

  @Test func reviewsAreCappedPerDay() {
    let deck = basicDeck(10)
    var states: [String: CardProgress] = [:]
    for index in 0..<10 {
      states["basic:n\(index)"] = reviewCard(
        stability: Double(index + 1), lastReview: date(-86_400 * 20), due: date(-60))
    }
    let queue = DailyQueue(
      deck: deck, deckName: "d", progress: progress(states), scheduler: Scheduler(), now: date(),
      day: utcDay,
      limits: DailyLimits(newCards: 0, reviews: 4))
    #expect(queue.reviews.map(\.id) == ["basic:n0", "basic:n1", "basic:n2", "basic:n3"])
  }

  @Test func suspendedAndBuriedCardsStayOut() {
    let deck = basicDeck(3)
    var suspended = reviewCard(stability: 3, lastReview: date(-86_400 * 5), due: date(-60))
    suspended.suspended = true
    var buried = reviewCard(stability: 3, lastReview: date(-86_400 * 5), due: date(-60))
    buried.buriedUntil = utcDay.end(of: date())
    let states = ["basic:n0": suspended, "basic:n1": buried]
    let today = DailyQueue(
      deck: deck, deckName: "d", progress: progress(states), scheduler: Scheduler(), now: date(),
      day: utcDay)
    #expect(today.all.map(\.id) == ["basic:n2"])
    let tomorrow = DailyQueue(
      deck: deck, deckName: "d", progress: progress(states), scheduler: Scheduler(),
      now: date(86_400),
      day: utcDay)
    #expect(tomorrow.all.map(\.id) == ["basic:n1", "basic:n2"])
  }

  @Test func studyDaysStartAtTheRolloverHour() {
    // 2024-05-01 03:30 UTC still belongs to 30 April's study day.
    let early = date(-8.5 * 3600)
    #expect(utcDay.start(of: early) == date(-32 * 3600))
    #expect(utcDay.start(of: date()) == date(-8 * 3600))
    #expect(utcDay.end(of: date()) == date(16 * 3600))
    let sixAM = StudyDay(rolloverHour: 6, timeZone: utcDay.timeZone)
    #expect(sixAM.start(of: date()) == date(-6 * 3600))
  }
}

@Suite struct LeechAndUndoTests {
  @Test func theEighthLapseSuspendsTheCardAsALeech() throws {
    let deck = basicDeck(1)
    let card = try #require(deck.cards.first)
    var progress = LearnerProgress(learner: "ana")
    var clock = date()
    let session = StudySession(
      deck: deck, deckName: "d", progress: progress, scheduler: Scheduler(), now: clock, day: utcDay
    )
    var lapses: [Int] = []
    for _ in 0..<8 {
      // Graduate, then forget after the interval.
      for rating in [Rating.good, .good, .good] {
        let record = session.answer(card, rating: rating, at: clock, progress: progress)
        progress.apply(record)
        clock = max(clock.addingTimeInterval(60), record.after.memory.due)
      }
      let lapse = session.answer(card, rating: .again, at: clock, progress: progress)
      progress.apply(lapse)
      lapses.append(lapse.after.lapses)
      clock = clock.addingTimeInterval(3600)
    }
    let state = try #require(progress.progress(deck: "d", card: card.id))
    #expect(lapses == Array(1...8))
    #expect(state.leech)
    #expect(state.suspended)
    let queue = DailyQueue(
      deck: deck, deckName: "d", progress: progress, scheduler: Scheduler(),
      now: clock.addingTimeInterval(86_400 * 400), day: utcDay)
    #expect(queue.all.isEmpty)
  }

  @Test func undoRestoresTheExactPreviousStatesOneByOne() throws {
    let deck = basicDeck(2)
    var progress = LearnerProgress(learner: "ana")
    let session = StudySession(
      deck: deck, deckName: "d", progress: progress, scheduler: Scheduler(), now: date(),
      day: utcDay)
    let first = session.answer(deck.cards[0], rating: .good, at: date(), progress: progress)
    progress.apply(first)
    let afterFirst = progress
    let second = session.answer(deck.cards[0], rating: .again, at: date(700), progress: progress)
    progress.apply(second)
    let third = session.answer(deck.cards[1], rating: .easy, at: date(800), progress: progress)
    progress.apply(third)
    #expect(progress.reviewCount == 3)

    let undoThird = try #require(progress.undoLast(at: date(900)))
    #expect(undoThird.card == "basic:n1")
    progress.apply(.change(undoThird))
    let undoSecond = try #require(progress.undoLast(at: date(901)))
    progress.apply(.change(undoSecond))
    #expect(progress.decks == afterFirst.decks)
    #expect(progress.reviewCount == 1)
    let undoFirst = try #require(progress.undoLast(at: date(902)))
    progress.apply(.change(undoFirst))
    #expect(progress.progress(deck: "d", card: "basic:n0") == nil)
    #expect(progress.undoLast(at: date(903)) == nil)
  }

  @Test func undoWorksAfterTheSessionHasEnded() throws {
    let root = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let deck = basicDeck(1)
    let card = try #require(deck.cards.first)
    var before: CardProgress?
    do {
      let store = try ProgressStore(root: root, learner: LearnerName("ana"), now: date())
      let session = StudySession(
        deck: deck, deckName: "d", progress: store.progress, scheduler: Scheduler(), now: date(),
        day: utcDay)
      try store.record(session.answer(card, rating: .good, at: date(), progress: store.progress))
      before = store.progress.progress(deck: "d", card: card.id)
      try store.record(
        session.answer(card, rating: .hard, at: date(86_400 * 3), progress: store.progress))
      try store.close(now: date(86_400 * 3))
    }
    let store = try ProgressStore(root: root, learner: LearnerName("ana"), now: date(86_400 * 4))
    let undo = try #require(store.progress.undoLast(at: date(86_400 * 4)))
    try store.record(.change(undo))
    #expect(store.progress.progress(deck: "d", card: card.id) == before)
    store.snapshotEvery = 1
    try store.close(now: date(86_400 * 4))
    let reopened = try ProgressStore(root: root, learner: LearnerName("ana"), now: date(86_400 * 5))
    #expect(reopened.progress.progress(deck: "d", card: card.id) == before)
    #expect(reopened.progress.reviewCount == 1)
  }
}

@Suite struct LearnerSettingsTests {
  @Test func retentionOutsideTheAcceptedRangeIsRefusedNamingIt() {
    var settings = LearnerSettings()
    settings.desiredRetention = 0.5
    #expect(settings.problem()?.field == "desired_retention")
    #expect(settings.problem()?.message == "0.5 is outside 0.70–0.99")
    settings.desiredRetention = 0.99
    #expect(settings.problem() == nil)
  }

  @Test func retentionAboveNinetySevenPercentWarns() {
    var settings = LearnerSettings()
    #expect(settings.warnings.isEmpty)
    settings.desiredRetention = 0.98
    #expect(settings.warnings.first?.contains("grows steeply") == true)
  }

  @Test func higherRetentionGivesShorterIntervals() throws {
    var relaxed = LearnerSettings()
    relaxed.desiredRetention = 0.75
    var strict = LearnerSettings()
    strict.desiredRetention = 0.97
    func interval(_ settings: LearnerSettings) -> TimeInterval {
      var scheduler = SchedulerSettings(desiredRetention: settings.desiredRetention)
      scheduler.enableFuzzing = false
      let next = Scheduler(settings: scheduler).review(.new(due: date()), rating: .easy, at: date())
      return next.due.timeIntervalSince(date())
    }
    #expect(interval(strict) < interval(relaxed))
  }

  @Test func deckLimitsOverrideTheLearnersDefaults() throws {
    let root = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var settings = LearnerSettings()
    settings.newPerDay = 5
    settings.decks["bio"] = .init(newPerDay: 2)
    try SettingsStore.save(settings, folder: root, learner: "ana")
    let loaded = try SettingsStore.load(folder: root, learner: "ana")
    #expect(loaded.limits(for: "bio") == DailyLimits(newCards: 2, reviews: 200))
    #expect(loaded.limits(for: "chem") == DailyLimits(newCards: 5, reviews: 200))
  }

  @Test func aHandEditedOutOfRangeSettingIsReportedWithItsLine() throws {
    let root = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("{\n  \"format_version\": 1,\n  \"desired_retention\": 1.5\n}\n".utf8)
      .write(to: root.appendingPathComponent("settings.json"))
    #expect(
      throws: ProgressError.corrupt(
        path: "Progress/ana/settings.json",
        issue: JSONIssue(line: 3, field: "desired_retention", message: "1.5 is outside 0.70–0.99"))
    ) {
      try SettingsStore.load(folder: root, learner: "ana")
    }
  }
}
