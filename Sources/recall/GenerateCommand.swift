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

  func run() throws {
    let result: GenerationResult
    do {
      let data = try readArticle()
      result = try Generator().generate(
        data: data, title: title, source: sourcePath(), kinds: kinds)
    } catch let error as GenerationError {
      throw failure(error.message)
    }
    do {
      try write(result.deck)
    } catch {
      throw failure("cannot write the deck: \(error.localizedDescription)", file: output)
    }
    if report { printSafe(GenerationReportText(result: result).text) }
    printSafe(
      "Wrote \(result.deck.cards.count) cards for \(result.definitions.count) terms to \(output).")
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

  private func write(_ deck: Deck) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(deck)
    data.append(contentsOf: Array("\n".utf8))
    let url = URL(fileURLWithPath: output)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try data.write(to: temporary)
    guard rename(temporary.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw CocoaError(.fileWriteUnknown)
    }
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
