import Foundation
import Testing

/// `recall doctor` suggests `--repair` only for what repair can fix.
@Suite struct DoctorAdviceTests {
  @Test func aBrokenSettingsFileIsNotSentToRepair() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    _ = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "stem-cells"],
      input: "\n3\nq\n")
    try Data("{\"new_per_day\": \"many\"}".utf8).write(
      to: home.appendingPathComponent("Progress/ana/settings.json"))
    let check = try runRecall(["doctor", "--home", home.path, "--learner", "ana"])
    #expect(check.status == 2)
    #expect(check.stdout.contains("Progress/ana/settings.json"))
    #expect(!check.stdout.contains("--repair' to rebuild"))
    #expect(check.stdout.contains("--repair cannot fix this"))
    let repair = try runRecall(["doctor", "--home", home.path, "--learner", "ana", "--repair"])
    #expect(repair.status == 2)
    #expect(!repair.stdout.contains("Repaired:"))
    let files = try FileManager.default.contentsOfDirectory(
      atPath: home.appendingPathComponent("Progress/ana").path)
    #expect(!files.contains { $0.contains(".bak-") })
  }

  @Test func aBadJournalLineIsStillSentToRepair() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    _ = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "stem-cells"],
      input: "\n3\nq\n")
    let journal = home.appendingPathComponent("Progress/ana/journal.jsonl")
    let handle = try FileHandle(forWritingTo: journal)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"deck\": 1}\n".utf8))
    try handle.close()
    let check = try runRecall(["doctor", "--home", home.path, "--learner", "ana"])
    #expect(check.stdout.contains("Run 'recall doctor --learner ana --repair'"))
  }
}
