import Foundation
import Testing

@testable import RecallCore

@Suite struct GeneratorTests {
  private let generator = Generator()
}

// MARK: - Bad input

extension GeneratorTests {
  @Test func emptyArticleIsRefused() {
    #expect(throws: GenerationError.empty) { try generator.generate(data: Data()) }
    #expect(throws: GenerationError.empty) { try generator.generate(text: " \n\n ") }
  }

  @Test func binaryFileIsRefused() {
    let data = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02])
    #expect(throws: GenerationError.binary) { try generator.generate(data: data) }
  }

  @Test func nonUTF8IsRefusedWithTheByteOffset() {
    var data = Data("Stem cells are cells. Caf".utf8)
    data.append(0xE9)  // Latin-1 é
    data.append(contentsOf: Array(" au lait".utf8))
    #expect(throws: GenerationError.notUTF8(offset: 25)) { try generator.generate(data: data) }
    #expect(GenerationError.notUTF8(offset: 25).message.contains("offset 25"))
  }

  @Test func fiftyMegabytesAreRefusedQuickly() {
    let data = Data(count: Generator.sizeLimit)
    let start = Date()
    #expect(
      throws: GenerationError.tooLarge(bytes: Generator.sizeLimit, limit: Generator.sizeLimit)
    ) {
      try generator.generate(data: data)
    }
    #expect(Date().timeIntervalSince(start) < 1)
  }

  @Test func articleWithoutDefinitionsIsRefused() {
    let text = "# Diary\n\nToday I walked to the shops. It rained, and I bought bread.\n"
    #expect(throws: GenerationError.noDefinitions) { try generator.generate(text: text) }
  }

  @Test func everyErrorHasAOneLineMessage() {
    let errors: [GenerationError] = [
      .empty, .binary, .notUTF8(offset: 3), .tooLarge(bytes: 60_000_000, limit: 50_000_000),
      .noDefinitions,
    ]
    for error in errors {
      #expect(!error.message.isEmpty && !error.message.contains("\n"))
    }
  }
}

// MARK: - Decks

extension GeneratorTests {
  @Test func deckTakesTitleFromTheArticleAndSourceFromTheCaller() throws {
    let text = try GenerationFixtures.text("regenerative-medicine")
    let result = try generator.generate(
      data: Data(text.utf8), source: "sources/what-is-regenerative-medicine.txt")
    #expect(result.deck.title == "What Is Regenerative Medicine?")
    #expect(result.deck.source == "sources/what-is-regenerative-medicine.txt")
    let titled = try generator.generate(text: text, title: "Regen")
    #expect(titled.deck.title == "Regen")
  }

  @Test func onlyRequestedKindsAreMade() throws {
    let text = try GenerationFixtures.text("regenerative-medicine")
    let result = try generator.generate(text: text, kinds: [.definition, .abbreviation])
    #expect(Set(result.deck.cards.map(\.kind)) == [.definition, .abbreviation])
  }

  @Test func reportListsCardsPerDefinitionAndRejectedSentences() throws {
    let result = try GenerationFixtures.generate("regenerative-medicine")
    let escs = try #require(
      result.report.entries.first { $0.definition.term == "embryonic stem cells" })
    #expect(escs.cardIDs.contains("abbreviation:embryonic-stem-cells"))
    #expect(result.report.rejected.contains { $0.reason == .descriptionDoesNotDefine })
  }
}

@Suite struct ShippedDeckTests {
  /// The deck learners get is what `recall generate` makes of its article today, card for card,
  /// in the repository's `Decks/` and in the test fixtures alike.
  @Test func theShippedDeckIsWhatTheGeneratorMakes() throws {
    let made = try GenerationFixtures.generate("regenerative-medicine").deck.cards
    let repository = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
    for url in [
      Fixtures.directory.appendingPathComponent("decks/regenerative-medicine.json"),
      repository.appendingPathComponent("Decks/regenerative-medicine.json"),
    ] {
      let shipped = try DeckStore.load(from: url).cards
      let differing = zip(shipped, made).first { old, new in
        old.id != new.id || old.front != new.front || old.back != new.back
      }
      let regenerate =
        "regenerate with: recall generate Decks/sources/what-is-regenerative-medicine.txt -o Decks/regenerative-medicine.json, and copy it to Tests/Fixtures/decks"
      #expect(shipped.count == made.count, "\(url.path): \(regenerate)")
      #expect(
        differing == nil,
        "\(url.path): \(differing?.0.front ?? "") became \(differing?.1.front ?? ""); \(regenerate)"
      )
    }
  }
}
