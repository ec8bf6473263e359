import Foundation
import GRDB
import RecallCore
import Testing
import ZIPFoundation

/// `recall deck import FILE.apkg`, on packages made by Anki 26.9.3
/// (`scripts/make_anki_fixtures.py`).
@Suite struct AnkiImportTests {
  static let packages = fixturesFolder.appendingPathComponent("anki", isDirectory: true)

  /// The recall id of template `kind` of the fixture note with GUID `guid`.
  static func id(_ kind: String, _ guid: String, cloze: Int? = nil) -> String {
    "\(kind):anki-" + String(FNV1a.hash(Array(guid.utf8)), radix: 16)
      + (cloze.map { "#\($0)" } ?? "")
  }

  func importing(_ package: String, _ home: URL, _ extra: String...) throws -> RunResult {
    try runRecall(
      ["deck", "import", Self.packages.appendingPathComponent(package).path, "--home", home.path]
        + extra)
  }

  func cards(_ home: URL, _ deck: String) throws -> [String: Card] {
    let data = try Data(contentsOf: home.appendingPathComponent("Decks/\(deck).json"))
    let decoded = try JSONDecoder().decode(Deck.self, from: data)
    return Dictionary(uniqueKeysWithValues: decoded.cards.map { ($0.id, $0) })
  }

  func stats(_ home: URL, _ learner: String, _ deck: String) throws -> [String: Any] {
    let result = try runRecall(["stats", deck, "--learner", learner, "--json", "--home", home.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
  }
}

// MARK: - Cards
extension AnkiImportTests {
  @Test func modernPackageBecomesCardsOfEachKind() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try importing("modern.apkg", home, "--into", "bio")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Imported 8 notes"))
    #expect(result.stdout.contains("11 new, 0 updated, 0 unchanged"))
    let cards = try cards(home, "bio")
    #expect(cards.count == 11)
    let cell = try #require(cards[Self.id("definition", "fixtureCell01")])
    #expect(cell.front == "Cell" && cell.back == "The smallest unit of life")
    #expect(cell.tags == ["biology/cells", "bio/core", "cells"])
    let atp = try #require(cards[Self.id("definition", "fixtureAtp0002")])
    #expect(atp.front == "ATP")
    #expect(atp.back == "Adenosine triphosphate,\nthe cell's energy currency")
    #expect(
      cards[Self.id("definition", "fixtureIon0003")]?.back == "An atom with a charge & no balance")
    let reverse = try #require(cards[Self.id("reverse", "fixtureEnzy005")])
    #expect(reverse.kind == .reverse)
    #expect(reverse.front == "A protein that speeds up\na reaction" && reverse.back == "Enzyme")
    #expect(cards[Self.id("reverse", "fixtureCell01")] == nil)
    let first = try #require(cards[Self.id("cloze", "fixtureMito006", cloze: 1)])
    #expect(first.front == "The ____ [organelle] makes ATP." && first.back == "mitochondrion")
    let second = try #require(cards[Self.id("cloze", "fixtureMito006", cloze: 2)])
    #expect(second.front == "The mitochondrion makes ____." && second.back == "ATP")
    #expect(first.noteKey == second.noteKey)
    let vocab = try #require(cards[Self.id("basic", "fixtureLysi008")])
    #expect(vocab.front == "Lysis" && vocab.back == "Breaking of a cell\nViruses cause lysis")
    #expect(vocab.tags == ["biology"])
  }

  @Test func legacyPackageGivesTheSameCards() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(try importing("modern.apkg", home, "--into", "modern").status == 0)
    let result = try importing("legacy.apkg", home, "--into", "legacy")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(try cards(home, "legacy") == cards(home, "modern"))
  }

  @Test func deckNameDefaultsToTheFileName() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(try importing("legacy.apkg", home).status == 0)
    #expect(
      FileManager.default.fileExists(atPath: home.appendingPathComponent("Decks/legacy.json").path))
  }
}

// MARK: - History
extension AnkiImportTests {
  @Test func learnerGetsTheReviewLogReplayedThroughFSRS() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try importing("modern.apkg", home, "--into", "bio", "--learner", "ana")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("History for ana: 10 reviews added."))
    let figures = try stats(home, "ana", "bio")
    #expect(figures["total_reviews"] as? Int == 10)
    #expect(figures["new"] as? Int == 5)
    #expect(figures["suspended"] as? Int == 1)
    let lines = try journal(home: home, learner: "ana")
    let answers = lines.filter { $0["event"] == nil }
    #expect(answers.count == 10)
    let cell = answers.filter { $0["card"] as? String == Self.id("definition", "fixtureCell01") }
    #expect(cell.map { $0["rating"] as? Int } == [3, 3, 3])
    let after = try #require(cell.last?["after"] as? [String: Any])
    let memory = try #require(after["memory"] as? [String: Any])
    #expect(memory["state"] as? String == "review")
    #expect(after["reps"] as? Int == 3)
    let events = lines.compactMap { line in
      (line["event"] as? String).map { "\($0) \(line["card"] as? String ?? "")" }
    }
    #expect(
      Set(events) == [
        "suspend \(Self.id("reverse", "fixtureEnzy005"))",
        "suspend \(Self.id("reverse", "fixtureOsmo004"))",
        "bury \(Self.id("cloze", "fixtureDna0007", cloze: 1))",
      ])
  }

  @Test func reimportUpdatesCardsAndKeepsTheHistoryOnce() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(try importing("modern.apkg", home, "--into", "bio", "--learner", "ana").status == 0)
    var deck = try cards(home, "bio")
    let cellID = Self.id("definition", "fixtureCell01")
    deck[cellID]?.back = "An old wording"
    let edited = Deck(title: "bio", cards: Array(deck.values).sorted { $0.id < $1.id })
    try DeckStore.save(edited, to: home.appendingPathComponent("Decks/bio.json"))
    let again = try importing("legacy.apkg", home, "--into", "bio", "--learner", "ana")
    #expect(again.status == 0, "stderr: \(again.stderr)")
    #expect(again.stdout.contains("0 new, 1 updated, 10 unchanged"))
    #expect(again.stdout.contains("0 reviews added, 10 already there"))
    #expect(try cards(home, "bio")[cellID]?.back == "The smallest unit of life")
    #expect(try stats(home, "ana", "bio")["total_reviews"] as? Int == 10)
  }
}
