import Foundation
import Testing

/// Links planted in `Progress/` are refused, never followed: nothing is written outside HOME.
@Suite final class SymlinkTests {
  /// A home with learner ana who has answered two cards.
  let home: URL
  /// A file outside the home, which no command may change.
  let outside: URL

  init() throws {
    home = try makeHome()
    _ = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "stem-cells"],
      input: "\n3\n\n3\nq\n")
    outside = home.deletingLastPathComponent()
      .appendingPathComponent("outside-\(UUID().uuidString).txt")
    try Data("precious\n".utf8).write(to: outside)
  }

  deinit {
    try? FileManager.default.removeItem(at: home)
    try? FileManager.default.removeItem(at: outside)
  }

  private func link(_ home: URL, _ relative: String, to target: URL) throws {
    let url = home.appendingPathComponent(relative)
    try? FileManager.default.removeItem(at: url)
    try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
  }

  @Test func doctorDoesNotWriteThroughALinkedLockFile() throws {
    try link(home, "Progress/ana/.lock", to: outside)
    let doctor = try runRecall(["doctor", "--home", home.path, "--learner", "ana"])
    #expect(doctor.status == 2)
    #expect(doctor.stdout.contains("Progress/ana/.lock is a symbolic link"))
    #expect(try String(contentsOf: outside, encoding: .utf8) == "precious\n")
    let study = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "stem-cells"], input: "q\n")
    #expect(study.status == 2)
    #expect(study.stderr.split(separator: "\n").count == 1)
    #expect(study.stderr.contains("Progress/ana/.lock is a symbolic link"))
    #expect(try String(contentsOf: outside, encoding: .utf8) == "precious\n")
  }

  @Test func aDanglingLinkedLockIsNotCreated() throws {
    try FileManager.default.removeItem(at: outside)
    try link(home, "Progress/ana/.lock", to: outside)
    let study = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "stem-cells"], input: "q\n")
    #expect(study.status == 2)
    #expect(!FileManager.default.fileExists(atPath: outside.path))
  }

  @Test func answersNeverGoIntoALinkedJournal() throws {
    try link(home, "Progress/ana/journal.jsonl", to: outside)
    let study = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "stem-cells"],
      input: "\n3\nq\n")
    #expect(study.status == 2)
    #expect(study.stderr.contains("Progress/ana/journal.jsonl is a symbolic link"))
    #expect(try String(contentsOf: outside, encoding: .utf8) == "precious\n")
  }

  @Test func linkedLearnerAndProgressFoldersAreRefused() throws {
    let elsewhere = home.deletingLastPathComponent()
      .appendingPathComponent("elsewhere-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    try link(home, "Progress/bo", to: elsewhere)
    let study = try runRecall(
      ["study", "--home", home.path, "--learner", "bo", "--deck", "stem-cells"],
      input: "\n3\nq\n")
    #expect(study.status == 2)
    #expect(study.stderr.contains("Progress/bo is a symbolic link"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)

    let trash = home.appendingPathComponent("Progress/.trash")
    try link(home, "Progress/.trash", to: elsewhere)
    let remove = try runRecall(["learners", "remove", "ana", "--yes", "--home", home.path])
    #expect(remove.status == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    try FileManager.default.removeItem(at: trash)

    let progress = home.appendingPathComponent("Progress")
    let moved = home.deletingLastPathComponent()
      .appendingPathComponent("progress-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.moveItem(at: progress, to: moved)
    defer { try? FileManager.default.removeItem(at: moved) }
    try FileManager.default.createSymbolicLink(at: progress, withDestinationURL: moved)
    let before = try Data(contentsOf: moved.appendingPathComponent("ana/journal.jsonl"))
    let again = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "stem-cells"],
      input: "\n3\nq\n")
    #expect(again.status == 2)
    #expect(again.stderr.contains("Progress is a symbolic link"))
    #expect(try Data(contentsOf: moved.appendingPathComponent("ana/journal.jsonl")) == before)
  }

  @Test func theShellDoesNotWriteItsHistoryThroughALink() throws {
    try link(home, "Progress/ana/.history", to: outside)
    let shell = try runRecall(["--home", home.path, "--learner", "ana"], input: "decks\nquit\n")
    #expect(shell.status == 2)
    #expect(shell.stderr.contains("Progress/ana/.history is a symbolic link"))
    #expect(try String(contentsOf: outside, encoding: .utf8) == "precious\n")
  }

  @Test func oneLearnersBrokenFileNeverStopsTheClassReport() throws {
    _ = try runRecall(
      ["study", "--home", home.path, "--learner", "bo", "--deck", "stem-cells"],
      input: "\n3\n\n3\nq\n")
    let snapshot = home.appendingPathComponent("Progress/bo/progress.json")
    let text = try String(contentsOf: snapshot, encoding: .utf8)
    try text.replacingOccurrences(
      of: #""length" : \d+"#, with: "\"length\" : -5", options: .regularExpression
    ).write(to: snapshot, atomically: true, encoding: .utf8)
    let report = try runRecall(["report", "--home", home.path, "--format", "csv"])
    #expect(report.status == 0, "\(report.stderr)")
    let rows = report.stdout.split(separator: "\r\n")
    #expect(rows.contains { $0.hasPrefix("ana,") && $0.hasSuffix(",") })
    #expect(rows.contains { $0.hasPrefix("bo,") && $0.contains("journal_tail.length") })
  }
}
