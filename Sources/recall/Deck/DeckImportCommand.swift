import ArgumentParser
import Foundation
import RecallCore

/// `recall deck import FILE --into NAME`: cards from CSV, TSV, an Anki text export or an Anki
/// package (`.apkg`, with its review history for `--learner`).
struct DeckImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Import cards from a CSV or TSV file, an Anki text export or an Anki package (.apkg).",
    discussion: """
      CSV and TSV: two columns, front and back; a header row "front,back" is
      skipped. Anki: File > Export > "Notes in Plain Text" (.txt); HTML becomes
      text, tags are kept. Ids are basic:SLUG-OF-THE-BACK (the front's slug, then
      -2, -3 … when taken). Rows already in the deck are skipped. On any error
      nothing is written.

      Anki packages (.apkg, File > Export > Anki Deck Package): Basic notes become
      definition cards, Basic (and reversed) definition and reverse, Cloze one
      cloze card per deletion, other types basic cards; Anki decks and tags become
      tags. Importing a newer export of the same package updates its cards. With
      --learner, Anki's review log becomes that learner's history (replayed
      through FSRS-6); suspended and buried cards stay so. --into defaults to the
      file's name.

      Examples:
        recall deck import ~/cards.csv --into biology --title Biology --tag imported
        recall deck import ~/Biology.apkg --into biology --learner ana
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The file to import.")
  var file: String

  @Option(
    help: "The deck to import into (made when it does not exist; for .apkg: the file's name).")
  var into: String?

  @Option(help: "The deck's title when the deck is new (default: its name).")
  var title: String?

  @Option(help: "csv, tsv, anki or apkg (default: from the file name; .txt is anki, .apkg apkg).")
  var format: String?

  @Option(name: .customLong("tag"), help: "A tag for every imported card (repeat for more).")
  var tags: [String] = []

  func run() throws {
    let files = DeckFiles(global)
    if format?.lowercased() == "apkg"
      || (format == nil && URL(fileURLWithPath: file).pathExtension.lowercased() == "apkg")
    {
      let name =
        into ?? CardID.slug(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
      try AnkiPackageImport(
        files: files, global: global, file: file, into: name, title: title ?? name, tags: tags
      ).run()
      return
    }
    guard let into else { throw ValidationError("give the deck to import into: --into NAME") }
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
      throw ValidationError("unknown format '\(text)'; use csv, tsv, anki or apkg")
    }
    return format
  }
}
