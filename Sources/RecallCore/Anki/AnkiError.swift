import Foundation

/// What can go wrong reading or writing an Anki package (`.apkg`).
public enum AnkiError: Error, Equatable, CustomStringConvertible {
  /// The file is not a ZIP archive.
  case notZip(path: String)
  /// The archive holds no `collection.anki21b`, `collection.anki21` or `collection.anki2`.
  case noCollection(path: String)
  /// An entry would expand past the bound recall accepts (a ZIP bomb, or a huge collection).
  case tooLarge(path: String, entry: String, limit: Int)
  /// The zstd data of an entry does not decompress.
  case badZstd(path: String, entry: String, reason: String)
  /// The collection is not a readable SQLite database, or lacks a table or column Anki writes.
  case corrupt(path: String, reason: String)
  /// The collection's schema version, or the package's version, is one recall does not know.
  case unknownVersion(path: String, what: String, version: Int)
  /// A note has no fields, or a field recall needs is empty.
  case badNote(path: String, note: Int64, problem: String)
  /// The package holds no notes.
  case noNotes(path: String)
  /// Writing the package failed.
  case writeFailed(path: String, reason: String)

  public var description: String {
    switch self {
    case .notZip(let path):
      "\(path): not an Anki package (not a ZIP archive); export it again from Anki with File > Export > Anki Deck Package"
    case .noCollection(let path):
      "\(path): the ZIP holds no Anki collection (collection.anki21b, collection.anki21 or collection.anki2); is it an .apkg?"
    case .tooLarge(let path, let entry, let limit):
      "\(path): \(entry) would expand past \(limit >= 1_048_576 ? "\(limit / 1_048_576) MiB" : "\(limit) bytes"); recall refuses it (a damaged or hostile package?)"
    case .badZstd(let path, let entry, let reason):
      "\(path): \(entry) does not decompress (\(reason)); the package is damaged, export it again"
    case .corrupt(let path, let reason):
      "\(path): the collection is damaged or not an Anki collection (\(reason)); export it again"
    case .unknownVersion(let path, let what, let version):
      "\(path): unknown \(what) version \(version); export it again from Anki, or update recall"
    case .badNote(let path, let note, let problem):
      "\(path): note \(note): \(problem); fix the note in Anki and export again"
    case .noNotes(let path):
      "\(path): the package holds no notes"
    case .writeFailed(let path, let reason):
      "\(path): cannot write the package: \(reason)"
    }
  }
}
