import Foundation
import Testing

@testable import RecallCore

@Suite struct ModelTests {
  @Test func deckSurvivesARoundTripThroughJSON() throws {
    let deck = try stemCellDeck()
    let data = try JSONCoding.fileEncoder().encode(deck)
    let again = try DeckStore.decode(data, path: "round-trip.json")
    #expect(again == deck)
    #expect(String(decoding: data, as: UTF8.self).contains("\"format_version\" : 1"))
  }

  @Test func progressRecordSurvivesARoundTripThroughJSON() throws {
    let memory = MemoryState(
      state: .review, step: nil, stability: 3.25, difficulty: 5.5, due: date(86_400 * 3),
      lastReview: date())
    let record = ReviewRecord(
      deck: "d", card: "definition:stem-cells", rating: .good, at: date(), durationMs: 1200,
      before: nil, after: CardProgress(memory: memory, reps: 1, firstReview: date()))
    let data = try JSONCoding.lineEncoder().encode(record)
    let text = String(decoding: data, as: UTF8.self)
    #expect(!text.contains("\n"))
    #expect(text.contains("\"at\":\"2024-05-01T12:00:00Z\""))
    #expect(text.contains("\"rating\":3"))
    #expect(try JSONCoding.decoder().decode(ReviewRecord.self, from: data) == record)
  }

  @Test func ratingsAreReadFromNumbersAndNames() {
    #expect(Rating(answer: "3") == .good)
    #expect(Rating(answer: " Again ") == .again)
    #expect(Rating(answer: "EASY") == .easy)
    #expect(Rating(answer: "5") == nil)
    #expect(Rating(answer: "maybe") == nil)
  }

  @Test func cardIDsComeFromKindAndTermNotWording() {
    #expect(
      CardID.make(kind: .definition, term: "Embryonic Stem Cells")
        == "definition:embryonic-stem-cells")
    #expect(
      CardID.make(kind: .cloze, term: "Gene Editing (CRISPR-Cas9)")
        == "cloze:gene-editing-crispr-cas9")
    #expect(CardID.slug("Café  au lait") == "cafe-au-lait")
  }

  @Test func siblingsShareTheNoteOfTheirIDs() {
    #expect(Card.noteKey(of: "cloze:stem-cells#keyword") == "stem-cells")
    #expect(Card.noteKey(of: "definition:stem-cells") == "stem-cells")
    #expect(Card.noteKey(of: "basic:a#b#c") == "a")
    #expect(Card.noteKey(of: "plain-id") == "plain-id")
  }

  @Test func tagsIncludeTheirParentSections() throws {
    let deck = try stemCellDeck()
    #expect(deck.allTags.contains("core-principles"))
    #expect(deck.allTags.contains("core-principles/stem-cell-technology"))
    let card = try #require(deck.cards.first)
    #expect(card.hasTag("core-principles"))
    #expect(!card.hasTag("core"))
  }
}

@Suite struct LearnerNameTests {
  @Test(arguments: ["ana", "Ana-Maria_2", "j.doe", String(repeating: "x", count: 64)])
  func safeNamesAreAccepted(name: String) throws {
    #expect(try LearnerName(name).value == name)
  }

  @Test(arguments: [
    "", ".hidden", "..", "../evil", "a/b", "tab\there", "é", String(repeating: "x", count: 65),
  ])
  func namesThatCouldEscapeProgressAreRejected(name: String) {
    #expect(throws: ProgressError.self) { try LearnerName(name) }
  }
}
