import Foundation
import GRDB
import RecallCore
import Testing
import ZIPFoundation

/// `recall deck export NAME --format apkg`: what Anki finds in the package, and the round trip
/// back into recall.
@Suite struct AnkiExportTests {
  /// A home with the bundled deck and a learner who studied it on two days (and suspended a card).
  func studiedHome() throws -> URL {
    let home = try makeHome(decks: [])
    try FileManager.default.copyItem(
      at: projectFolder.appendingPathComponent("Decks/regenerative-medicine.json"),
      to: home.appendingPathComponent("Decks/regenerative-medicine.json"))
    for (now, grades) in [
      ("2026-11-20T09:00:00Z", [3, 3, 1, 4, 2]), ("2026-11-22T09:00:00Z", [3, 1, 3]),
    ] {
      let script = grades.map { "\n\($0)\n" }.joined() + "q\n"
      let study = try runRecall(
        ["study", "regenerative-medicine", "--learner", "ana", "--home", home.path],
        input: script, environment: ["RECALL_NOW": now])
      #expect(study.status == 0, "stderr: \(study.stderr)")
    }
    let suspend = try runRecall([
      "card", "suspend", "definition:stem-cells", "--learner", "ana", "--deck",
      "regenerative-medicine", "--home", home.path,
    ])
    #expect(suspend.status == 0, "stderr: \(suspend.stderr)")
    return home
  }

  func export(_ home: URL, _ extra: String...) throws -> (RunResult, URL) {
    let package = home.appendingPathComponent("regen.apkg")
    let result = try runRecall(
      [
        "deck", "export", "regenerative-medicine", "--format", "apkg", "-o", package.path,
        "--home", home.path,
      ] + extra)
    return (result, package)
  }

  func totalReviews(_ home: URL, _ learner: String, _ deck: String) throws -> Int? {
    let result = try runRecall(["stats", deck, "--learner", learner, "--json", "--home", home.path])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return object?["total_reviews"] as? Int
  }

  /// Runs `body` on the collection inside `package`.
  func withCollection<T>(_ package: URL, _ body: (Database) throws -> T) throws -> T {
    let archive = try Archive(url: package, accessMode: .read)
    let entry = try #require(archive["collection.anki21"])
    var bytes = Data()
    _ = try archive.extract(entry) { bytes.append($0) }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "recall-export-\(UUID().uuidString).sqlite")
    defer { try? FileManager.default.removeItem(at: file) }
    try bytes.write(to: file)
    let queue = try DatabaseQueue(path: file.path)
    defer { try? queue.close() }
    return try queue.read(body)
  }
}

extension AnkiExportTests {
  @Test func packageHoldsANotePerCardWithScheduleAndReviewLog() throws {
    let home = try studiedHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let (result, package) = try export(home, "--learner", "ana")
    let cards = try DeckStore.load(
      from: home.appendingPathComponent("Decks/regenerative-medicine.json")
    ).cards.count
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Exported \(cards) cards of regenerative-medicine"))
    #expect(result.stdout.contains("with ana's schedule and 8 reviews"))
    try withCollection(package) { (db: Database) throws -> Void in
      #expect(try Int.fetchOne(db, sql: "SELECT ver FROM col") == 11)
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM notes") == cards)
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM revlog") == 8)
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM cards WHERE type != 0") ?? 0 >= 1)
      let suspended = try String.fetchAll(
        db, sql: "SELECT n.guid FROM cards c JOIN notes n ON n.id = c.nid WHERE c.queue = -1")
      #expect(suspended == ["recall:definition:stem-cells"])
      let cloze = try String.fetchOne(
        db, sql: "SELECT flds FROM notes WHERE guid = 'recall:cloze:regenerative-medicine'")
      #expect(cloze?.hasPrefix("{{c1::Regenerative medicine}} represents") == true)
      let tags = try String.fetchOne(
        db, sql: "SELECT tags FROM notes WHERE guid = 'recall:definition:stem-cells'")
      #expect(tags?.contains("::") == true)
      let memory = try String.fetchAll(db, sql: "SELECT data FROM cards WHERE type = 2")
      #expect(memory.allSatisfy { $0.contains("\"s\":") && $0.contains("\"d\":") })
    }
  }

  @Test func exportThenImportGivesTheSameCardsAndReviews() throws {
    let home = try studiedHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let (exported, package) = try export(home, "--learner", "ana")
    #expect(exported.status == 0, "stderr: \(exported.stderr)")
    let imported = try runRecall([
      "deck", "import", package.path, "--into", "copy", "--learner", "bo", "--home", home.path,
    ])
    #expect(imported.status == 0, "stderr: \(imported.stderr)")
    let original = try DeckStore.load(
      from: home.appendingPathComponent("Decks/regenerative-medicine.json"))
    let copy = try DeckStore.load(from: home.appendingPathComponent("Decks/copy.json"))
    func comparable(_ card: Card) -> Card {
      var card = card
      card.section = nil
      return card
    }
    #expect(copy.cards.map(comparable) == original.cards.map(comparable))
    #expect(try totalReviews(home, "bo", "copy") == 8)
    #expect(try totalReviews(home, "ana", "regenerative-medicine") == 8)
  }

  @Test func exportWithoutALearnerHasOnlyNewCards() throws {
    let home = try studiedHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let (result, package) = try export(home)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    try withCollection(package) { (db: Database) throws -> Void in
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM revlog") == 0)
      #expect(
        try Int.fetchOne(db, sql: "SELECT count(*) FROM cards WHERE type != 0 OR queue != 0") == 0)
    }
  }

  @Test func exportIntoAFolderIsRefusedAndWritesNothing() throws {
    let home = try studiedHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try runRecall([
      "deck", "export", "regenerative-medicine", "-o", home.path, "--home", home.path,
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("is a folder; name the package to write"))
    let unknown = try runRecall(["deck", "export", "nope", "-o", "x.apkg", "--home", home.path])
    #expect(unknown.status == 2)
    #expect(!FileManager.default.fileExists(atPath: "x.apkg"))
  }
}
