import Foundation
import Testing

@testable import RecallCore

/// A full disk, simulated (tests run as root, so a read-only folder would not stop them):
/// debug builds honour `RECALL_FAULT_ENOSPC_AFTER=N`, which makes every journal write after
/// the N-th write half its bytes and fail with ENOSPC.
@Suite struct FullDiskTests {
  @Test func anAnswerThatCannotBeWrittenIsNotAcknowledgedAndTheFilesStayValid() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    try writeBasicDeck(home: home, count: 20)
    let result = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "basics"],
      input: "\n3\n\n4\n\n3\n3\nq\n", environment: ["RECALL_FAULT_ENOSPC_AFTER": "2"])
    // The session goes on, but a script learns that an answer was not saved.
    #expect(result.status == 2)
    #expect(result.stderr.contains("2 answers were NOT saved in Progress/ana"))
    #expect(result.stdout.components(separatedBy: "Saved:").count - 1 == 2)
    #expect(
      result.stdout.contains(
        "Not saved: Progress/ana/journal.jsonl: the disk is full, so the answer was NOT saved"))
    // The half-written third line was cut off: two whole lines remain.
    let url = home.appendingPathComponent("Progress/ana/journal.jsonl")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.hasSuffix("\n"))
    #expect(try journal(home: home, learner: "ana").map { $0["rating"] as? Int } == [3, 4])
    let store = try ProgressStore(
      root: ProgressStore.root(home: home), learner: LearnerName("ana"), now: Date())
    #expect(store.progress.reviewCount == 2)
    #expect(store.notices.isEmpty)
  }
}
