import ArgumentParser
import Foundation
import RecallCore

/// `recall deck import FILE --into NAME`: cards from CSV, TSV or an Anki text export.
struct DeckImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import basic cards from a CSV or TSV file (front, back) or an Anki text export.",
    discussion: """
      CSV and TSV: two columns, front and back; a header row "front,back" is
      skipped. Anki: File > Export > "Notes in Plain Text" (.txt); HTML becomes
      text, tags are kept. Ids are basic:SLUG-OF-THE-BACK (the front's slug, then
      -2, -3 … when taken). Rows already in the deck are skipped. On any error
      nothing is written.

      Example:
        recall deck import ~/cards.csv --into biology --title Biology --tag imported
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The file to import.")
  var file: String

  @Option(help: "The deck to import into (made when it does not exist).")
  var into: String

  @Option(help: "The deck's title when the deck is new (default: its name).")
  var title: String?

  @Option(help: "csv, tsv or anki (default: from the file name; .txt is anki).")
  var format: String?

  @Option(name: .customLong("tag"), help: "A tag for every imported card (repeat for more).")
  var tags: [String] = []

  func run() throws {
    let files = DeckFiles(global)
    let format = try format.map(parseFormat) ?? ImportFormat.guess(path: file)
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
      throw fail("\(file): cannot read the file: \((error as NSError).localizedDescription)")
    }
    let bare = into.hasSuffix(".json") ? String(into.dropLast(5)) : into
    let title = title ?? bare
    var imported: DeckImport?
    try files.update(into) { existing in
      let result = try applying { () throws(DeckError) in
        try DeckImport.run(
          data, path: file, format: format, into: existing, title: title, tags: tags)
      }
      imported = result
      return result.added.isEmpty ? nil : (result.deck, ())
    }
    guard let result = imported else { return }
    for duplicate in result.duplicates {
      files.screen.line("line \(duplicate.line): already in the deck as \(duplicate.id); skipped")
    }
    files.screen.line(
      "Imported \(cardCount(result.added.count)) into \(into) (\(result.duplicates.count) duplicates skipped): \(cardCount(result.deck.cards.count))."
    )
  }

  func parseFormat(_ text: String) throws -> ImportFormat {
    guard let format = ImportFormat(rawValue: text.lowercased()) else {
      throw ValidationError("unknown format '\(text)'; use csv, tsv or anki")
    }
    return format
  }
}
