import Foundation
import Testing

@testable import RecallCore

@Suite struct CardFiguresTests {
  private let now = moment(day: 0)

  private func cards(_ tags: [(String, [String])]) -> [Card] {
    tags.map { Card(id: $0.0, kind: .basic, term: $0.0, front: "Q \($0.0)", back: "A", tags: $0.1) }
  }

  @Test func forecastPutsOverdueCardsToday() {
    let progress = LearnerProgress(
      learner: "x",
      decks: [
        "d": [
          "a": cardState(.review, lastReview: moment(day: -10), due: moment(day: -2)),
          "b": cardState(.review, lastReview: moment(day: -1), due: moment(day: 1)),
          "c": cardState(.review, lastReview: moment(day: -1), due: moment(day: 3)),
          "e": cardState(.review, lastReview: moment(day: -1), due: moment(day: 45)),
        ]
      ])
    let figures = CardFigures(
      cards: cards([("a", []), ("b", []), ("c", []), ("e", []), ("n", [])]), deckName: "d",
      progress: progress, now: now, day: utcDay)
    #expect(figures.forecast.prefix(4) == [1, 1, 0, 1])
    #expect(figures.forecast.reduce(0, +) == 3)
    #expect(figures.new == 1)
    #expect(figures.dueToday == 1)
    #expect(figures.dueTomorrow == 2)
  }

  @Test func masteryRanksWeakestTagFirst() {
    // Reviewed just now with long stability: recall ~100 %; reviewed 60 days ago with
    // stability 1: recall far below 90 %.
    let progress = LearnerProgress(
      learner: "x",
      decks: [
        "d": [
          "strong1": cardState(.review, stability: 100, lastReview: now, due: moment(day: 90)),
          "strong2": cardState(.review, stability: 100, lastReview: now, due: moment(day: 90)),
          "weak": cardState(
            .review, stability: 1, lastReview: moment(day: -60), due: moment(day: -59), lapses: 3),
        ]
      ])
    let figures = CardFigures(
      cards: cards([
        ("strong1", ["easy"]), ("strong2", ["easy", "mixed"]), ("weak", ["mixed"]),
        ("unseen", ["hard"]),
      ]),
      deckName: "d", progress: progress, now: now, day: utcDay)
    #expect(figures.mastery.map(\.tag) == ["hard", "mixed", "easy"])
    #expect(figures.mastery.map(\.share) == [0, 0.5, 1])
    #expect(figures.mastered == 2)
    #expect(figures.hardest.map(\.card) == ["weak"])
  }

  @Test func hardestCardsAreOrderedByLapsesThenRecall() {
    var states: [String: CardProgress] = [:]
    for k in 0..<12 {
      states["c\(k)"] = cardState(
        .review, stability: Double(k + 1), lastReview: moment(day: -5), due: now, lapses: k % 3 + 1)
    }
    let figures = CardFigures(
      cards: cards((0..<12).map { ("c\($0)", []) }), deckName: "d",
      progress: LearnerProgress(learner: "x", decks: ["d": states]), now: now, day: utcDay)
    #expect(figures.hardest.count == 10)
    #expect(figures.hardest.prefix(4).map(\.card) == ["c2", "c5", "c8", "c11"])
  }

  @Test func suspendedLeechesAreCountedApart() {
    let progress = LearnerProgress(
      learner: "x",
      decks: [
        "d": [
          "a": cardState(
            .relearning, lastReview: now, due: now, lapses: 8, suspended: true, leech: true),
          "b": cardState(.learning, lastReview: now, due: now, suspended: true),
        ]
      ])
    let figures = CardFigures(
      cards: cards([("a", []), ("b", [])]), deckName: "d", progress: progress, now: now,
      day: utcDay)
    #expect(figures.suspended == 2)
    #expect(figures.leech == 1)
    #expect(figures.dueToday == 0)
  }
}
