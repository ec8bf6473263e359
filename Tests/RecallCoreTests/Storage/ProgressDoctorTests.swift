import Foundation
import Testing

@testable import RecallCore

/// `ProgressDoctor`: what it finds, and repairs that keep every journal line.
@Suite struct ProgressDoctorTests {
  let home = makeTemporaryFolder()
  var progressRoot: URL { home.appendingPathComponent("Progress") }
  var folder: URL { progressRoot.appendingPathComponent("ana") }
  var journalURL: URL { folder.appendingPathComponent("journal.jsonl") }

  /// The version-1 fixture learner with the stem-cells deck in `Decks/`.
  func setUp() throws {
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent("Decks"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: fixturesFolder.appendingPathComponent("decks/stem-cells.json"),
      to: home.appendingPathComponent("Decks/stem-cells.json"))
    try FileManager.default.createDirectory(at: progressRoot, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: fixturesFolder.appendingPathComponent("progress-v1/ana"), to: folder)
  }

  func problems(_ doctor: ProgressDoctor) throws -> [String] {
    doctor.check(try LearnerName("ana")).filter { $0.severity == .problem }.map(\.description)
  }

  func files() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func aHealthyLearnerHasNoProblems() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    #expect(try problems(ProgressDoctor(home: home, now: date(86_400 * 3))) == [])
  }

  @Test func aBadLineInTheMiddleIsMovedAsideAndTheRestKept() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    var lines = try String(contentsOf: journalURL, encoding: .utf8).split(separator: "\n")
    lines.insert("{\"deck\":\"stem-cells\",\"card\":\"x\",\"rating\":\"good\"}", at: 3)
    try (lines.joined(separator: "\n") + "\n").write(
      to: journalURL, atomically: true, encoding: .utf8)
    let doctor = ProgressDoctor(home: home, now: date(86_400 * 3))
    let found = try problems(doctor)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("Progress/ana/journal.jsonl: line 4: rating: ") == true)
    let done = try doctor.repair(LearnerName("ana"))
    #expect(done.first?.contains("moved 1 bad journal line (line 4)") == true)
    #expect(try problems(doctor) == [])
    let names = try files()
    #expect(names.contains { $0.hasPrefix("journal.bad-") })
    #expect(names.contains { $0.hasPrefix("journal.jsonl.bak-") })
    #expect(names.contains { $0.hasPrefix("progress.json.bak-") })
    let store = try ProgressStore(
      root: progressRoot, learner: LearnerName("ana"), readOnly: true, now: date())
    #expect(store.progress.reviewCount == 3)
  }

  @Test func aCorruptSnapshotIsReportedWithItsLineAndRebuiltFromTheJournal() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    let snapshotURL = folder.appendingPathComponent("progress.json")
    let original = try String(contentsOf: snapshotURL, encoding: .utf8)
    let broken = original.replacingOccurrences(
      of: "\"review_count\" : 2", with: "\"review_count\" : \"two\"")
    try broken.write(to: snapshotURL, atomically: true, encoding: .utf8)
    let doctor = ProgressDoctor(home: home, now: date(86_400 * 3))
    let found = try problems(doctor)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("Progress/ana/progress.json: line ") == true)
    #expect(found.first?.contains("review_count: expected a whole number") == true)
    #expect(try String(contentsOf: snapshotURL, encoding: .utf8) == broken)
    _ = try doctor.repair(LearnerName("ana"))
    #expect(try problems(doctor) == [])
    let backup = try #require(try files().first { $0.hasPrefix("progress.json.bak-") })
    #expect(
      try String(contentsOf: folder.appendingPathComponent(backup), encoding: .utf8) == broken)
  }

  @Test func futureTimesAndCardsThatLeftTheDeckAreNotes() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    var text = try String(contentsOf: journalURL, encoding: .utf8)
    text = text.replacingOccurrences(of: "definition:stem-cells", with: "definition:gone")
    try text.write(to: journalURL, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("progress.json"))
    let findings = ProgressDoctor(home: home, now: date(86_400 * 3)).check(try LearnerName("ana"))
    #expect(findings.filter { $0.severity == .problem }.isEmpty)
    #expect(
      findings.contains {
        $0.description.contains("1 cards are no longer in deck stem-cells (kept): definition:gone")
      })
    // Two days before the answers, they are more than a day in the future: a note, no problem.
    let early = ProgressDoctor(home: home, now: date(-86_400 * 2))
    #expect(try problems(early) == [])
    #expect(
      early.check(try LearnerName("ana")).contains {
        $0.severity == .note
          && $0.description.hasPrefix("Progress/ana/journal.jsonl: line 1: at: 5 lines are dated")
      })
  }
}

/// `doctor --repair` keeps every line loading accepts, and never overwrites a backup.
extension ProgressDoctorTests {
  /// The answers ana's progress counts when loaded.
  func loadedAnswers() throws -> Int {
    try ProgressStore(
      root: progressRoot, learner: LearnerName("ana"), readOnly: true, now: date(86_400 * 3)
    ).progress.reviewCount
  }

  @Test func aRepairWithTheClockBehindKeepsEveryAnswer() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    let before = try loadedAnswers()
    #expect(before > 0)
    let early = ProgressDoctor(home: home, now: date(-86_400))
    _ = try early.repair(LearnerName("ana"))
    #expect(try loadedAnswers() == before)
    #expect(try !files().contains { $0.hasPrefix("journal.bad-") })
  }

  @Test func linesWithABOMOrATrailingCommaThatLoadingCountsAreKept() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    var lines = try String(contentsOf: journalURL, encoding: .utf8).split(separator: "\n")
      .map(String.init)
    lines[0] = "\u{FEFF}" + lines[0]
    lines[1] = String(lines[1].dropLast()) + ",}"
    lines.insert("{\"deck\":\"stem-cells\",\"card\":7}", at: 2)
    try (lines.joined(separator: "\n") + "\n").write(
      to: journalURL, atomically: true, encoding: .utf8)
    let doctor = ProgressDoctor(home: home, now: date(86_400 * 3))
    #expect(try problems(doctor).count == 1)
    _ = try doctor.repair(LearnerName("ana"))
    #expect(try problems(doctor) == [])
    let kept = try Data(contentsOf: journalURL)
    #expect(kept.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(String(decoding: kept, as: UTF8.self).contains(",}"))
    #expect(try loadedAnswers() == 3)
  }

  @Test func twoRepairsInOneSecondKeepBothBackups() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    let doctor = ProgressDoctor(home: home, now: date(86_400 * 3))
    var originals: [String] = []
    for bad in ["{\"first\":1}", "{\"second\":2}"] {
      let text = try String(contentsOf: journalURL, encoding: .utf8) + bad + "\n"
      try text.write(to: journalURL, atomically: true, encoding: .utf8)
      originals.append(text)
      _ = try doctor.repair(LearnerName("ana"))
    }
    let names = try files()
    let asides = try names.filter { $0.hasPrefix("journal.bad-") }.map {
      try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
    }
    #expect(asides.sorted() == ["{\"first\":1}\n", "{\"second\":2}\n"])
    let backups = try names.filter { $0.hasPrefix("journal.jsonl.bak-") }.map {
      try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
    }
    #expect(backups.sorted() == originals.sorted())
    #expect(names.filter { $0.hasPrefix("progress.json.bak-") }.count == 2)
  }

  @Test func anExactCopyOfALineIsFoundAndSetAside() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    let before = try loadedAnswers()
    var lines = try String(contentsOf: journalURL, encoding: .utf8).split(separator: "\n")
    lines.append(lines[0])
    try (lines.joined(separator: "\n") + "\n").write(
      to: journalURL, atomically: true, encoding: .utf8)
    let doctor = ProgressDoctor(home: home, now: date(86_400 * 3))
    #expect(
      try problems(doctor) == [
        "Progress/ana/journal.jsonl: line \(lines.count): an exact copy of line 1, which loading would count twice"
      ])
    _ = try doctor.repair(LearnerName("ana"))
    #expect(try loadedAnswers() == before)
  }

  @Test func aTemporaryFileLeftByAKilledRepairIsRemoved() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    try setUp()
    let leftover = folder.appendingPathComponent(".journal.jsonl.tmp-99999")
    try Data("half a journal".utf8).write(to: leftover)
    let store = try ProgressStore(
      root: progressRoot, learner: LearnerName("ana"), now: date(86_400 * 3))
    try store.close(now: date(86_400 * 3))
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
  }
}
