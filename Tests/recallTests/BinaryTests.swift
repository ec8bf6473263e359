import Foundation
import Testing

@Suite struct BinaryTests {
  @Test func pipedStudySessionRecordsThreeReviews() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try runRecall(
      ["study", "--home", home.path, "--learner", "demo"], input: "\n3\n\n3\n\n1\nq\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = try journal(home: home, learner: "demo")
    #expect(lines.count == 3)
    #expect(lines.map { $0["rating"] as? Int } == [3, 3, 1])
    #expect(result.stdout.contains("Session over: answered 3 cards"))
  }

  @Test func homeAndLearnerComeFromTheEnvironment() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try runRecall(
      ["study"], input: "\n2\nq\n",
      environment: ["RECALL_HOME": home.path, "RECALL_LEARNER": "env-kid"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(try journal(home: home, learner: "env-kid").count == 1)
  }

  @Test func malformedDeckIsOneLineWithExitCodeTwoAndWritesNothing() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    try Data("{\"format_version\": 1,\n \"title\": \"T\",\n \"cards\": [}".utf8)
      .write(to: home.appendingPathComponent("Decks/broken.json"))
    let result = try runRecall(
      ["study", "--home", home.path, "--learner", "demo", "--deck", "broken"], input: "\n3\n")
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "recall: Decks/broken.json: line 3, column 12: unexpected character '}'; fix the deck file and try again\n"
    )
    #expect(
      !FileManager.default.fileExists(
        atPath: home.appendingPathComponent("Progress/demo/journal.jsonl").path))
  }

  @Test func missingAndEmptyDecksAreExplained() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let missing = try runRecall([
      "study", "--home", home.path, "--learner", "demo", "--deck", "biology",
    ])
    #expect(missing.status == 2)
    #expect(missing.stderr == "recall: no deck 'biology' (known decks: stem-cells)\n")
    try Data().write(to: home.appendingPathComponent("Decks/empty.json"))
    let empty = try runRecall([
      "study", "--home", home.path, "--learner", "demo", "--deck", "empty",
    ])
    #expect(empty.status == 2)
    #expect(empty.stderr.hasPrefix("recall: Decks/empty.json: the deck file is empty"))
  }

  @Test func unsafeLearnerNameIsRefused() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try runRecall(
      ["study", "--home", home.path, "--learner", "../../etc"], input: "\n3\n")
    // The parser refuses it, saying which characters a name may have.
    #expect(result.status == 2)
    #expect(result.stderr.contains("The value '../../etc' is invalid for '--learner <name>'"))
    #expect(result.stderr.contains("letters, digits, '-', '_' and '.'"))
    let fromEnvironment = try runRecall(
      ["study", "--home", home.path], input: "\n3\n", environment: ["RECALL_LEARNER": "../x"])
    #expect(fromEnvironment.status == 2)
    #expect(fromEnvironment.stderr.contains("RECALL_LEARNER: learner name '../x' is not allowed"))
    let shell = try runRecall(["--home", home.path, "--learner", "a/b"], input: "quit\n")
    #expect(shell.status == 2)
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("Progress").path))
  }

  @Test func shellRunsCommandsAndHintsAtTypos() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try runRecall(
      ["--home", home.path, "--learner", "demo"],
      input: "decks\nstdy\nstudy\n\n3\nq\nstats --json\nquit\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("stem-cells  Stem cell types (6 cards)"))
    #expect(result.stdout.contains("Unknown command 'stdy'. Did you mean 'study'?"))
    #expect(result.stdout.contains("\"total_reviews\" : 1"))
  }
}

@Suite struct ShellPassThroughTests {
  @Test func theShellRunsTheOtherSubcommandsAsThisLearner() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try runRecall(
      ["--home", home.path, "--learner", "kim"],
      input:
        "study\n\n4\nq\nundo\nsettings --retention 0.85\ndeck show stem-cells --kind choice\nhelp card\nquit\n"
    )
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Undone: the answer to definition:stem-cells"))
    #expect(result.stdout.contains("desired retention  0.85"))
    #expect(result.stdout.contains("choice:embryonic-stem-cells"))
    #expect(result.stdout.contains("OVERVIEW: Suspend, unsuspend, bury"))
    let lines = try journal(home: home, learner: "kim")
    #expect(lines.map { $0["event"] as? String ?? "review" } == ["review", "undo"])
  }
}

@Suite struct CompletionScriptTests {
  @Test(arguments: ["bash", "zsh", "fish"])
  func aCompletionScriptNamesTheSubcommands(shell: String) throws {
    let result = try runRecall(["--generate-completion-script", shell])
    #expect(result.status == 0)
    for command in ["study", "quiz", "stats", "deck", "generate"] {
      #expect(result.stdout.contains(command), "\(shell) script lacks \(command)")
    }
  }
}
