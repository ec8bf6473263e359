import Foundation
import Testing

/// `recall doctor` through the binary: findings as `path: line N: field: message`, exit codes.
@Suite struct DoctorCommandTests {
  @Test func doctorReportsAndRepairsACorruptJournalLine() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let arguments = ["--home", home.path, "--learner", "ana", "--deck", "stem-cells"]
    _ = try runRecall(["study"] + arguments, input: "\n3\n\n3\nq\n")
    let healthy = try runRecall(["doctor", "--home", home.path])
    #expect(healthy.status == 0)
    #expect(healthy.stdout.contains("Progress/ana: healthy"))

    let url = home.appendingPathComponent("Progress/ana/journal.jsonl")
    var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    lines.insert("{\"deck\": \"stem-cells\", \"card\": 7}", at: 1)
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    let sick = try runRecall(["doctor", "--home", home.path, "--learner", "ana"])
    #expect(sick.status == 2)
    #expect(sick.stdout.contains("Progress/ana/journal.jsonl: line 2: card: expected a string"))
    let study = try runRecall(["study"] + arguments, input: "q\n")
    #expect(study.status == 2)
    // The line moved the snapshot's place in the journal: that is found first.
    #expect(study.stderr.contains("the journal does not match the snapshot"))
    #expect(study.stderr.contains("run 'recall doctor' to see and repair it (nothing was changed)"))

    let repaired = try runRecall(["doctor", "--home", home.path, "--learner", "ana", "--repair"])
    #expect(repaired.status == 0)
    #expect(
      repaired.stdout.contains("moved 1 bad journal line (line 2) to Progress/ana/journal.bad-"))
    let stats = try runRecall(["stats", "--json"] + arguments)
    #expect(stats.stdout.contains("\"total_reviews\" : 2"))
  }

  @Test func studyTellsAboutProgressOnCardsThatLeftTheDeck() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let arguments = ["--home", home.path, "--learner", "ana", "--deck", "stem-cells"]
    _ = try runRecall(["study"] + arguments, input: "\n3\n\n3\nq\n")
    let deck = home.appendingPathComponent("Decks/stem-cells.json")
    let text = try String(contentsOf: deck, encoding: .utf8)
      .replacingOccurrences(of: "\"definition:stem-cells\"", with: "\"definition:stem-cells-2\"")
    try text.write(to: deck, atomically: true, encoding: .utf8)
    let study = try runRecall(["study"] + arguments, input: "q\n")
    #expect(
      study.stdout.contains(
        "Notice: 1 card of your progress is no longer in deck stem-cells (kept)"))
    let doctor = try runRecall(["doctor", "--home", home.path])
    #expect(doctor.status == 0)
    #expect(
      doctor.stdout.contains(
        "1 cards are no longer in deck stem-cells (kept): definition:stem-cells"))
  }
}
