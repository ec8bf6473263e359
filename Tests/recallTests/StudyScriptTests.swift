import Foundation
import Testing

@testable import RecallCore
@testable import recall

/// A LineReader answering from a list, as a learner at a keyboard would.
final class ScriptedLineReader: LineReader {
  private var lines: [String]
  private(set) var prompts: [String] = []

  init(_ lines: [String]) { self.lines = lines }

  func readLine(prompt: String) -> String? {
    prompts.append(prompt)
    return lines.isEmpty ? nil : lines.removeFirst()
  }
}

@Suite struct StudyScriptTests {
  @Test func scriptedSessionSavesThreeAnswers() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    var output = ""
    let screen = Screen(color: false, width: 80) { output += $0 }
    let context = Context(home: home, screen: screen)
    let reader = ScriptedLineReader(["", "3", "", "good", "", "1", "q"])
    try runStudy(
      context: context, reader: reader, learner: "demo", deckName: nil, newCards: nil, tag: nil)

    let lines = try journal(home: home, learner: "demo")
    #expect(lines.count == 3)
    #expect(lines.map { $0["rating"] as? Int } == [3, 3, 1])
    #expect(
      lines.map { $0["card"] as? String } == [
        "definition:stem-cells", "definition:embryonic-stem-cells", "definition:adult-stem-cells",
      ])
    #expect(lines.allSatisfy { ($0["at"] as? String)?.hasSuffix("Z") == true })
    #expect(output.contains("Q: What are stem cells?"))
    #expect(output.contains("A: Undifferentiated biological cells"))
    #expect(output.contains("Session over: answered 3 cards"))
    #expect(reader.prompts.contains { $0.hasPrefix("1 again") && $0.contains("· 4 easy") })

    // The snapshot written at the end agrees with the journal.
    let snapshot =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: home.appendingPathComponent("Progress/demo/progress.json")))
      as? [String: Any]
    #expect(snapshot?["review_count"] as? Int == 3)
    #expect(snapshot?["format_version"] as? Int == 2)
  }

  @Test func aGradeThatIsNotOneToFourIsAskedAgain() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    var output = ""
    let screen = Screen(color: false, width: 80) { output += $0 }
    let reader = ScriptedLineReader(["", "7", "maybe", "4", "q"])
    try runStudy(
      context: Context(home: home, screen: screen), reader: reader, learner: "demo",
      deckName: "stem-cells",
      newCards: nil, tag: nil)
    #expect(try journal(home: home, learner: "demo").map { $0["rating"] as? Int } == [4])
    #expect(output.components(separatedBy: "Type 1–4").count == 3)
  }

  @Test func unknownShellCommandGetsTheClosestOne() {
    #expect(Shell.closest(to: "stdy") == "study")
    #expect(Shell.closest(to: "sta") == "stats")
    #expect(Shell.closest(to: "xyzzyplugh") == nil)
  }
}

extension Context {
  init(home: URL, screen: Screen) {
    var options = GlobalOptions()
    options.home = home.path
    self.init(options: options, screen: screen)
  }
}
