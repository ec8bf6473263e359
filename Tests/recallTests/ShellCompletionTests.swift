import Foundation
import Testing

@testable import recall

/// Tab in the shell offers what the argument parser accepts, read from its definitions.
@Suite struct ShellCompletionTests {
  let home: URL
  let completion: ShellCompletion

  init() throws {
    home = try makeHome()
    completion = try #require(ShellCompletion.recall())
  }

  func complete(_ line: String, _ word: String = "") -> [String] {
    completion.completions(line: line, word: word, home: home)
  }

  @Test func everyCommandOfTheParserAndQuitComplete() {
    let words = complete("")
    for command in [
      "study", "quiz", "stats", "deck", "card", "doctor", "report", "optimize", "quit",
    ] {
      #expect(words.contains(command), "\(command) missing")
    }
  }

  @Test func optionsAreTheCommandsOwnIncludingThoseTheHandListMissed() {
    let study = complete("study ", "--")
    for option in ["--limit", "--new", "--tag", "--deck", "--no-color"] {
      #expect(study.contains(option), "study lacks \(option)")
    }
    // The shell gives --home and --learner itself.
    #expect(!study.contains("--learner"))
    let quiz = complete("quiz ", "--")
    for option in ["--tag", "--kinds", "--count", "--practice"] {
      #expect(quiz.contains(option), "quiz lacks \(option)")
    }
    #expect(complete("report ", "-").contains("-o"))
    #expect(complete("optimize ", "--").contains("--reset"))
    #expect(complete("deck edit stem-cells ", "--").contains("--back"))
  }

  @Test func valuesComeFromTheDefinitions() {
    #expect(complete("study ") == ["stem-cells"])
    #expect(complete("study --deck ") == ["stem-cells"])
    #expect(complete("stats --tag ").contains("core-principles/stem-cell-technology"))
    #expect(complete("card ") == ["suspend", "unsuspend", "bury", "unbury", "flag", "unflag"])
    #expect(complete("deck ").contains("import"))
    #expect(complete("deck show ") == ["stem-cells"])
    #expect(complete("deck merge stem-cells ") == ["stem-cells"])
    // A value that is the learner's to type has no completion.
    #expect(complete("study --new ").isEmpty)
    #expect(complete("help ").contains("settings"))
  }
}
