import ArgumentParser
import Foundation
import RecallCore

/// `recall generate ARTICLE -o FILE`: makes a deck from the definitions in an article.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Make a deck of questions from the definitions in an article.",
    discussion: """
      Reads a plain text or Markdown article, finds every term it defines ("X is …",
      "**X:** …", "X (ABBR)", "…, known as X") and writes a deck of definition, reverse,
      cloze, multiple-choice, true/false, abbreviation and comparison cards.

      Example:
        recall generate Decks/sources/what-is-regenerative-medicine.txt \\
          -o Decks/regenerative-medicine.json --report
      """
  )

  @Argument(help: "The article: a UTF-8 text or Markdown file.")
  var article: String

  @Option(name: .shortAndLong, help: "The deck file to write (JSON).")
  var output: String

  @Option(help: "The deck's title (default: the article's first heading).")
  var title: String?

  @Option(
    help:
      "Kinds of card to make, comma-separated: \(CardKind.generated.map(\.rawValue).joined(separator: ",")).",
    transform: GenerateCommand.parseKinds)
  var kinds: Set<CardKind> = Set(CardKind.generated)

  @Flag(help: "Print each definition found, the cards made and the sentences not used.")
  var report = false

  @Flag(
    help:
      "Replace an existing deck even when cards were added or edited in it (a backup is kept).")
  var force = false

  func run() throws {
    let result: GenerationResult
    do {
      let data = try readArticle()
      result = try Generator().generate(
        data: data, title: title, source: sourcePath(), kinds: kinds)
    } catch let error as GenerationError {
      throw failure(error.message)
    }
    let backup = try checkOutput(replacingWith: result.deck)
    var data: Data
    do {
      data = try JSONCoding.fileEncoder().encode(result.deck)
    } catch {
      throw failure("cannot encode the deck: \(error)", file: output)
    }
    data.append(contentsOf: Array("\n".utf8))
    do {
      try AtomicFile.write(data, to: URL(fileURLWithPath: output))
    } catch {
      throw failure("cannot write the deck: \(error.reason)", file: output)
    }
    if let backup { printSafe("Kept the deck it replaced as \(backup).") }
    if report { printSafe(GenerationReportText(result: result).text) }
    printSafe(
      "Wrote \(result.deck.cards.count) cards for \(result.definitions.count) terms to \(output).")
  }

  /// Refuses an output that is a folder, and a deck whose cards the new one would drop or
  /// change (cards added with `deck add`, edited with `deck edit`) unless `--force`; with
  /// `--force`, moves the old file aside and returns the backup's name.
  private func checkOutput(replacingWith deck: Deck) throws -> String? {
    let url = URL(fileURLWithPath: output)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
      return nil
    }
    if isFolder.boolValue {
      throw failure(
        "is a folder; give the deck's file, such as \(url.appendingPathComponent("deck.json").path)",
        file: output)
    }
    let lost: [String]
    do {
      let old = try DeckStore.load(from: url, displayPath: output)
      let fresh = Dictionary(
        deck.cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      lost = old.cards.filter { fresh[$0.id] != $0 }.map(\.id)
    } catch {
      lost = ["(the file is not a deck recall can read)"]
    }
    guard !lost.isEmpty else { return nil }
    guard force else {
      let shown = lost.prefix(3).joined(separator: ", ") + (lost.count > 3 ? ", …" : "")
      throw failure(
        "holds \(lost.count) card\(lost.count == 1 ? "" : "s") the new deck would drop or change (\(shown)), added or edited since it was generated; write to another file, or give --force to replace it (a backup is kept)",
        file: output)
    }
    let stamp = JSONCoding.formatDate(Date()).filter { $0 != "-" && $0 != ":" }
    var backup = "\(output).bak-\(stamp)"
    var suffix = 2
    while FileManager.default.fileExists(atPath: backup) {
      backup = "\(output).bak-\(stamp)-\(suffix)"
      suffix += 1
    }
    do {
      try FileManager.default.copyItem(atPath: output, toPath: backup)
    } catch {
      throw failure(
        "cannot keep a backup as \(backup): \(error.localizedDescription)", file: output)
    }
    return backup
  }

  /// Prints `recall: FILE: message` on standard error; the exit code to throw.
  private func failure(_ message: String, file: String? = nil) -> ExitCode {
    printError("\(file ?? article): \(message)")
    return ExitCode(2)
  }

  private func readArticle() throws -> Data {
    let url = URL(fileURLWithPath: article)
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    if size >= Generator.sizeLimit {
      throw GenerationError.tooLarge(bytes: size, limit: Generator.sizeLimit)
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw failure("cannot read the file; check the path")
    }
    return data
  }

  /// The article's path relative to the deck's folder when it lies below it.
  private func sourcePath() -> String {
    let articleURL = URL(fileURLWithPath: article).standardizedFileURL
    let deckFolder = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent()
    let folder = deckFolder.path.hasSuffix("/") ? deckFolder.path : deckFolder.path + "/"
    if articleURL.path.hasPrefix(folder) { return String(articleURL.path.dropFirst(folder.count)) }
    return article
  }

  static func parseKinds(_ text: String) throws -> Set<CardKind> {
    var kinds: Set<CardKind> = []
    for name in text.split(separator: ",") {
      let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
      guard let kind = CardKind(rawValue: trimmed), CardKind.generated.contains(kind) else {
        throw ValidationError(
          "unknown card kind '\(trimmed)'; use \(CardKind.generated.map(\.rawValue).joined(separator: ", "))"
        )
      }
      kinds.insert(kind)
    }
    return kinds
  }
}

extension CardKind {
  /// The kinds `recall generate` can make (all but `basic`).
  static let generated: [CardKind] = allCases.filter { $0 != .basic }
}
