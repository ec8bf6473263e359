import Foundation
import Testing

/// `recall learners`: add, rename and remove, never outside `Progress/`.
@Suite struct LearnersCommandTests {
  func learners(_ home: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: home.appendingPathComponent("Progress").path
    ).sorted()
  }

  @Test func addRenameRemoveMoveFoldersInsideProgress() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let at = ["--home", home.path]
    _ = try runRecall(
      ["study", "--learner", "ana", "--deck", "stem-cells"] + at, input: "\n3\nq\n")
    #expect(try runRecall(["learners", "add", "bo"] + at).status == 0)
    #expect(try runRecall(["learners", "add", "bo"] + at).stderr.contains("already exists"))
    let renamed = try runRecall(["learners", "rename", "ana", "ana-maria"] + at)
    #expect(renamed.status == 0)
    let listed = try runRecall(["learners"] + at)
    #expect(listed.stdout.contains("ana-maria  1 answers"))
    #expect(listed.stdout.contains("bo  0 answers"))
    #expect(try runRecall(["learners", "rename", "bo", "ana-maria"] + at).status == 2)

    let piped = try runRecall(["learners", "remove", "bo"] + at)
    #expect(piped.status == 2)
    #expect(piped.stderr.contains("give --yes"))
    #expect(try learners(home).contains("bo"))
    let removed = try runRecall(["learners", "remove", "bo", "--yes"] + at)
    #expect(removed.status == 0)
    #expect(try learners(home) == [".trash", "ana-maria"])
    let trash = try FileManager.default.contentsOfDirectory(
      atPath: home.appendingPathComponent("Progress/.trash").path)
    #expect(trash.count == 1 && trash.first?.hasPrefix("bo-") == true)
  }

  @Test func aLearnerInUseIsNeitherRenamedNorRemoved() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let at = ["--home", home.path]
    let child = try ChildProcess(
      ["study", "--learner", "ana", "--deck", "stem-cells"] + at, environment: ["NO_COLOR": "1"])
    child.send("\n3\n")
    #expect(child.waitFor("Saved:"))
    let rename = try runRecall(["learners", "rename", "ana", "bo"] + at)
    #expect(rename.status == 2)
    #expect(rename.stderr.contains("in use by another recall (pid \(child.pid)"))
    #expect(try runRecall(["learners", "remove", "ana", "--yes"] + at).status == 2)
    child.send("q\n")
    child.wait()
    #expect(try learners(home) == ["ana"])
  }

  @Test func namesThatCouldLeaveProgressAreRefused() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let at = ["--home", home.path]
    let outside = home.appendingPathComponent("x")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    _ = try runRecall(["learners", "add", "ana"] + at)
    for name in ["../x", ".a", "a/b", "tab\tname", String(repeating: "a", count: 65), "..", ""] {
      let add = try runRecall(["learners", "add", name] + at)
      #expect(add.status == 2, "add \(name.debugDescription)")
      #expect(add.stderr.contains("is not allowed"), "add \(name.debugDescription)")
      #expect(try runRecall(["learners", "remove", name, "--yes"] + at).status == 2)
      #expect(try runRecall(["learners", "rename", "ana", name] + at).status == 2)
    }
    #expect(try runRecall(["learners", "remove", "../x", "--yes"] + at).status == 2)
    #expect(FileManager.default.fileExists(atPath: outside.path))
    #expect(try learners(home) == ["ana"])
  }
}
