import Foundation
import Testing

@testable import RecallCore

@Suite struct ProgressStoreTests {
  let root = makeTemporaryFolder()

  func open(_ name: String = "ana", readOnly: Bool = false) throws -> ProgressStore {
    try ProgressStore(root: root, learner: LearnerName(name), readOnly: readOnly, now: date())
  }

  func answer(_ store: ProgressStore, _ cardID: String, _ rating: Rating, at seconds: TimeInterval)
    throws
  {
    let deck = try stemCellDeck()
    let session = StudySession(
      deck: deck, deckName: "stem-cells", progress: store.progress, scheduler: Scheduler(),
      now: date(seconds))
    let card = try #require(deck.card(withID: cardID))
    try store.record(
      session.answer(card, rating: rating, at: date(seconds), progress: store.progress))
  }

  @Test func answersSurviveReopeningWithoutASnapshot() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    var store: ProgressStore? = try open()
    try answer(#require(store), "definition:stem-cells", .good, at: 0)
    try answer(#require(store), "definition:adult-stem-cells", .again, at: 10)
    let expected = try #require(store).progress
    store = nil  // no close: as after a kill
    let reopened = try open()
    #expect(reopened.progress == expected)
    #expect(reopened.progress.reviewCount == 2)
  }

  @Test func snapshotPlusLaterJournalLinesGiveTheState() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    var store: ProgressStore? = try open()
    try answer(#require(store), "definition:stem-cells", .good, at: 0)
    try #require(store).saveSnapshot(now: date(1))
    try answer(#require(store), "definition:adult-stem-cells", .hard, at: 20)
    let expected = try #require(store).progress
    store = nil  // the second answer is only in the journal
    let reopened = try open()
    #expect(reopened.progress == expected)
  }

  @Test func aTornLastLineIsSetAsideNotFatal() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    var store: ProgressStore? = try open()
    try answer(#require(store), "definition:stem-cells", .good, at: 0)
    store = nil
    let journal = root.appendingPathComponent("ana/journal.jsonl")
    let handle = try FileHandle(forWritingTo: journal)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"card\":\"definition:adult".utf8))
    try handle.close()
    let reopened = try open()
    #expect(reopened.progress.reviewCount == 1)
    #expect(reopened.notices.count == 1)
    #expect(reopened.notices.first?.contains("cut short") == true)
    let files = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("ana").path)
    #expect(files.contains { $0.hasPrefix("journal.torn-") })
    try answer(reopened, "definition:adult-stem-cells", .good, at: 60)
    #expect(try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").count == 2)
  }

  @Test func aCorruptJournalLineIsReportedWithItsLineAndLeftAlone() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    var store: ProgressStore? = try open()
    try answer(#require(store), "definition:stem-cells", .good, at: 0)
    store = nil
    let journal = root.appendingPathComponent("ana/journal.jsonl")
    var text = try String(contentsOf: journal, encoding: .utf8)
    text += "{\"deck\": \"stem-cells\", \"card\": 5}\n"
    try text.write(to: journal, atomically: true, encoding: .utf8)
    #expect {
      try open()
    } throws: { error in
      guard case ProgressError.corrupt(let path, let issue) = error else { return false }
      return path == "Progress/ana/journal.jsonl" && issue.line == 2 && issue.field == "card"
    }
    #expect(try String(contentsOf: journal, encoding: .utf8) == text)
  }

  @Test func aSecondWriterIsRefusedButMayRead() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let first = try open()
    try answer(first, "definition:stem-cells", .good, at: 0)
    #expect {
      try open()
    } throws: { error in
      guard case ProgressError.locked(let learner, let holder) = error else { return false }
      return learner == "ana" && holder.contains("pid \(getpid())")
    }
    let reader = try open(readOnly: true)
    #expect(reader.progress.reviewCount == 1)
    try first.close(now: date(5))
    #expect(try open().progress.reviewCount == 1)
  }

  @Test func learnersAreListedFromTheirFolders() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    _ = try open("bo")
    _ = try open("ana")
    #expect(ProgressStore.learners(root: root) == ["ana", "bo"])
  }
}
