import Foundation
import Testing

@testable import RecallCore

/// Format versions: version-1 learners keep loading; version 2 detects a replaced journal.
@Suite struct ProgressFormatTests {
  let root = makeTemporaryFolder()

  /// A copy of the committed version-1 learner `ana` under `root`.
  func copyVersion1() throws {
    try FileManager.default.copyItem(
      at: fixturesFolder.appendingPathComponent("progress-v1/ana"),
      to: root.appendingPathComponent("ana"))
  }

  func open(readOnly: Bool = false) throws -> ProgressStore {
    try ProgressStore(root: root, learner: LearnerName("ana"), readOnly: readOnly, now: date())
  }

  func snapshot() throws -> ProgressSnapshot {
    try JSONCoding.decode(
      ProgressSnapshot.self,
      from: Data(contentsOf: root.appendingPathComponent("ana/progress.json")))
  }

  @Test func aVersion1LearnerLoadsWithTheExpectedStates() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try copyVersion1()
    let store = try open(readOnly: true)
    // Two answers in the snapshot; then easy, its undo, and hard in the journal tail.
    #expect(store.progress.reviewCount == 3)
    let embryonic = try #require(
      store.progress.progress(deck: "stem-cells", card: "definition:embryonic-stem-cells"))
    #expect(embryonic.reps == 2)
    #expect(embryonic.memory.state == .learning)
    #expect(abs((embryonic.memory.stability ?? 0) - 1.219217274379578) < 1e-12)
    let stem = try #require(
      store.progress.progress(deck: "stem-cells", card: "definition:stem-cells"))
    #expect(stem.reps == 1)
    #expect(store.progress.undoable.map(\.rating) == [.good, .again, .hard])
  }

  @Test func theNextSnapshotOfAVersion1LearnerIsVersion2() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try copyVersion1()
    #expect(try snapshot().formatVersion == 1)
    let store = try open()
    let before = store.progress
    try store.saveSnapshot(now: date(100))
    try store.close(now: date(100))
    let written = try snapshot()
    #expect(written.formatVersion == 2)
    #expect(written.journalTail != nil)
    #expect(try open(readOnly: true).progress == before)
  }

  @Test func aJournalReplacedUnderASnapshotIsReportedAndNotTouched() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try copyVersion1()
    let store = try open()
    try store.saveSnapshot(now: date(100))
    try store.close(now: date(100))
    // Another learner's journal of the same length copied over this one.
    let journal = root.appendingPathComponent("ana/journal.jsonl")
    var text = try String(contentsOf: journal, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"rating\":2", with: "\"rating\":3")
    try text.write(to: journal, atomically: true, encoding: .utf8)
    #expect {
      try open()
    } throws: { error in
      guard case ProgressError.corrupt(let path, let issue) = error else { return false }
      return path == "Progress/ana/progress.json" && issue.field == "journal_tail"
    }
    #expect(try String(contentsOf: journal, encoding: .utf8) == text)
  }

  @Test func oldJournalLinesWithoutAVersionKeepLoadingAfterNewOnes() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try copyVersion1()
    try FileManager.default.removeItem(at: root.appendingPathComponent("ana/progress.json"))
    let store = try open()
    #expect(store.progress.reviewCount == 3)
    let change = try #require(store.progress.undoLast(at: date(86_400 * 2)))
    try store.record(.change(change))
    try store.close(now: date(86_400 * 2))
    #expect(try open(readOnly: true).progress.reviewCount == 2)
  }
}

extension ProgressFormatTests {
  @Test func aLongReplayIsFollowedByAFreshSnapshot() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try copyVersion1()
    let snapshotURL = root.appendingPathComponent("ana/progress.json")
    try FileManager.default.removeItem(at: snapshotURL)
    let store = try ProgressStore(
      root: root, learner: LearnerName("ana"), now: date(), snapshotEvery: 3)
    try store.close(now: date())
    let written = try snapshot()
    #expect(written.formatVersion == 2)
    #expect(written.reviewCount == 3)
    #expect(written.journalLines == 5)
  }
}

extension ProgressFormatTests {
  @Test func aSnapshotLeftHalfWrittenByAKillIsCleanedUpByTheNextWriter() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try copyVersion1()
    let leftover = root.appendingPathComponent("ana/.progress.json.tmp-99999")
    try Data("{\"decks\":".utf8).write(to: leftover)
    _ = try open(readOnly: true)
    #expect(FileManager.default.fileExists(atPath: leftover.path))
    let store = try open()
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
    #expect(store.progress.reviewCount == 3)
  }
}

extension ProgressFormatTests {
  @Test func answersDatedInTheFutureAreKeptWithANotice() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try copyVersion1()
    // The fixture's journal tail is dated 2024-05-02; open it two days earlier.
    let store = try ProgressStore(
      root: root, learner: LearnerName("ana"), readOnly: true, now: date(-86_400 * 2))
    #expect(store.progress.reviewCount == 3)
    #expect(
      store.notices == [
        "Progress/ana/journal.jsonl: line 3: at: 3 lines are dated more than a day in the future (a wrong clock?); run 'recall doctor'"
      ])
  }
}
