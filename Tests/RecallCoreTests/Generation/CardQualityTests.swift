import Foundation
import Testing

@testable import RecallCore

@Suite struct CardQualityTests {
  /// The bundled deck's article, `Decks/sources/what-is-regenerative-medicine.txt`.
  private static var bundledArticle: URL {
    Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Decks/sources/what-is-regenerative-medicine.txt")
  }

  /// Each fixture article with the problems of the deck generated from it.
  private func problemsPerArticle() throws -> [(String, [CardQuality.Finding])] {
    var results: [(String, [CardQuality.Finding])] = []
    for article in GenerationFixtures.articles {
      results.append((article, CardQuality.problems(in: try GenerationFixtures.generate(article))))
    }
    let bundled = try String(contentsOf: Self.bundledArticle, encoding: .utf8)
    results.append(("bundled", CardQuality.problems(in: try Generator().generate(text: bundled))))
    return results
  }

  @Test func everyFixtureDeckHasNoProblems() throws {
    for (article, problems) in try problemsPerArticle() {
      let lines = problems.map { "  \($0)" }.joined(separator: "\n")
      #expect(problems.isEmpty, "\(article): \(problems.count) problems\n\(lines)")
    }
  }
}

// MARK: - Hand-made definitions and cards

extension CardQualityTests {
  /// A definition as the finder would give it; the sentence is "Term is text." unless given.
  fileprivate static func definition(
    _ term: String, _ text: String, sentence: String? = nil, aliases: [String] = [],
    abbreviation: String? = nil, section: [String] = ["Basics"], group: String? = nil,
    isAdjective: Bool = false
  ) -> Definition {
    Definition(
      term: term, aliases: aliases, abbreviation: abbreviation, text: text,
      sentence: sentence ?? "\(Sentences.capitalizedFirst(term)) is \(text).", properties: [],
      section: section, group: group, line: 1, pattern: .copula, isAdjective: isAdjective)
  }

  fileprivate static func card(
    _ kind: CardKind, _ term: String, front: String, back: String, choices: [String]? = nil,
    suffix: String = ""
  ) -> Card {
    Card(
      id: CardID.make(kind: kind, term: term) + suffix, kind: kind,
      term: Sentences.capitalizedFirst(term), front: front, back: back, choices: choices)
  }

  /// The problems the checker finds in `cards` made from `definitions`.
  fileprivate func problems(_ cards: [Card], _ definitions: [Definition]) -> [CardProblem] {
    CardQuality.problems(in: cards, definitions: definitions).map(\.problem)
  }
}

// MARK: - The checker catches each problem

extension CardQualityTests {
  @Test func aPronounAnswerIsCaught() {
    let organ = Self.definition("organ", "it")
    let card = Self.card(.definition, "organ", front: "What is an organ?", back: "It.")
    #expect(problems([card], [organ]) == [.pronounAnswer("It")])
  }

  @Test func aFragmentAnswerIsCaughtButAShortDefinitionIsNot() {
    let organ = Self.definition("organ", "in biology, this")
    let fragment = Self.card(
      .definition, "organ", front: "What is an organ?", back: "In biology, this.")
    #expect(problems([fragment], [organ]) == [.fragmentAnswer("In biology, this")])
    let twoWords = Self.card(.definition, "organ", front: "What is an organ?", back: "Body parts.")
    #expect(problems([twoWords], [organ]) == [.fragmentAnswer("Body parts")])
    let tissue = Self.definition("tissue", "a group of similar cells")
    let short = Self.card(
      .definition, "tissue", front: "What is a tissue?", back: "A group of similar cells.")
    #expect(problems([short], [tissue]).isEmpty)
  }

  @Test func aDefinitionNamingItsOwnTermIsCircularButItsHeadNounIsNot() {
    let nano = Self.definition("nanotechnology", "the application of nanotechnology in medicine")
    let circular = Self.card(
      .definition, "nanotechnology", front: "What is nanotechnology?",
      back: "The application of nanotechnology in medicine.")
    #expect(problems([circular], [nano]) == [.circularDefinition(term: "nanotechnology")])
    let stem = Self.definition("stem cells", "unspecialised cells that can divide")
    let genus = Self.card(
      .definition, "stem cells", front: "What are stem cells?",
      back: "Unspecialised cells that can divide.")
    #expect(problems([genus], [stem]).isEmpty)
  }

  @Test func anAnswerDefiningAnotherTermIsCaught() {
    let multipotent = Self.definition(
      "multipotent cells", "a pluripotent stem cell is one that can become any cell type")
    let pluripotent = Self.definition("pluripotent stem cells", "cells that can become any type")
    let card = Self.card(
      .definition, "multipotent cells", front: "What are multipotent cells?",
      back: "A pluripotent stem cell is one that can become any cell type.")
    #expect(
      problems([card], [multipotent, pluripotent]) == [.definesOtherTerm("pluripotent stem cells")]
    )
  }

  @Test(arguments: ["groundbreaking", "revolutionary", "unprecedented", "the", "simply"])
  func aClozeBlankingAWordNoOneCanRecallIsCaught(word: String) {
    let field = Self.definition("photonics", "a \(word) field that studies light")
    let card = Self.card(
      .cloze, "photonics", front: "Photonics is a ____ field that studies light.", back: word,
      suffix: "#keyword")
    #expect(problems([card], [field]) == [.unrecallableBlank(word)])
  }

  @Test func aClozeBlankingATermThatEndsInLyIsFine() {
    let supply = Self.definition("supply", "the amount sellers offer at each price")
    let card = Self.card(
      .cloze, "supply", front: "____ is the amount sellers offer at each price.", back: "Supply")
    #expect(problems([card], [supply]).isEmpty)
  }

  @Test func aChoiceOfferingAnotherNameOfTheAnswerIsCaught() {
    let escs = Self.definition(
      "embryonic stem cells", "cells from an early embryo", abbreviation: "ESCs")
    let options = ["Embryonic stem cells", "ESCs", "Adult stem cells", "Scaffolds"]
    let card = Self.card(
      .choice, "embryonic stem cells", front: "Pick the term: cells from an early embryo.",
      back: "Embryonic stem cells", choices: options)
    #expect(problems([card], [escs]) == [.optionNamesAnswer("ESCs")])
  }

  @Test func aChoiceRepeatingAnOptionIsCaught() {
    let escs = Self.definition("embryonic stem cells", "cells from an early embryo")
    let options = ["Embryonic stem cells", "Adult stem cell", "Adult stem cells", "Scaffolds"]
    let card = Self.card(
      .choice, "embryonic stem cells", front: "Pick the term: cells from an early embryo.",
      back: "Embryonic stem cells", choices: options)
    #expect(problems([card], [escs]) == [.repeatedOption("Adult stem cells")])
  }

  @Test func aFalseStatementTheArticleMakesTrueIsCaught() {
    let autologous = Self.definition(
      "autologous therapies", "therapies where a patient's own cells are used",
      sentence:
        "Adult stem cells are used in autologous therapies, where a patient's own cells are used."
    )
    let adult = Self.definition("adult stem cells", "cells found in adult tissues")
    let card = Self.card(
      .truefalse, "autologous therapies",
      front: "True or false? Adult stem cells: therapies where a patient's own cells are used.",
      back: "False — that is autologous therapies")
    #expect(
      problems([card], [autologous, adult]) == [.falseStatementIsTrue(shown: "Adult stem cells")])
  }

  @Test func aFalseStatementPairingAPropertyWithAThingIsCaught() {
    let escs = Self.definition("embryonic stem cells", "cells from an early embryo")
    let multipotent = Self.definition(
      "multipotent", "able to become a few cell types", isAdjective: true)
    let card = Self.card(
      .truefalse, "embryonic stem cells",
      front: "True or false? Multipotent: cells from an early embryo.",
      back: "False — that is embryonic stem cells")
    #expect(
      problems([card], [escs, multipotent]) == [.statementMixesKinds(shown: "Multipotent")])
  }
}

// MARK: - The card makers avoid each problem

extension CardQualityTests {
  /// Cards made from `definitions`, checked to have no problem.
  fileprivate func madeWithoutProblems(_ definitions: [Definition]) -> [Card] {
    let cards = CardMaker().cards(for: definitions)
    let found = CardQuality.problems(in: cards, definitions: definitions)
    #expect(found.isEmpty, "\(found.map(\.description).joined(separator: "\n"))")
    return cards
  }

  /// Siblings that make ordinary distractors.
  fileprivate static let siblings = [
    definition("scaffolds", "frameworks that hold growing tissue in shape"),
    definition("biomaterials", "substances engineered to interact with living tissue"),
    definition("growth factors", "proteins that signal cells to divide and specialise"),
  ]

  @Test func noCardShowsAPronounOrAFragmentAsItsAnswer() {
    let organ = Self.definition("organ", "in biology, this")
    let cards = madeWithoutProblems([organ] + Self.siblings)
    #expect(!cards.contains { $0.noteID == "organ" })
  }

  @Test func aCircularDefinitionIsCutBeforeTheClauseNamingItsTerm() {
    let weather = Self.definition(
      "weather", "what you get on a particular day; climate is the average of that weather")
    let cards = madeWithoutProblems([weather] + Self.siblings)
    #expect(
      cards.first { $0.id == "definition:weather" }?.back == "What you get on a particular day.")
    #expect(
      cards.first { $0.id == "cloze:weather" }?.front == "____ is what you get on a particular day."
    )
  }

  @Test func aCircularDefinitionThatCannotBeCutMakesNoDefinitionCard() {
    let nano = Self.definition(
      "nanotechnology", "the application of nanotechnology in medicine to build tiny machines")
    let cards = madeWithoutProblems([nano] + Self.siblings)
    #expect(!cards.contains { $0.id == "definition:nanotechnology" })
    // A clue with a gap where the term stood reads as a broken sentence: no reverse or choice.
    #expect(!cards.contains { $0.id == "reverse:nanotechnology" })
    #expect(!cards.contains { $0.id == "choice:nanotechnology" })
    // Nor a true-or-false statement: "the application of ____ in medicine" is a puzzle.
    #expect(!cards.contains { $0.id == "truefalse:nanotechnology" })
    #expect(cards.contains { $0.id == "cloze:nanotechnology" })
  }

  @Test func anAnswerDefiningAnotherTermMakesNoCardsOfItsText() {
    let multipotent = Self.definition(
      "multipotent cells", "a pluripotent stem cell is one that can become any cell type")
    let pluripotent = Self.definition(
      "pluripotent stem cells", "cells that can become any cell type of the body")
    let cards = madeWithoutProblems([multipotent, pluripotent] + Self.siblings)
    #expect(!cards.contains { $0.noteID == "multipotent-cells" })
    #expect(cards.contains { $0.id == "definition:pluripotent-stem-cells" })
  }

  @Test func aKeywordClozeBlanksAContentWordNotPraise() throws {
    let bioprinting = Self.definition(
      "3D bioprinting", "a revolutionary technology that prints tissues from hydrogels",
      sentence: "3D bioprinting is a revolutionary technology that prints tissues from hydrogels.")
    let cards = madeWithoutProblems([bioprinting] + Self.siblings)
    let keyword = try #require(cards.first { $0.id == "cloze:3d-bioprinting#keyword" })
    #expect(keyword.back == "hydrogels")
  }

  @Test func aKeywordClozeNeverBlanksAnEverydayWord() throws {
    // "technology", "component", "mechanism": words the definition does not teach.
    let bioprinting = Self.definition(
      "3D bioprinting", "a revolutionary technology that prints living tissues layer by layer",
      sentence:
        "3D bioprinting is a revolutionary technology that prints living tissues layer by layer."
    )
    let cards = madeWithoutProblems([bioprinting] + Self.siblings)
    #expect(!cards.contains { $0.id == "cloze:3d-bioprinting#keyword" })
  }

  @Test func aChoiceNeverOffersAnotherNameOfTheAnswer() throws {
    let escs = Self.definition(
      "embryonic stem cells", "cells taken from an early embryo", abbreviation: "ESCs")
    let esCells = Self.definition(
      "ES cells", "the cells of the inner cell mass", aliases: ["embryonic stem cells"])
    let cards = madeWithoutProblems([escs, esCells] + Self.siblings)
    let choice = try #require(cards.first { $0.id == "choice:embryonic-stem-cells" })
    #expect(choice.choices?.contains("ES cells") == false)
    #expect(Set(choice.choices ?? []).count == 4)
  }

  @Test func aFalseStatementSkipsASiblingTheArticleRelatesToTheTerm() throws {
    // A term the hash sends to a "false" statement, its nearest sibling named in its sentence.
    let term = try #require(
      ["autologous therapies", "allogeneic therapies", "donor therapies", "cell therapies"].first {
        StableHash.of(Slug.of($0)) % 2 == 1
      })
    let answer = Self.definition(
      term, "treatments where a patient's own cells are used",
      sentence: "Adult stem cells are used in \(term), where a patient's own cells are used.",
      section: ["Therapies", "Sources"], group: "sources")
    let adult = Self.definition(
      "adult stem cells", "cells found in grown tissues such as bone marrow",
      section: ["Therapies", "Sources"], group: "sources")
    let others = Self.siblings.map { sibling in
      var moved = sibling
      moved.section = ["Therapies", "Tools"]
      return moved
    }
    let cards = madeWithoutProblems([answer, adult] + others)
    let statement = try #require(cards.first { $0.id == "truefalse:\(Slug.of(term))" })
    #expect(statement.back.hasPrefix("False"))
    #expect(!statement.front.contains("Adult stem cells"))
  }

  @Test func aFalseStatementPairsThingsWithThingsOnly() {
    let escs = Self.definition("embryonic stem cells", "cells taken from an early embryo")
    // Marked as a noun by mistake, but its text describes a property.
    let multipotent = Self.definition("multipotent", "able to become a few cell types")
    let cards = madeWithoutProblems([escs, multipotent] + Self.siblings)
    for card in cards where card.kind == .truefalse && card.back.hasPrefix("False") {
      #expect(!card.front.hasPrefix("True or false? Multipotent:") || card.noteID == "multipotent")
    }
  }

  @Test func aMadeUpArticleMakesADeckWithNoProblems() throws {
    let text = """
      Light Science

      **Photonics** is a groundbreaking and rapidly evolving field that studies how light is made and guided.

      **Lasers** are devices that emit a narrow beam of light of a single colour.

      **Optical fibres** are thin strands of glass that carry light over long distances.

      A **photodiode** is a sensor that turns light into an electric current.

      **Holography** is the application of holography in art and science to record light fields.
      """
    let result = try Generator().generate(text: text)
    let found = CardQuality.problems(in: result)
    #expect(found.isEmpty, "\(found.map(\.description).joined(separator: "\n"))")
    #expect(!result.deck.cards.contains { $0.back == "groundbreaking" })
  }
}
