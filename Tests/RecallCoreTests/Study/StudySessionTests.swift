import Foundation
import Testing

@testable import RecallCore

@Suite struct StudySessionTests {
  let deck: Deck
  init() throws { deck = try stemCellDeck() }

  func session(_ progress: LearnerProgress, at seconds: TimeInterval = 0, newCards: Int = 20)
    -> StudySession
  {
    StudySession(
      deck: deck, deckName: "stem-cells", progress: progress, scheduler: Scheduler(),
      now: date(seconds),
      day: StudyDay(timeZone: TimeZone(identifier: "UTC") ?? .current),
      limits: DailyLimits(newCards: newCards))
  }

  @Test func newCardsComeInDeckOrderUpToTheDailyLimit() {
    let progress = LearnerProgress(learner: "ana")
    let session = session(progress, newCards: 2)
    #expect(session.remaining(progress: progress, now: date()) == 2)
    #expect(session.next(progress: progress, now: date())?.id == "definition:stem-cells")
  }

  @Test func answeringACardBuriesItsSiblingsForTheDay() throws {
    var progress = LearnerProgress(learner: "ana")
    var session = session(progress)
    let card = try #require(deck.card(withID: "definition:embryonic-stem-cells"))
    let record = session.answer(card, rating: .good, at: date(), progress: progress)
    progress.apply(record)
    session.didRecord(record)
    var shown: [String] = []
    while let next = session.next(progress: progress, now: date(1)), shown.count < 10 {
      shown.append(next.id)
      let record = session.answer(next, rating: .easy, at: date(1), progress: progress)
      progress.apply(record)
      session.didRecord(record)
    }
    #expect(!shown.contains("choice:embryonic-stem-cells"))
    let later = self.session(progress, at: 60)
    #expect(later.next(progress: progress, now: date(60))?.id != "choice:embryonic-stem-cells")
  }

  @Test func aForgottenCardComesBackInTheSameSession() throws {
    var progress = LearnerProgress(learner: "ana")
    var session = session(progress, newCards: 1)
    let card = try #require(session.next(progress: progress, now: date()))
    let record = session.answer(card, rating: .again, at: date(), progress: progress)
    progress.apply(record)
    session.didRecord(record)
    #expect(record.after.memory.state != .review)
    // Nothing else is left, so the card is shown again within the learn-ahead window.
    #expect(session.next(progress: progress, now: date(5))?.id == card.id)
  }

  @Test func recordsKeepTheStateBeforeSoAnAnswerCanBeUndone() throws {
    var progress = LearnerProgress(learner: "ana")
    let session = session(progress)
    let card = try #require(deck.cards.first)
    let first = session.answer(card, rating: .good, at: date(), progress: progress)
    progress.apply(first)
    let second = session.answer(card, rating: .again, at: date(86_400 * 5), progress: progress)
    #expect(first.before == nil)
    #expect(second.before == first.after)
    #expect(second.after.reps == 2)
  }
}

@Suite struct AnswerMatcherTests {
  @Test(arguments: [
    ("Embryonic stem cells", "embryonic stem cell"),
    ("the Embryonic Stem-Cells!", "Embryonic stem cells"),
    ("Pluripotént", "pluripotent"),
  ])
  func sameAnswerInOtherFormIsCorrect(typed: String, expected: String) {
    #expect(AnswerMatcher.grade(typed, expected: expected) == .correct)
  }

  @Test func aliasesAndAbbreviationsAreAccepted() {
    #expect(
      AnswerMatcher.grade("ESCs", expected: "embryonic stem cells", alternatives: ["ESC"])
        == .correct)
  }

  @Test func aTypoIsAlmostAndAWrongAnswerIsAgain() {
    #expect(
      AnswerMatcher.grade("embryonic stme cells", expected: "embryonic stem cells") == .almost)
    #expect(AnswerMatcher.grade("adult stem cells", expected: "embryonic stem cells") == .wrong)
    #expect(AnswerVerdict.wrong.suggestedRating == .again)
    #expect(AnswerMatcher.grade("", expected: "x") == .wrong)
  }
}

@Suite struct TypedAnswerDifferenceTests {
  @Test func aTypoShowsTheWordThatDiffers() {
    #expect(
      AnswerMatcher.differences(typed: "embryonic stme cells", expected: "Embryonic stem cells")
        == ["stme → stem"])
  }

  @Test func missingAndExtraWordsAreMarked() {
    #expect(
      AnswerMatcher.differences(typed: "stem cells", expected: "adult stem cells") == ["-adult"])
    #expect(
      AnswerMatcher.differences(typed: "the adult stem cells", expected: "adult stem cells") == [
        "+the"
      ])
    #expect(
      AnswerMatcher.differences(typed: "adult stem cells", expected: "Adult stem cells.").isEmpty)
  }
}

@Suite struct QuizTests {
  @Test func multipleChoiceTakesALetterOrANumber() throws {
    let deck = try stemCellDeck()
    let card = try #require(deck.card(withID: "choice:embryonic-stem-cells"))
    #expect(Quiz.check(card, input: "b") == .correct)
    #expect(Quiz.check(card, input: "2") == .correct)
    #expect(Quiz.check(card, input: "a") == .wrong)
  }

  @Test func trueFalseTakesTFYN() throws {
    let deck = try stemCellDeck()
    let card = try #require(deck.card(withID: "truefalse:tissue-engineering"))
    #expect(Quiz.check(card, input: "t") == .correct)
    #expect(Quiz.check(card, input: "yes") == .correct)
    #expect(Quiz.check(card, input: "n") == .wrong)
  }

  @Test func aQuizMixesTermsBeforeRepeatingOneAndIsReproducible() throws {
    let deck = try stemCellDeck()
    let first = Quiz.pick(from: deck, count: 3, seed: 9)
    #expect(first == Quiz.pick(from: deck, count: 3, seed: 9))
    #expect(Set(first.map(\.noteID)).count == first.count)
    let onlyChoice = Quiz.pick(from: deck, count: 5, kinds: [.choice], seed: 1)
    #expect(onlyChoice.map(\.kind) == [.choice])
  }
}
