import Foundation
import Testing

@Suite struct DeckCommandTests {
  func deck(_ home: URL, _ arguments: String...) throws -> RunResult {
    try runRecall(["deck"] + arguments + ["--home", home.path])
  }
}

// MARK: - Reading
extension DeckCommandTests {
  @Test func listShowsTitlesCountsAndKinds() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    try Data("{".utf8).write(to: home.appendingPathComponent("Decks/broken.json"))
    let result = try deck(home, "list")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stdout.contains(
        "stem-cells  Stem cell types (6 cards: 3 definition, 1 choice, 1 truefalse, 1 abbreviation)"
      ))
    #expect(result.stdout.contains("broken  unreadable: Decks/broken.json: line 1"))
  }

  @Test func showFiltersByKindAndPrintsChoices() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try deck(home, "show", "stem-cells", "--kind", "choice")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("choice:embryonic-stem-cells  (choice)"))
    #expect(result.stdout.contains("Adult stem cells | Embryonic stem cells"))
    #expect(!result.stdout.contains("definition:stem-cells"))
    #expect(result.stdout.contains("1 of 6 cards"))
  }

  @Test func validateSaysOkForAGoodDeck() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try deck(
      home, "validate", home.appendingPathComponent("Decks/stem-cells.json").path)
    #expect(result.status == 0)
    #expect(result.stdout == "ok: 6 cards\n")
  }

  @Test func validateListsEveryProblemAndExitsWithTwo() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let file = home.appendingPathComponent("bad.json")
    try Data(
      """
      {"format_version": 1, "title": "T", "cards": [
        {"id": "a", "kind": "basic", "term": "t", "front": "", "back": "b", "tags": []},
        {"id": "a", "kind": "basic", "term": "t", "front": "f", "back": " ", "tags": []}]}
      """.utf8
    ).write(to: file)
    let result = try deck(home, "validate", file.path)
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.contains("\(file.path): line 2: cards[0].front: the question is empty"))
    #expect(
      lines.contains { $0.hasPrefix("\(file.path): line 3: cards[1].id: id 'a' is used twice") })
    #expect(lines.contains("\(file.path): line 3: cards[1].back: the answer is empty"))
    #expect(!result.stdout.contains("ok"))
  }
}

// MARK: - Changing
extension DeckCommandTests {
  @Test func addThenEditKeepsTheID() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let add = try deck(
      home, "add", "bio", "--title", "Biology", "--front", "What is a cell?", "--back",
      "The unit of life")
    #expect(add.status == 0, "stderr: \(add.stderr)")
    #expect(add.stdout.contains("Added basic:the-unit-of-life to bio"))
    let again = try deck(home, "add", "bio", "--front", "Cell?", "--back", "The unit of life")
    #expect(again.status == 2)
    #expect(again.stderr.contains("--term"))
    let edit = try deck(
      home, "edit", "bio", "basic:the-unit-of-life", "--front", "What is the smallest living unit?")
    #expect(edit.status == 0, "stderr: \(edit.stderr)")
    let show = try deck(home, "show", "bio")
    #expect(show.stdout.contains("basic:the-unit-of-life  (basic)"))
    #expect(show.stdout.contains("What is the smallest living unit?"))
    #expect(!show.stdout.contains("What is a cell?"))
  }

  @Test func removeNeedsYesWhenInputIsNotATerminal() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let refused = try deck(home, "remove", "stem-cells", "definition:stem-cells")
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--yes"))
    let removed = try deck(home, "remove", "stem-cells", "definition:stem-cells", "--yes")
    #expect(removed.status == 0, "stderr: \(removed.stderr)")
    #expect(removed.stdout.contains("progress on it stays in their journals"))
    let show = try deck(home, "show", "stem-cells")
    #expect(!show.stdout.contains("definition:stem-cells "))
    #expect(show.stdout.contains("5 of 5 cards"))
  }

  @Test func importedCSVCardsAreShown() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let file = fixturesFolder.appendingPathComponent("import/quoted.csv").path
    let result = try deck(home, "import", file, "--into", "geo", "--title", "Geography")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Imported 3 cards into geo"))
    let show = try deck(home, "show", "geo")
    #expect(show.stdout.contains("basic:paris  (basic)"))
    #expect(show.stdout.contains("Capital of France, the country"))
    #expect(show.stdout.contains("3 of 3 cards"))
  }

  @Test func importOfABadFileNamesTheLineAndWritesNothing() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let file = fixturesFolder.appendingPathComponent("import/bad-rows.csv").path
    let result = try deck(home, "import", file, "--into", "geo")
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad-rows.csv: line 3: the back is missing"))
    #expect(
      !FileManager.default.fileExists(atPath: home.appendingPathComponent("Decks/geo.json").path))
  }
}
