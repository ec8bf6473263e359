import Foundation
import Testing

@testable import RecallCore

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary killed with SIGKILL at random moments of a scripted session: every answer
/// it acknowledged ("Saved: …", printed only after the fsync) must be there afterwards, and
/// every file must stay readable.
@Suite struct CrashTests {
  static let seed: UInt64 = 20_240_501
  /// Kills wanted; runs whose session ended before the kill do not count.
  static let kills = 60

  @Test func answersAcknowledgedBeforeAKillAreNeverLost() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    try writeBasicDeck(home: home, count: 200)
    var random = SeededGenerator(seed: CrashTests.seed)
    var acknowledged: [String: Int] = [:]
    var kills = 0
    var runs = 0
    var tornLinesSetAside = 0
    let start = Date(timeIntervalSince1970: 1_714_564_800)
    while kills < CrashTests.kills && runs < 2 * CrashTests.kills {
      let run = runs
      runs += 1
      // Eight sessions per learner (about a hundred answers: a snapshot falls among them),
      // each a day later.
      let learner = "crash-\(run / 8)"
      let folder = home.appendingPathComponent("Progress/\(learner)")
      let now = start.addingTimeInterval(Double(run % 8) * 86_400)
      let child = try ChildProcess(
        ["study", "--home", home.path, "--learner", learner, "--deck", "basics", "--new", "200"],
        environment: [
          "RECALL_NOW": JSONCoding.formatDate(now), "NO_COLOR": "1",
          // Every other session writes each line in two halves 300 µs apart (debug builds
          // only): a single small write() is never torn by a kill, these can be.
          "RECALL_FAULT_SPLIT_WRITE_US": run % 2 == 0 ? "0" : "300",
        ])
      let grades = ["3", "4", "2", "3", "good", "easy"]
      let script = (0..<300).map { _ in "\n\(grades.randomElement(using: &random) ?? "3")\n" }
      child.send(script.joined())
      // Kill after a random number of acknowledged answers plus a random few microseconds:
      // sometimes during start-up, mostly in the middle of writing an answer.
      let target = Int.random(in: 0...25, using: &random)
      child.waitFor("Saved:", count: target)
      usleep(UInt32.random(in: 0...2_000, using: &random))
      child.kill()
      let status = child.wait()
      if status & 0x7f == SIGKILL { kills += 1 }
      acknowledged[learner, default: 0] += child.occurrences(of: "Saved:")
      let expected = acknowledged[learner, default: 0]

      // The files as the kill left them: the snapshot decodes, and every journal line but a
      // torn last one decodes.
      let snapshotURL = folder.appendingPathComponent("progress.json")
      if let data = FileManager.default.contents(atPath: snapshotURL.path) {
        #expect(throws: Never.self, "run \(run): snapshot") {
          try JSONCoding.decode(ProgressSnapshot.self, from: data)
        }
      }
      let journalData =
        FileManager.default.contents(atPath: folder.appendingPathComponent("journal.jsonl").path)
        ?? Data()
      let lines = journalData.split(separator: 0x0A, omittingEmptySubsequences: false)
      let torn = !(lines.last?.isEmpty ?? true)
      var reviews = 0
      for line in lines.dropLast() {
        let entry = try? JSONCoding.decode(JournalEntry.self, from: Data(line))
        #expect(entry != nil, "run \(run): a complete journal line does not decode")
        if case .review = entry { reviews += 1 }
      }
      #expect(reviews >= expected, "run \(run): \(reviews) reviews, \(expected) acknowledged")

      // The learner loads; a torn last line is set aside with a notice.
      let store = try ProgressStore(
        root: ProgressStore.root(home: home), learner: LearnerName(learner), now: now)
      #expect(store.progress.reviewCount >= expected)
      #expect(store.notices.isEmpty == !torn, "run \(run): \(store.notices)")
      if torn { tornLinesSetAside += 1 }
      try store.close(now: now)
    }
    let total = acknowledged.values.reduce(0, +)
    #expect(kills >= 50)
    #expect(total > 300)
    #expect(tornLinesSetAside > 0, "no kill landed inside a write")
    print(
      "crash test: \(kills) kills in \(runs) runs, \(total) acknowledged answers all found, \(tornLinesSetAside) torn lines set aside"
    )
  }
}
