import Foundation
import SwiftCSV

/// One row of a file to import: the line it starts on (from 1) and its fields.
struct ImportRow: Hashable, Sendable {
  var line: Int
  var fields: [String]
}

/// The header directives of an Anki "Notes in Plain Text" export (`#separator:tab`, …).
struct AnkiHeader: Hashable, Sendable {
  var separator: Character = "\t"
  var html = true
  /// Columns, from 0, holding tags, guid, note type and deck: not card sides.
  var tagsColumn: Int?
  var otherColumns: Set<Int> = []
  /// Lines the header takes.
  var lineCount = 0
}

/// Reading import files into rows: UTF-8 checks, Anki headers, and SwiftCSV for the fields.
enum ImportText {
  /// The text of `data`, refusing empty files and bytes that are not UTF-8.
  static func decode(_ data: Data, path: String) throws(DeckError) -> String {
    guard let text = String(data: data, encoding: .utf8) else {
      throw .importFailed(
        path: path, line: firstInvalidLine(data),
        problem: "the file is not UTF-8 text; save it as UTF-8 and import again")
    }
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .importFailed(
        path: path, line: nil,
        problem: "the file is empty; write one card per line as front and back")
    }
    return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
  }

  /// The line (from 1) holding the first byte sequence that is not UTF-8.
  static func firstInvalidLine(_ data: Data) -> Int {
    var line = 1
    for slice in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if String(data: Data(slice), encoding: .utf8) == nil { return line }
      line += 1
    }
    return line
  }

  /// Reads the `#key:value` lines at the top of an Anki export.
  static func ankiHeader(_ text: String, path: String) throws(DeckError) -> AnkiHeader {
    var header = AnkiHeader()
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      guard line.hasPrefix("#") else { break }
      header.lineCount += 1
      let directive = line.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
      guard let colon = directive.firstIndex(of: ":") else { continue }
      let key = directive[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      let value = directive[directive.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      switch key {
      case "separator":
        guard let separator = separator(named: value) else {
          throw .importFailed(
            path: path, line: header.lineCount,
            problem:
              "unknown separator '\(value)'; use tab, comma, semicolon, space, pipe or colon")
        }
        header.separator = separator
      case "html":
        header.html = value.lowercased() == "true"
      case "tags column":
        header.tagsColumn = Int(value).map { $0 - 1 }
      case "guid column", "notetype column", "deck column":
        if let column = Int(value) { header.otherColumns.insert(column - 1) }
      default:
        continue
      }
    }
    return header
  }

  static func separator(named name: String) -> Character? {
    let names: [String: Character] = [
      "tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":",
    ]
    if let character = names[name.lowercased()] { return character }
    return name.count == 1 ? name.first : nil
  }

  /// The rows of `text` split at `separator` by SwiftCSV (quotes, doubled quotes and quoted
  /// newlines honoured), numbered from `firstLine`; blank rows are left out.
  static func rows(_ text: String, separator: Character, firstLine: Int, path: String)
    throws(DeckError) -> [ImportRow]
  {
    var rows: [ImportRow] = []
    var line = firstLine
    do {
      let csv = try EnumeratedCSV(
        string: text, delimiter: CSVDelimiter(unicodeScalarLiteral: separator),
        loadColumns: false, rowLimit: 0)
      try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { fields in
        let fields = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        if fields.contains(where: { !$0.isEmpty }) {
          rows.append(ImportRow(line: line, fields: fields))
        }
        line += 1 + fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
      }
    } catch {
      throw .importFailed(
        path: path, line: line,
        problem:
          "a quoted field is not closed properly; write a quote inside quotes as \"\" and import again"
      )
    }
    return rows
  }
}
