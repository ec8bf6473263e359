import Foundation
import Testing

/// `generate -o` over a deck never drops cards added or edited since, and `-o` a folder is a
/// sentence.
@Suite struct GenerateOverwriteTests {
  @Test func aDeckWithAddedOrEditedCardsIsKeptUnlessForced() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let article = fixturesFolder.appendingPathComponent("articles/regenerative-medicine.txt").path
    let deck = home.appendingPathComponent("Decks/regen.json")
    let first = try runRecall(["generate", article, "-o", deck.path])
    #expect(first.status == 0, "\(first.stderr)")
    let again = try runRecall(["generate", article, "-o", deck.path])
    #expect(again.status == 0, "regenerating an untouched deck: \(again.stderr)")

    let add = try runRecall([
      "deck", "add", "regen", "--front", "Who wrote this?", "--back", "A trainer",
      "--home", home.path,
    ])
    #expect(add.status == 0, "\(add.stderr)")
    let withAdded = try Data(contentsOf: deck)
    let refused = try runRecall(["generate", article, "-o", deck.path])
    #expect(refused.status == 2)
    #expect(
      refused.stderr.contains("holds 1 card the new deck would drop or change (basic:a-trainer)"))
    #expect(refused.stderr.split(separator: "\n").count == 1)
    #expect(try Data(contentsOf: deck) == withAdded)

    let forced = try runRecall(["generate", article, "-o", deck.path, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    let backups = try FileManager.default.contentsOfDirectory(
      atPath: home.appendingPathComponent("Decks").path
    ).filter { $0.hasPrefix("regen.json.bak-") }
    #expect(backups.count == 1)
    let kept = try backups.first.map {
      try Data(contentsOf: home.appendingPathComponent("Decks/\($0)"))
    }
    #expect(kept == withAdded)
    #expect(!String(decoding: try Data(contentsOf: deck), as: UTF8.self).contains("A trainer"))
  }

  @Test func anOutputThatIsAFolderIsASentence() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let article = fixturesFolder.appendingPathComponent("articles/regenerative-medicine.txt").path
    let result = try runRecall([
      "generate", article, "-o", home.appendingPathComponent("Decks").path,
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("is a folder; give the deck's file, such as"))
    #expect(!result.stderr.contains("NSCocoaErrorDomain"))
  }
}
