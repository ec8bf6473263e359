import Foundation
import Testing

@testable import RecallCore

@Suite struct DeckStoreTests {
  func message(for text: String) -> String {
    do {
      _ = try DeckStore.decode(Data(text.utf8), path: "Decks/x.json")
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test func syntaxErrorNamesFileLineAndColumn() {
    let text = "{\n  \"format_version\": 1,\n  \"title\": \"T\"\n  \"cards\": []\n}"
    #expect(
      message(for: text)
        == "Decks/x.json: line 4, column 3: expected ',' or '}'; fix the deck file and try again")
  }

  @Test func wrongTypeNamesTheFieldAndItsLine() {
    let text = """
      {"format_version": 1, "title": "T",
       "cards": [
        {"id": "a", "kind": "definition", "term": "t", "front": "f", "back": "b", "tags": []},
        {"id": "b", "kind": "definition", "term": "t", "front": 7, "back": "b", "tags": []}
       ]}
      """
    #expect(message(for: text).hasPrefix("Decks/x.json: line 4: cards[1].front: expected a string"))
  }

  @Test func unknownKindIsReportedWithItsField() {
    let text = """
      {"format_version": 1, "title": "T", "cards": [
        {"id": "a", "kind": "essay", "term": "t", "front": "f", "back": "b", "tags": []}]}
      """
    #expect(message(for: text).contains("line 2: cards[0].kind"))
  }

  @Test func duplicateIDsAreRejected() {
    let text = """
      {"format_version": 1, "title": "T", "cards": [
        {"id": "a", "kind": "basic", "term": "t", "front": "f", "back": "b", "tags": []},
        {"id": "a", "kind": "basic", "term": "u", "front": "g", "back": "c", "tags": []}]}
      """
    #expect(message(for: text).contains("line 3: cards[1].id: id 'a' is used twice"))
  }

  @Test func emptyAndMissingFieldsAreExplained() {
    #expect(
      message(for: "")
        == "Decks/x.json: the deck file is empty; generate it again with 'recall generate'")
    #expect(
      message(for: "{\"format_version\": 1, \"cards\": []}").contains("missing field 'title'"))
    #expect(
      message(for: "{\"format_version\": 1, \"title\": \"T\", \"cards\": []}")
        == "Decks/x.json: the deck has no cards")
    #expect(
      message(for: "{\"format_version\": 9, \"title\": \"T\", \"cards\": []}").contains(
        "format_version 9 is newer"))
  }

  @Test func choicesMustHoldTheAnswer() {
    let text = """
      {"format_version": 1, "title": "T", "cards": [
        {"id": "a", "kind": "choice", "term": "t", "front": "f", "back": "b", "tags": [], "choices": ["x", "y"]}]}
      """
    #expect(
      message(for: text).contains("cards[0].choices: the answer 'b' is not among the choices"))
  }

  @Test func unknownDeckListsTheKnownOnes() throws {
    let home = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let store = DeckStore(home: home)
    try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
    try DeckStore.save(try stemCellDeck(), to: store.folder.appendingPathComponent("cells.json"))
    #expect(store.names() == ["cells"])
    #expect(throws: DeckError.notFound("bio", known: ["cells"])) { try store.load("bio") }
    #expect(try store.load("cells").cards.count == 6)
  }
}
