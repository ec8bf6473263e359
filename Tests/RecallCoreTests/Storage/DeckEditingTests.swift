import Foundation
import Testing

@testable import RecallCore

@Suite struct DeckEditingTests {
  let deck = Deck(
    title: "Cells",
    cards: [
      CardDraft(front: "What is a cell?", back: "The unit of life", tags: ["cells"]).card,
      CardDraft(kind: .definition, term: "mitosis", front: "What is mitosis?", back: "Division")
        .card,
    ])
}

// MARK: - Adding
extension DeckEditingTests {
  @Test func addedCardTakesItsIDFromTheTermOrTheBack() throws {
    let added = try deck.adding(CardDraft(front: "Largest organ?", back: "The skin").card)
    #expect(added.cards.last?.id == "basic:the-skin")
    let withTerm = try deck.adding(
      CardDraft(kind: .reverse, term: "Mitosis", front: "Division is?", back: "Mitosis").card)
    #expect(withTerm.cards.last?.id == "reverse:mitosis")
  }

  @Test func duplicateIDIsRefusedWithAHintAboutTerm() {
    let again = CardDraft(front: "Another question", back: "The unit of life").card
    #expect(throws: DeckError.duplicateID("basic:the-unit-of-life")) { try deck.adding(again) }
    #expect(DeckError.duplicateID("basic:x").description.contains("--term"))
  }

  @Test func cardWithEmptySideOrRepeatedChoicesIsRefused() {
    #expect(throws: DeckError.self) {
      try deck.adding(CardDraft(front: " ", back: "Answer").card)
    }
    let repeated = CardDraft(
      kind: .choice, front: "Pick", back: "A", choices: ["A", "B", "A"]
    ).card
    #expect(throws: DeckError.self) { try deck.adding(repeated) }
  }
}

// MARK: - Editing and removing
extension DeckEditingTests {
  @Test func editingACardKeepsItsID() throws {
    let edited = try deck.editing(
      id: "basic:the-unit-of-life",
      with: CardChanges(front: "What is the smallest living unit?", back: "A cell"))
    let card = try #require(edited.cards.first)
    #expect(card.id == "basic:the-unit-of-life")
    #expect(card.front == "What is the smallest living unit?")
    #expect(card.back == "A cell")
    #expect(card.tags == ["cells"])
  }

  @Test func editingAnUnknownCardSaysSo() {
    #expect(throws: DeckError.cardNotFound("basic:nope")) {
      try deck.editing(id: "basic:nope", with: CardChanges(front: "x"))
    }
  }

  @Test func editingToAnEmptyBackIsRefused() {
    #expect(throws: DeckError.self) {
      try deck.editing(id: "definition:mitosis", with: CardChanges(back: ""))
    }
  }

  @Test func removingDropsOnlyThatCard() throws {
    let removed = try deck.removing(id: "definition:mitosis")
    #expect(removed.cards.map(\.id) == ["basic:the-unit-of-life"])
    #expect(throws: DeckError.self) { try removed.removing(id: "basic:the-unit-of-life") }
  }
}

// MARK: - Merging
extension DeckEditingTests {
  @Test func mergeReportsConflictsAndKeepsTheFirstDecksCard() {
    var other = deck
    other.cards[1].back = "Division of a cell into two"
    other.cards.append(CardDraft(front: "Largest organ?", back: "Skin").card)
    let merge = deck.merging([(name: "extra", deck: other)])
    #expect(merge.conflicts == [DeckMerge.Conflict(id: "definition:mitosis", source: "extra")])
    #expect(merge.deck.card(withID: "definition:mitosis")?.back == "Division")
    #expect(merge.added == ["basic:skin"])
    #expect(merge.identical == 1)
  }

  @Test func mergeWithReplaceTakesTheIncomingCardInPlace() {
    var other = deck
    other.cards[1].back = "Division of a cell into two"
    let merge = deck.merging([(name: "extra", deck: other)], replace: true)
    #expect(merge.deck.cards[1].back == "Division of a cell into two")
    #expect(merge.deck.cards.count == 2)
  }
}

// MARK: - Validating
extension DeckEditingTests {
  @Test func validatorReportsEveryProblemNotJustTheFirst() {
    var bad = deck
    bad.cards[0].front = ""
    bad.cards[1].back = ""
    bad.cards.append(bad.cards[1])
    let messages = DeckValidator.problems(in: bad).map(\.message)
    #expect(messages.count == 4)
    #expect(messages.contains("the question is empty"))
    #expect(messages.filter { $0 == "the answer is empty" }.count == 2)
    #expect(messages.contains { $0.contains("is used twice") })
  }

  @Test func questionContainingItsAnswerIsAWarningNotAnError() throws {
    let leak = try deck.adding(
      CardDraft(front: "Is the answer Paris, Paris?", back: "Paris").card)
    let problems = DeckValidator.problems(in: leak)
    #expect(problems.count == 1)
    #expect(problems.first?.isWarning == true)
    #expect(DeckValidator.firstProblem(in: leak) == nil)
  }

  @Test func checkNamesFileLineAndFieldOfEachProblem() {
    let text = """
      {"format_version": 1, "title": "T", "cards": [
        {"id": "a", "kind": "basic", "term": "t", "front": "", "back": "b", "tags": []},
        {"id": "b", "kind": "choice", "term": "u", "front": "Pick", "back": "x",
         "choices": ["x", "y", "x"], "tags": []}]}
      """
    let report = DeckValidator.check(Data(text.utf8), path: "d.json")
    #expect(!report.isValid)
    #expect(
      report.errors == [
        "d.json: line 2: cards[0].front: the question is empty",
        "d.json: line 4: cards[1].choices: the choice 'x' is listed twice; remove the repeat",
      ])
  }
}
