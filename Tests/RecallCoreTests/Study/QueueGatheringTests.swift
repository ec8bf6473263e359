import Foundation
import Testing

@testable import RecallCore

/// A deck of `terms` terms with three sibling cards each, kept together in deck order as
/// `generate` writes them.
func siblingDeck(terms: Int) -> Deck {
  Deck(
    title: "Terms",
    cards: (0..<terms).flatMap { term in
      [CardKind.definition, .reverse, .choice].map { kind in
        Card(
          id: "\(kind.rawValue):t\(term)", kind: kind, term: "t\(term)", front: "Q \(kind) \(term)",
          back: "A\(term)")
      }
    })
}

@Suite struct QueueGatheringTests {
  let scheduler = Scheduler()

  func queue(
    _ deck: Deck, _ states: [String: CardProgress] = [:], at now: Date = date(),
    limits: DailyLimits = DailyLimits()
  ) -> DailyQueue {
    DailyQueue(
      deck: deck, deckName: "d", progress: LearnerProgress(learner: "ana", decks: ["d": states]),
      scheduler: scheduler, now: now, day: utcDay, limits: limits)
  }

  /// A card answered once at `answered` and now a review due at `due`.
  func review(answered: Date, due: Date) -> CardProgress {
    CardProgress(
      memory: MemoryState(
        state: .review, step: nil, stability: 3, difficulty: 5, due: due, lastReview: answered),
      reps: 2, firstReview: answered)
  }

  @Test func newCardsFillTheLimitFromDifferentTermsSkippingSiblingsWithoutCounting() {
    let queue = queue(siblingDeck(terms: 30))
    #expect(queue.new.count == 20)
    #expect(Set(queue.new.map(\.noteID)).count == 20)
    #expect(queue.new.first?.id == "definition:t0")
    #expect(queue.new.last?.id == "definition:t19")
  }

  @Test func aReviewDueTodayKeepsItsNewSiblingsForAnotherDay() {
    let states = ["definition:t0": review(answered: date(-86_400 * 3), due: date(3600))]
    let queue = queue(siblingDeck(terms: 3), states)
    // Due later today still counts as due today, as in Anki.
    #expect(queue.reviews.map(\.id) == ["definition:t0"])
    #expect(queue.new.map(\.id) == ["definition:t1", "definition:t2"])
  }

  @Test func onlyOneReviewOfATermIsShownADayAndTheSkippedOneUsesNoLimit() {
    let deck = siblingDeck(terms: 3)
    var states: [String: CardProgress] = [:]
    for card in deck.cards {
      states[card.id] = review(answered: date(-86_400 * 5), due: date(-60))
    }
    let queue = queue(deck, states, limits: DailyLimits(newCards: 20, reviews: 3))
    #expect(queue.reviews.count == 3)
    #expect(Set(queue.reviews.map(\.noteID)) == ["t0", "t1", "t2"])
  }

  @Test func manyDueReviewsGiveTheLeastLikelyRecalledOnePerTermUpToTheLimit() {
    let deck = siblingDeck(terms: 300)
    var generator = SeededGenerator(seed: 3)
    var states: [String: CardProgress] = [:]
    for card in deck.cards where Int.random(in: 0..<3, using: &generator) > 0 {
      var state = review(answered: date(-86_400 * 40), due: date(-60))
      state.memory.stability = Double.random(in: 1...60, using: &generator)
      states[card.id] = state
    }
    let queue = queue(deck, states, limits: DailyLimits(newCards: 0, reviews: 150))
    // What a full sort gives: lowest retrievability first, the first card of each term.
    let scheduler = Scheduler()
    let recall: [String: Double] = states.mapValues {
      scheduler.retrievability($0.memory, at: date())
    }
    let ordered: [String] = recall.keys.sorted { a, b in
      let (ra, rb) = (recall[a] ?? 0, recall[b] ?? 0)
      return ra < rb || (ra == rb && a < b)
    }
    var terms = Set<Substring>()
    let expected = ordered.filter { terms.insert(Card.noteKey(of: $0)).inserted }.prefix(150)
    #expect(queue.reviews.map(\.id) == Array(expected))
  }

  @Test func aCardStillBeingLearnedClaimsItsTermEvenBeforeItIsDue() {
    let learning = CardProgress(
      memory: MemoryState(
        state: .learning, step: 1, stability: 1, difficulty: 5, due: date(600),
        lastReview: date(-86_400)), reps: 1, firstReview: date(-86_400))
    let queue = queue(siblingDeck(terms: 2), ["definition:t0": learning])
    #expect(queue.learning.isEmpty)
    #expect(queue.new.map(\.id) == ["definition:t1"])
  }

  @Test func newCardsStudiedEarlierTodayInAnySessionCountAgainstTheLimit() {
    let deck = siblingDeck(terms: 40)
    var states: [String: CardProgress] = [:]
    for term in 0..<15 {
      states["definition:t\(term)"] = review(answered: date(-3600), due: date(86_400 * 3))
    }
    let today = queue(deck, states)
    #expect(today.newStudiedToday == 15)
    #expect(today.new.count == 5)
    #expect(today.new.first?.id == "definition:t15")
    // The next study day (after 4 a.m.) has the whole limit again, and the siblings too.
    let tomorrow = queue(deck, states, at: date(86_400))
    #expect(tomorrow.newStudiedToday == 0)
    #expect(tomorrow.new.count == 20)
    #expect(tomorrow.new.first?.id == "reverse:t0")
  }

  @Test func newCardsUseUpTheReviewLimitAsInAnki() {
    let deck = siblingDeck(terms: 30)
    var states: [String: CardProgress] = [:]
    for term in 20..<30 {
      states["definition:t\(term)"] = review(answered: date(-86_400 * 4), due: date(-60))
    }
    let queue = queue(deck, states, limits: DailyLimits(newCards: 20, reviews: 14))
    #expect(queue.reviews.count == 10)
    #expect(queue.new.count == 4)
  }

  @Test func theOutlookSaysWhatALargerLimitWouldBringToday() {
    let deck = siblingDeck(terms: 22)
    var states: [String: CardProgress] = [:]
    for term in 0..<20 {
      states["definition:t\(term)"] = review(answered: date(-3600), due: date(86_400 * 3))
    }
    let outlook = NewCardOutlook(
      deck: deck, deckName: "d", progress: LearnerProgress(learner: "ana", decks: ["d": states]),
      scheduler: scheduler, now: date(), day: utcDay)
    #expect(outlook.studiedToday == 20)
    #expect(outlook.leftToday == 0)
    #expect(outlook.beyondLimit == 2)
    #expect(outlook.unseen == 46)
  }
}

@Suite struct SessionOrderTests {
  func session(_ deck: Deck, _ progress: LearnerProgress, newCards: Int = 20) -> StudySession {
    StudySession(
      deck: deck, deckName: "d", progress: progress, scheduler: Scheduler(), now: date(),
      day: utcDay, limits: DailyLimits(newCards: newCards))
  }

  /// Answers `card` with `rating` at `now`, as the study prompt does.
  func answer(
    _ card: Card, _ rating: Rating, at now: Date, session: inout StudySession,
    progress: inout LearnerProgress
  ) {
    let record = session.answer(card, rating: rating, at: now, progress: progress)
    progress.apply(record)
    session.didRecord(record)
  }

  @Test func aCardGradedAgainIsNotShownNextWhileAnotherCanBe() throws {
    let deck = siblingDeck(terms: 2)
    var progress = LearnerProgress(learner: "ana")
    var session = session(deck, progress)
    let first = try #require(session.next(progress: progress, now: date()))
    answer(first, .good, at: date(), session: &session, progress: &progress)
    let second = try #require(session.next(progress: progress, now: date(1)))
    #expect(second.id != first.id)
    answer(second, .again, at: date(1), session: &session, progress: &progress)
    // Both are learning now; the one just forgotten is due first but waits behind the other.
    let third = try #require(session.next(progress: progress, now: date(2)))
    #expect(third.id == first.id)
    answer(third, .again, at: date(2), session: &session, progress: &progress)
    #expect(session.next(progress: progress, now: date(3))?.id == second.id)
  }

  @Test func theCountGrowsByTheCardsThatComeBackAndNeverDropsForSiblings() throws {
    let deck = siblingDeck(terms: 3)
    var progress = LearnerProgress(learner: "ana")
    var session = session(deck, progress)
    #expect(session.counts(progress: progress, now: date()) == counts(new: 3))
    var now = date()
    var totals: [Int] = []
    var shown: [String] = []
    while let card = session.next(progress: progress, now: now), shown.count < 20 {
      totals.append(session.answers.count + session.remaining(progress: progress, now: now))
      shown.append(card.id)
      answer(card, .good, at: now, session: &session, progress: &progress)
      now = now.addingTimeInterval(5)
    }
    // Three new terms, each shown again after its 10-minute step: six showings in all.
    #expect(shown.count == 6)
    #expect(Set(shown) == ["definition:t0", "definition:t1", "definition:t2"])
    #expect(totals == [3, 4, 5, 6, 6, 6])
  }

  func counts(learning: Int = 0, reviews: Int = 0, new: Int = 0) -> SessionCounts {
    var counts = SessionCounts()
    counts.learning = learning
    counts.reviews = reviews
    counts.new = new
    return counts
  }
}

@Suite struct SortSmallestTests {
  @Test func theFirstElementsAreThoseAFullSortPutsThere() {
    var generator = SeededGenerator(seed: 7)
    for trial in 0..<300 {
      let size = Int.random(in: 0..<200, using: &generator)
      // Few distinct values, so ties are common; the index breaks them.
      let values = (0..<size).map {
        (Int.random(in: 0..<(trial % 3 == 0 ? 5 : 1000), using: &generator), $0)
      }
      let less: ((Int, Int), (Int, Int)) -> Bool = { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
      let start = size == 0 ? 0 : Int.random(in: 0..<size, using: &generator)
      let count = Int.random(in: 0...(size + 2), using: &generator)
      var partial = values
      partial.sortSmallest(count, from: start, by: less)
      let expected = Array(values[..<start]) + values[start...].sorted(by: less)
      let end = min(size, start + count)
      #expect(partial[..<end].elementsEqual(expected[..<end], by: ==), "trial \(trial)")
      #expect(partial.sorted(by: less).elementsEqual(values.sorted(by: less), by: ==))
    }
  }
}
