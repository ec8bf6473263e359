import Foundation

/// The text formats `recall deck import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
  /// Comma-separated front and back, quotes as in RFC 4180.
  case csv
  /// Tab-separated front and back.
  case tsv
  /// Anki's "Notes in Plain Text" export: `#` header directives, HTML fields, a tags column.
  case anki

  /// The format a file name suggests: `.tsv` and `.tab` are TSV, `.txt` Anki, the rest CSV.
  public static func guess(path: String) -> ImportFormat {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "tsv", "tab": .tsv
    case "txt": .anki
    default: .csv
    }
  }
}

/// A front and back read from a file to import, with the line it starts on.
public struct ImportedNote: Hashable, Sendable {
  /// The line of the file the note starts on, from 1.
  public var line: Int
  /// The question.
  public var front: String
  /// The answer.
  public var back: String
  /// Tags from the file (Anki's tags column), as `/`-separated slugs.
  public var tags: [String]
}

/// Cards imported from a CSV, TSV or Anki text file into a deck.
///
/// Imported cards are `basic`. Each id is `basic:` and the slug of the back; when that id is
/// taken, the slug of the front; when that is taken too, the back's slug with `-2`, `-3`, ….
/// A row whose front and back equal a card already in the deck is skipped as a duplicate.
public struct DeckImport: Sendable {
  /// The deck with the new cards.
  public var deck: Deck
  /// Ids of the cards added.
  public var added: [String] = []
  /// Rows left out because the deck already had the same front and back, with that card's id.
  public var duplicates: [(line: Int, id: String)] = []

  /// Reads `data` (the file `path`) as `format` and adds its cards to `deck`, or to a new deck
  /// titled `title`; `tags` are added to every card. Throws, naming the file and the line,
  /// for anything unusable, so that nothing is written.
  public static func run(
    _ data: Data, path: String, format: ImportFormat, into deck: Deck?, title: String,
    tags: [String] = []
  ) throws(DeckError) -> DeckImport {
    let notes = try self.notes(data, path: path, format: format)
    var result = DeckImport(deck: deck ?? Deck(title: title, source: path, cards: []))
    var taken = Set(result.deck.cards.map(\.id))
    for note in notes {
      if let same = result.deck.cards.first(where: {
        $0.front == note.front && $0.back == note.back
      }) {
        result.duplicates.append((note.line, same.id))
        continue
      }
      let (id, term) = identity(front: note.front, back: note.back, taken: taken)
      taken.insert(id)
      var noteTags = note.tags
      for tag in tags where !noteTags.contains(tag) { noteTags.append(tag) }
      result.deck.cards.append(
        Card(id: id, kind: .basic, term: term, front: note.front, back: note.back, tags: noteTags))
      result.added.append(id)
    }
    return result
  }

  /// The id and term of an imported card (see the type's documentation), given the ids taken.
  static func identity(front: String, back: String, taken: Set<String>) -> (String, String) {
    let terms = [back, front].filter { !CardID.slug($0).isEmpty }
    for term in terms where !taken.contains(CardID.make(kind: .basic, term: term)) {
      return (CardID.make(kind: .basic, term: term), term)
    }
    let term = terms.first ?? back
    let base = terms.isEmpty ? "basic:card" : CardID.make(kind: .basic, term: term)
    var number = 2
    while taken.contains("\(base)-\(number)") { number += 1 }
    return ("\(base)-\(number)", term)
  }

  /// The notes of `data` (the file `path`) read as `format`, each checked for a front and back.
  public static func notes(_ data: Data, path: String, format: ImportFormat) throws(DeckError)
    -> [ImportedNote]
  {
    let text = try ImportText.decode(data, path: path)
    var notes: [ImportedNote] = []
    switch format {
    case .csv, .tsv:
      let separator: Character = format == .csv ? "," : "\t"
      var rows = try ImportText.rows(text, separator: separator, firstLine: 1, path: path)
      if let first = rows.first, first.fields.map({ $0.lowercased() }) == ["front", "back"] {
        rows.removeFirst()
      }
      let name = format == .csv ? "comma" : "tab"
      for row in rows {
        if row.fields.count > 2 {
          throw .importFailed(
            path: path, line: row.line,
            problem:
              "\(row.fields.count) columns where 2 (front, back) belong; put a field holding a \(name) in double quotes"
          )
        }
        notes.append(try note(row, sides: row.fields, tags: [], path: path, separator: name))
      }
    case .anki:
      let header = try ImportText.ankiHeader(text, path: path)
      let body = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        .dropFirst(header.lineCount).joined(separator: "\n")
      let rows = try ImportText.rows(
        body, separator: header.separator, firstLine: header.lineCount + 1, path: path)
      for row in rows {
        var sides: [String] = []
        var tags: [String] = []
        for (column, field) in row.fields.enumerated() {
          if column == header.tagsColumn {
            tags = ankiTags(field)
          } else if !header.otherColumns.contains(column) {
            sides.append(header.html ? HTMLText.plain(field) : field)
          }
        }
        notes.append(try note(row, sides: sides, tags: tags, path: path, separator: "separator"))
      }
    }
    if notes.isEmpty {
      throw .importFailed(
        path: path, line: nil, problem: "no cards found; write one card per line as front and back")
    }
    return notes
  }

  private static func note(
    _ row: ImportRow, sides: [String], tags: [String], path: String, separator: String
  ) throws(DeckError) -> ImportedNote {
    let front = sides.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    guard sides.count >= 2 else {
      throw .importFailed(
        path: path, line: row.line,
        problem: "the back is missing; add it after a \(separator) or remove the row")
    }
    let back = sides[1].trimmingCharacters(in: .whitespacesAndNewlines)
    if front.isEmpty {
      throw .importFailed(
        path: path, line: row.line, problem: "the front is empty; fill it in or remove the row")
    }
    if back.isEmpty {
      throw .importFailed(
        path: path, line: row.line, problem: "the back is empty; fill it in or remove the row")
    }
    return ImportedNote(line: row.line, front: front, back: back, tags: tags)
  }

  /// Anki tags (space-separated, `::` for hierarchy) as recall tags: `Bio::Cells` → `bio/cells`.
  static func ankiTags(_ field: String) -> [String] {
    field.split(whereSeparator: \.isWhitespace).compactMap { tag in
      let parts = tag.components(separatedBy: "::").map(CardID.slug).filter { !$0.isEmpty }
      return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
  }
}
