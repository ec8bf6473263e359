import Testing

@testable import RecallCore

@Suite struct CardMakerTests {
  private func cards(_ article: String) throws -> [Card] {
    try GenerationFixtures.generate(article).deck.cards
  }

  private func card(_ id: String, in cards: [Card]) throws -> Card {
    try #require(cards.first { $0.id == id })
  }
}

// MARK: - Wording

extension CardMakerTests {
  @Test func questionsAgreeInNumber() throws {
    let cards = try cards("regenerative-medicine")
    #expect(
      try card("definition:induced-pluripotent-stem-cells", in: cards).front
        == "What are induced pluripotent stem cells?")
    #expect(
      try card("definition:tissue-engineering", in: cards).front == "What is tissue engineering?")
    #expect(
      try card("abbreviation:induced-pluripotent-stem-cells", in: cards).front
        == "What does iPSCs stand for?")
    #expect(
      try card("reverse:induced-pluripotent-stem-cells", in: cards).front
        == "Which term: adult somatic cells that have been genetically reprogrammed to an embryonic stem cell-like pluripotent state?"
    )
  }

  @Test func comparisonAsksWhichSiblingHasTheProperty() throws {
    let comparison = try card("comparison:adult-stem-cells", in: try cards("regenerative-medicine"))
    #expect(comparison.front == "Which stem cells are multipotent?")
    #expect(comparison.back == "Adult stem cells")
    #expect(
      Set(comparison.choices ?? []) == [
        "Adult stem cells", "Embryonic stem cells", "Induced pluripotent stem cells",
      ])
  }

  @Test func clozeBlanksTheTermAndAKeyWord() throws {
    let cards = try cards("regenerative-medicine")
    #expect(try card("cloze:stem-cells", in: cards).front.hasPrefix("____ are undifferentiated"))
    let keyword = try card("cloze:stem-cells#keyword", in: cards)
    #expect(keyword.front.hasPrefix("Stem cells are ____ biological cells"))
    #expect(keyword.back == "undifferentiated")
  }

  @Test func tagsComeFromTheSectionPath() throws {
    let cards = try cards("regenerative-medicine")
    #expect(
      try card("definition:embryonic-stem-cells", in: cards).tags
        == ["core-principles/stem-cell-technology"])
    #expect(
      try card("definition:scaffolds", in: cards).tags == ["core-principles/tissue-engineering"])
    let stemCellTypes = cards.filter { $0.hasTag("core-principles/stem-cell-technology") }
    #expect(stemCellTypes.contains { $0.id == "definition:adult-stem-cells" })
    #expect(!stemCellTypes.contains { $0.id == "definition:tissue-engineering" })
  }

  @Test func trueFalsePairsAboutHalfWithASibling() throws {
    let statements = try cards("regenerative-medicine").filter { $0.kind == .truefalse }
    let falses = statements.filter { $0.back.hasPrefix("False — that is ") }
    #expect(statements.count >= 10)
    #expect(falses.count * 4 >= statements.count && falses.count * 4 <= statements.count * 3)
  }
}

// MARK: - Fairness

extension CardMakerTests {
  @Test(arguments: GenerationFixtures.articles)
  func noPromptLeaksItsAnswer(article: String) throws {
    let result = try GenerationFixtures.generate(article)
    for card in result.deck.cards {
      let definition = result.definitions.first { CardID.slug($0.term) == card.noteID }
      let names = (definition?.names ?? [card.term]).filter { $0.count > 1 }
      switch card.kind {
      case .reverse, .choice, .comparison:
        #expect(!Sentences.mentions(card.front, anyOf: names), "\(card.id): \(card.front)")
      case .cloze:
        let answer = card.id.hasSuffix("#keyword") ? [card.back] : names
        #expect(!Sentences.mentions(card.front, anyOf: answer), "\(card.id): \(card.front)")
        #expect(card.front.contains("____"))
      case .truefalse:
        let statement = card.front.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
        #expect(!Sentences.mentions(statement, anyOf: names), "\(card.id): \(card.front)")
      case .abbreviation:
        #expect(!Sentences.mentions(card.front, anyOf: [card.back]), "\(card.id)")
      case .definition, .basic:
        break
      }
    }
  }

  @Test(arguments: GenerationFixtures.articles)
  func choicesHoldTheAnswerOnceAmongThreeOthers(article: String) throws {
    let result = try GenerationFixtures.generate(article)
    for card in result.deck.cards where card.kind == .choice {
      let choices = try #require(card.choices)
      #expect(choices.count == 4)
      #expect(Set(choices.map(CardID.slug)).count == 4)
      #expect(choices.filter { $0 == card.back }.count == 1)
      let others = choices.filter { $0 != card.back }.map(CardID.slug)
      for alias in card.accept ?? [] { #expect(!others.contains(CardID.slug(alias)), "\(card.id)") }
    }
  }

  @Test(arguments: GenerationFixtures.articles)
  func debrisNeverReachesACard(article: String) throws {
    let labels = try GenerationFixtures.labels(article)
    let cards = try GenerationFixtures.generate(article).deck.cards
    for card in cards {
      let text = ([card.front, card.back] + (card.choices ?? [])).joined(separator: " ")
      for debris in labels.neverInCards {
        #expect(!text.localizedCaseInsensitiveContains(debris), "\(card.id) has \(debris)")
      }
    }
  }

  @Test func choicesAreTheSameOnEveryRun() throws {
    let first = try cards("regenerative-medicine")
    let second = try cards("regenerative-medicine")
    #expect(first == second)
  }
}

// MARK: - Identity

extension CardMakerTests {
  @Test func idsSurviveRewordingADefinition() throws {
    let text = try GenerationFixtures.text("regenerative-medicine")
    let edited = text.replacingOccurrences(
      of: "**Stem cells** are undifferentiated biological cells characterized by",
      with: "**Stem cells** are unspecialised cells known for")
    #expect(edited != text)
    let before = try Generator().generate(text: text).deck.cards
    let after = try Generator().generate(text: edited).deck.cards
    #expect(Set(before.map(\.id)) == Set(after.map(\.id)))
    #expect(try card("definition:stem-cells", in: after).back.hasPrefix("Unspecialised cells"))
  }

  @Test func cardsOfOneTermShareANote() throws {
    let notes = try cards("regenerative-medicine").filter { $0.noteID == "embryonic-stem-cells" }
    #expect(Set(notes.map(\.kind)).isSuperset(of: [.definition, .reverse, .abbreviation, .choice]))
    #expect(Set(notes.map(\.id)).count == notes.count)
  }

  @Test(arguments: GenerationFixtures.articles)
  func idsAreUnique(article: String) throws {
    let ids = try cards(article).map(\.id)
    #expect(Set(ids).count == ids.count)
  }
}

// MARK: - Slugs

extension CardMakerTests {
  @Test func fastSlugsMatchCardIDSlugs() {
    for text in [
      "Embryonic Stem Cells (ESCs)", "3D Bioprinting", "Gene Editing (CRISPR-Cas9)",
      "  café au lait ", "Parkinson's disease", "--", "a/b c",
    ] {
      #expect(Slug.of(text) == CardID.slug(text), "\(text)")
    }
  }
}

// MARK: - Articles before terms

extension CardMakerTests {
  @Test func fieldsNamedInAListTakeNoArticle() throws {
    let cards = try cards("regenerative-medicine")
    #expect(try card("definition:orthopedics", in: cards).front == "What is orthopedics?")
    #expect(try card("definition:gene-therapy", in: cards).front == "What is gene therapy?")
    // "The application of nanotechnology in …" names its own term: no clue with a gap.
    #expect(!cards.contains { $0.id == "reverse:nanotechnology" })
    #expect(try card("definition:3d-bioprinting", in: cards).front == "What is 3D bioprinting?")
    #expect(
      try card("cloze:3d-bioprinting", in: cards).front.hasPrefix(
        "____ is a revolutionary technology"))
  }

  @Test func aCountableThingInAListKeepsItsArticle() throws {
    let text = """
      Laboratory Tools

      Every lab relies on a few simple tools.

        • **Pipette:** A thin tube that measures and moves small volumes of liquid.
        • **Centrifuge:** A machine that spins samples to separate their parts by density.
        • **Microscopy:** The use of microscopes to see objects too small for the eye.

      """
    let cards = try Generator().generate(text: text).deck.cards
    #expect(try card("definition:pipette", in: cards).front == "What is a pipette?")
    #expect(try card("definition:centrifuge", in: cards).front == "What is a centrifuge?")
    #expect(try card("definition:microscopy", in: cards).front == "What is microscopy?")
    #expect(
      try card("cloze:microscopy", in: cards).front
        == "____ is the use of microscopes to see objects too small for the eye.")
  }
}

extension CardMakerTests {
  @Test func aClozeBlanksTheTermOnceAndDropsTheOtherName() throws {
    let cards = try cards("immune-system")
    let cloze = try card("cloze:adaptive-immunity", in: cards)
    #expect(
      cloze.front
        == "____ is the targeted response that develops after the body has been exposed to a specific antigen."
    )
    #expect(try card("cloze:b-cells", in: cards).front.components(separatedBy: "____").count == 2)
  }
}

extension CardMakerTests {
  @Test func aClueWithAWordOnlyItsOwnTermHasMakesNoChoice() throws {
    let cards = try cards("regenerative-medicine")
    // "adult" names only "adult stem cells"; "stem" and "cells" are in every sibling's name.
    // The reverse card may say it (a hint, no gap); a choice among siblings would be no choice.
    #expect(
      try card("reverse:adult-stem-cells", in: cards).front
        == "Which term: found in various adult tissues, including bone marrow, adipose tissue, and peripheral blood?"
    )
    #expect(!cards.contains { $0.id == "choice:adult-stem-cells" })
  }
}

extension CardMakerTests {
  @Test func aClozeInAListItemSaysWhoTheyAre() throws {
    // The "Adult Stem Cells" item goes on: "They are multipotent, capable of …".
    let cloze = try card("cloze:multipotent", in: try cards("regenerative-medicine"))
    #expect(cloze.front.hasPrefix("Adult stem cells are ____, capable of differentiating"))
  }
}

// MARK: - Meanings that answer nothing

extension CardMakerTests {
  @Test func aMeaningThatOnlyNamesAClassAsksNothing() throws {
    let article = """
      # Comets

      NASA's Stardust mission used a special substance, called aerogel, to collect these
      particles.

      A **coma** is the cloud of gas and dust that surrounds the nucleus of a comet.
      """
    let cards = try Generator().generate(text: article).deck.cards
    // "What is aerogel? A special substance." would teach nothing.
    #expect(!cards.contains { $0.id == "definition:aerogel" })
    #expect(!cards.contains { $0.id == "truefalse:aerogel" })
    #expect(cards.contains { $0.id == "definition:coma" })
    #expect(MeaningText.isThin("such an event"))
    #expect(MeaningText.isThin("the most spectacular showers"))
    #expect(!MeaningText.isThin("the nonphysical, intangible economic activities"))
    #expect(!MeaningText.isThin("a mathematical tool used to study randomness"))
  }

  @Test func aTrueOrFalseStatementNeverShowsAGap() throws {
    let article = """
      # Services

      ## People-Based Services

      **People-based services** are when people primarily deliver the service, rather than
      equipment or machinery.

      **Equipment-based service** firms utilize equipment, machinery, and other forms of
      technology to perform service tasks.

      **Frontline employees** are the workers who deal with customers face to face.
      """
    let cards = try Generator().generate(text: article).deck.cards
    let statements = cards.filter { $0.kind == .truefalse }
    #expect(!statements.isEmpty)
    #expect(statements.allSatisfy { !$0.front.contains("____") })
  }
}

extension CardMakerTests {
  @Test func aKeywordBlankIsNeverOneOfSeveralCoordinatedWords() {
    let statement =
      "Equipment-based service firms utilize equipment, machinery, and other forms of technology."
    #expect(CardWording.isCoordinated("machinery", in: statement))
    #expect(CardWording.isCoordinated("measurement", in: "a characteristic or measurement"))
    #expect(
      CardWording.isCoordinated("congenital", in: "damaged by age, disease, or congenital defects"))
    #expect(!CardWording.isCoordinated("technology", in: statement + " It is costly."))
    #expect(!CardWording.isCoordinated("evolution", in: "the theory of evolution, which explains"))
  }
}

extension CardMakerTests {
  @Test func noDistractorIsNamedByTheAnswersMeaningOrNamesTheAnswer() throws {
    let cards = try cards("regenerative-medicine")
    // "a kind of adult stem cell used for blood disorders": "Adult stem cells" is right too.
    let blood = try card("choice:hematopoietic-stem-cells", in: cards)
    #expect(!(blood.choices ?? []).contains("Adult stem cells"))
    // iPSCs are "embryonic stem cell-like": not a wrong answer beside them.
    let ipsc = try card("choice:induced-pluripotent-stem-cells", in: cards)
    #expect(!(ipsc.choices ?? []).contains("Embryonic stem cells"))
    #expect((blood.choices ?? []).count == 4)
  }
}
