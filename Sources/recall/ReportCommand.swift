import ArgumentParser
import Foundation
import RecallCore

/// `recall report`: one row per learner for trainers, as a table, CSV, JSON or an HTML page.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Report on every learner: activity, retention, mastery, backlog; cards failed most.",
    discussion: """
      Formats: table (default), csv, json, html (one self-contained page).
      Columns for --sort: \(ClassReport.Column.allCases.map(\.rawValue).joined(separator: ", ")).

      Examples:
        recall report --deck regenerative-medicine --sort retention_30d
        recall report --format html -o class.html
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp("Only this deck (default: all decks).", valueName: "name"),
    completion: CompletionValues.decks)
  var deck: String?

  @Option(help: ArgumentHelp("table, csv, json or html.", valueName: "format"))
  var format = "table"

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead.", valueName: "file"))
  var output: String?

  @Option(help: ArgumentHelp("Order rows by this column.", valueName: "column"))
  var sort = "learner"

  @Flag(help: "With --format csv: the cards failed most instead of the learners.")
  var cards = false

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor || output != nil)
    let context = Context(options: global, screen: screen)
    let formats = ["table", "csv", "json", "html"]
    guard formats.contains(format) else {
      throw fail("no format '\(format)' (formats: \(formats.joined(separator: ", ")))")
    }
    if cards && format != "csv" {
      throw fail("--cards goes with --format csv (the other formats show the cards already)")
    }
    guard let column = ClassReport.Column(rawValue: sort) else {
      let names = ClassReport.Column.allCases.map(\.rawValue).joined(separator: ", ")
      throw fail("no column '\(sort)' to sort by (columns: \(names))")
    }
    var deckFile: Deck?
    var deckName: String?
    if let deck {
      do {
        deckFile = try context.decks.load(deck)
        deckName = DeckStore.name(of: context.decks.url(for: deck))
      } catch {
        throw fail("\(error)")
      }
    }
    var report = ClassReport(
      root: context.progressRoot, deck: deckFile, deckName: deckName, now: Clock.now())
    var decks: [String: Deck] = [:]
    for index in report.failures.indices where report.failures[index].front == nil {
      let name = report.failures[index].deck
      if decks[name] == nil { decks[name] = try? context.decks.load(name) }
      report.failures[index].front = decks[name]?.card(withID: report.failures[index].card)?.front
    }
    let rows = report.sorted(by: column)
    let text: String
    switch format {
    case "csv": text = cards ? ReportText.cardsCSV(report.failures) : ReportText.csv(rows)
    case "json": text = ReportText.json(report, rows: rows)
    case "html": text = ReportHTML.page(report, rows: rows)
    default: text = ReportText.table(report, rows: rows, style: ChartStyle.of(screen))
    }
    guard let output else {
      screen.write(text)
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output))
    } catch {
      throw fail("cannot write \(output): \(error.localizedDescription)")
    }
  }
}
