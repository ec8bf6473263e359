import Foundation
import Testing

@testable import RecallCore

@Suite struct SnapshotFastDecodeTests {
  /// A snapshot as `ProgressStore` writes it: a few decks and cards, an undo stack, a tail.
  func writtenSnapshot() throws -> Data {
    let root = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let deck = try stemCellDeck()
    var store: ProgressStore? = try ProgressStore(
      root: root, learner: LearnerName("ana"), now: date())
    for (index, card) in deck.cards.enumerated() {
      let live = try #require(store)
      let session = StudySession(
        deck: deck, deckName: "stem-cells", progress: live.progress, scheduler: Scheduler(),
        now: date(Double(index) * 700.25))
      let rating = Rating(rawValue: index % 4 + 1) ?? .good
      try live.record(
        session.answer(
          card, rating: rating, at: date(Double(index) * 700.25), durationMs: 1500,
          progress: live.progress))
    }
    try store?.close(now: date(86_400))
    store = nil
    return try Data(contentsOf: root.appendingPathComponent("ana/progress.json"))
  }

  @Test func aSnapshotAsRecallWritesItIsReadTheSameByBothDecoders() throws {
    let data = try writtenSnapshot()
    let fast = try #require(ProgressSnapshot.fastDecode(data))
    let slow = try JSONCoding.decode(ProgressSnapshot.self, from: data)
    #expect(fast == slow)
    #expect(fast.decks["stem-cells"]?.count == 6)
    #expect(fast.undoable?.count == 6)
  }

  @Test func theVersionOneFixtureIsReadTheSameByBothDecoders() throws {
    let data = try Data(
      contentsOf: fixturesFolder.appendingPathComponent("progress-v1/ana/progress.json"))
    let slow = try JSONCoding.decode(ProgressSnapshot.self, from: data)
    if let fast = ProgressSnapshot.fastDecode(data) { #expect(fast == slow) }
  }

  @Test func onMutatedSnapshotsTheFastReaderNeverDisagrees() throws {
    let data = try writtenSnapshot()
    var random = SeededGenerator(seed: 2026)
    var agreed = 0
    for _ in 0..<3000 {
      let mutated = mutate(data, &random)
      guard let fast = ProgressSnapshot.fastDecode(mutated) else { continue }
      // Whatever the fast reader accepts, JSONDecoder accepts with the same value.
      let slow = try? JSONCoding.decode(ProgressSnapshot.self, from: mutated)
      #expect(slow == fast)
      agreed += 1
    }
    #expect(agreed > 0)
  }
}
