import ArgumentParser
import Foundation
import RecallCore

/// `recall deck export NAME --format apkg -o FILE.apkg [--learner L]`: a package Anki imports.
struct DeckExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a deck as an Anki package (.apkg), with a learner's schedule and reviews.",
    discussion: """
      One note per card, a note type per card kind ("recall definition",
      "recall reverse", … all with one card, front then back; choices show their
      options under the question; "recall cloze" is a Cloze type). Sections
      become tags. With --learner, each card's schedule (due date, interval,
      FSRS memory state) and the learner's answers (as Anki's review log) go
      along: import with "Import any learning progress" on. Importing the
      package back into recall gives the same cards.

      Example:
        recall deck export regenerative-medicine --format apkg -o regen.apkg --learner ana
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The deck to export.", completion: CompletionValues.decks)
  var deck: String

  @Option(help: "apkg (the only format for now).")
  var format: String = "apkg"

  @Option(name: .shortAndLong, help: "The package to write.")
  var output: String

  func validate() throws {
    guard format.lowercased() == "apkg" else {
      throw ValidationError("unknown format '\(format)'; use apkg")
    }
  }

  func run() throws {
    let files = DeckFiles(global)
    let context = files.context
    let loaded = try context.loadDeck(deck)
    let now = Clock.now()
    let url = URL(fileURLWithPath: output)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue
    {
      throw fail(
        "\(output) is a folder; name the package to write, such as \(output)/\(loaded.key).apkg")
    }
    var learner: ExportedLearner?
    if let name = global.learnerName {
      do {
        let data = try LearnerData.load(
          root: context.progressRoot, learner: name, now: now, cache: false)
        var answers: [ExportedAnswer] = []
        let history = data.history
        let deckID = history.id(of: loaded.key)
        history.forEachStanding { answer in
          guard answer.deck == deckID, let rating = Rating(rawValue: Int(answer.rating)) else {
            return
          }
          answers.append(
            ExportedAnswer(
              card: history.names[Int(answer.card)],
              at: Date(timeIntervalSince1970: answer.at), rating: rating,
              durationMs: answer.durationMs >= 0 ? Int(answer.durationMs) : nil))
        }
        learner = ExportedLearner(
          progress: data.progress, answers: answers, settings: data.settings)
      } catch {
        throw fail("\(error)")
      }
    }
    let summary: AnkiExport.Summary
    do {
      summary = try AnkiExport.write(
        loaded.deck, deckKey: loaded.key, learner: learner, to: url, now: now)
    } catch {
      throw fail("\(error)")
    }
    var line = "Exported \(cardCount(summary.notes)) of \(loaded.key) to \(output)"
    if let name = global.learnerName {
      line +=
        " with \(name)'s schedule and \(summary.reviews) review\(summary.reviews == 1 ? "" : "s")"
    }
    files.screen.line(line + ".")
  }
}
