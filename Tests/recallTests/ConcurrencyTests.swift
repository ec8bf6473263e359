import Foundation
import Testing

@testable import RecallCore

/// Two processes on one learner: one writer at a time, readers always welcome, nothing lost.
@Suite struct ConcurrencyTests {
  func files(_ folder: URL) throws -> [String: Data] {
    var contents: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      contents[name] = FileManager.default.contents(
        atPath: folder.appendingPathComponent(name).path)
    }
    return contents
  }

  func reviews(home: URL, learner: String) throws -> Int {
    try journal(home: home, learner: learner).filter { $0["event"] == nil }.count
  }

  @Test func aSecondStudyIsRefusedNamingTheHolderWhileReadersWork() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    try writeBasicDeck(home: home, count: 20)
    let arguments = ["--home", home.path, "--learner", "ana", "--deck", "basics"]
    let first = try ChildProcess(["study"] + arguments, environment: ["NO_COLOR": "1"])
    first.send("\n3\n\n4\n\n3\n")
    #expect(first.waitFor("Saved:", count: 3))
    let folder = home.appendingPathComponent("Progress/ana")
    let before = try files(folder)

    let second = try runRecall(["study"] + arguments, input: "\n3\n\n3\nq\n")
    #expect(second.status == 2)
    #expect(second.stderr.contains("learner 'ana' is in use by another recall (pid \(first.pid)"))
    #expect(second.stdout.isEmpty)
    #expect(try files(folder) == before, "the refused process wrote nothing")

    let stats = try runRecall(["stats", "--json"] + arguments)
    #expect(stats.status == 0)
    #expect(stats.stdout.contains("\"total_reviews\" : 3"))
    let practice = try runRecall(
      ["quiz", "--practice", "--count", "2"] + arguments, input: "x\ny\n")
    #expect(practice.status == 0)
    #expect(practice.stdout.contains("Score: 0/2"))
    #expect(try files(folder) == before, "practice and stats opened read-only")

    first.send("\n2\n\n3\nq\n")
    let status = first.wait()
    #expect(status == 0)
    #expect(first.occurrences(of: "Saved:") == 5)
    #expect(try reviews(home: home, learner: "ana") == 5)

    let third = try runRecall(["study"] + arguments, input: "\n3\nq\n")
    #expect(third.status == 0)
    #expect(try reviews(home: home, learner: "ana") == 6)
  }

  @Test func totalReviewsCountsUndoAcrossSnapshotAndJournal() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    try writeBasicDeck(home: home, count: 20)
    let arguments = ["--home", home.path, "--learner", "ana", "--deck", "basics"]
    // Four answers, then a snapshot at the end of the session.
    _ = try runRecall(["study"] + arguments, input: "\n3\n\n3\n\n3\n\n3\nq\n")
    // Two more answers and an undo, killed before any snapshot: only in the journal.
    let child = try ChildProcess(["study"] + arguments, environment: ["NO_COLOR": "1"])
    child.send("\n3\n\n3\nu\n")
    #expect(child.waitFor("Undone:"))
    child.kill()
    child.wait()
    let stats = try runRecall(["stats", "--json"] + arguments)
    #expect(stats.stdout.contains("\"total_reviews\" : 5"))
  }
}
