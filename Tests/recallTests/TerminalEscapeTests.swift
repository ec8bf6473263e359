import Foundation
import Testing

/// Control characters in decks, titles and names are shown escaped, never obeyed; CSV cells
/// a spreadsheet would run as formulas are defused.
@Suite struct TerminalEscapeTests {
  static let clear = "\u{1B}[2J"
  static let title = "\u{1B}]0;pwned\u{07}"
  static let link = "\u{1B}]8;;http://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"

  /// A home whose deck `evil` has escapes in its title and in every side of its card.
  private func evilHome() throws -> URL {
    let home = try makeHome()
    let deck: [String: Any] = [
      "format_version": 1, "title": "Evil \(Self.title)deck",
      "cards": [
        [
          "id": "basic:widget", "kind": "basic", "term": "widget",
          "front": "What is a widget?\(Self.clear)\rOverwritten",
          "back": "A \(Self.link) small device", "tags": [],
        ]
      ],
    ]
    try JSONSerialization.data(withJSONObject: deck).write(
      to: home.appendingPathComponent("Decks/evil.json"))
    return home
  }

  private func expectNoControls(_ text: String, _ what: String) {
    let controls = text.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty, "\(what) printed raw controls: \(text.debugDescription)")
  }

  @Test func escapesInADeckAreShownNotObeyed() throws {
    let home = try evilHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let show = try runRecall(["deck", "show", "evil", "--home", home.path])
    #expect(show.status == 0, "\(show.stderr)")
    expectNoControls(show.stdout, "deck show")
    #expect(show.stdout.contains("^[[2J"))
    let list = try runRecall(["deck", "list", "--home", home.path])
    expectNoControls(list.stdout, "deck list")
    #expect(list.stdout.contains("Evil ^[]0;pwned^Gdeck"))
    let study = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "evil"], input: "\n3\nq\n")
    #expect(study.status == 0, "\(study.stderr)")
    expectNoControls(study.stdout, "study")
    #expect(study.stdout.contains("^M"))
    let stats = try runRecall(["stats", "--home", home.path, "--learner", "ana", "--deck", "evil"])
    expectNoControls(stats.stdout, "stats")
    let report = try runRecall(["report", "--home", home.path, "--deck", "evil"])
    expectNoControls(report.stdout, "report")
    let missing = try runRecall([
      "study", "--home", home.path, "--learner", "ana", "--deck", "no\u{1B}[2Jsuch",
    ])
    #expect(missing.status == 2)
    expectNoControls(missing.stderr, "an error")
  }

  @Test func csvCellsThatWouldBeFormulasArePrefixed() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let fronts = ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A9)", "+1", "-2+3", "\tTab"]
    for (index, front) in fronts.enumerated() {
      let add = try runRecall([
        "deck", "add", "f", "--front=\(front)", "--back", "Answer \(index)", "--home", home.path,
      ])
      #expect(add.status == 0, "\(add.stderr)")
    }
    let input = String(repeating: "\n1\n", count: fronts.count) + "q\n"
    _ = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--deck", "f"], input: input)
    let csv = try runRecall(["report", "--home", home.path, "--format", "csv", "--cards"])
    #expect(csv.status == 0, "\(csv.stderr)")
    let cells = csv.stdout.split(separator: "\r\n").dropFirst().map { line in
      line.split(separator: ",", maxSplits: 2).dropFirst(2).first.map(String.init) ?? ""
    }
    #expect(cells.count == fronts.count)
    for cell in cells {
      let text = cell.hasPrefix("\"") ? String(cell.dropFirst()) : cell
      #expect(text.hasPrefix("'"), "\(cell)")
    }
  }

  @Test func aLearnerNameStartingWithADashIsRefused() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try runRecall(
      ["study", "--home", home.path, "--learner=-abc", "--deck", "stem-cells"], input: "q\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("'-abc' is invalid for '--learner"))
    #expect(
      !FileManager.default.fileExists(atPath: home.appendingPathComponent("Progress/-abc").path))
  }
}
