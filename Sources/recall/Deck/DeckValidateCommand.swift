import ArgumentParser
import Foundation
import RecallCore

/// `recall deck validate FILE`: every problem of a deck file, each with its line.
struct DeckValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a deck file and list every problem as FILE: line N: field: message.",
    discussion: """
      Exits with 0 and prints "ok: N cards" when the deck can be studied
      (warnings, such as a question that contains its answer, are printed but
      allowed); exits with 2 otherwise.

      Example:
        recall deck validate Decks/biology.json
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The deck file (or a deck name in Decks/).")
  var file: String

  func run() throws {
    let files = DeckFiles(global)
    let url = files.url(file)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw fail("\(file): cannot read the file: \((error as NSError).localizedDescription)")
    }
    let report = DeckValidator.check(data, path: file)
    for line in report.errors + report.warnings {
      FileHandle.standardError.write(Data((terminalSafe(line) + "\n").utf8))
    }
    guard report.isValid else {
      let count = report.errors.count
      throw fail("\(file): \(count) problem\(count == 1 ? "" : "s"); fix them and validate again")
    }
    let warnings = report.warnings.count
    files.screen.line(
      "ok: \(report.cardCount) cards" + (warnings == 0 ? "" : " (\(warnings) warnings)"))
  }
}
