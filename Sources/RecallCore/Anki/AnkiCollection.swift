import Foundation
import GRDB

/// A note type as recall needs it: what kind it is and its fields.
struct AnkiNotetype: Sendable {
  /// What a note type's cards are, from its kind and the stock type it was made from.
  enum Shape: Sendable {
    case basic, basicAndReversed, cloze, other
  }
  var id: Int64
  var name: String
  var shape: Shape
  var fields: [String]
}

/// One note: its GUID, type, fields (HTML) and tags.
struct AnkiNote: Sendable {
  var id: Int64
  var guid: String
  var notetype: Int64
  var fields: [String]
  var tags: [String]
}

/// One card: which note and template, its deck and queue.
struct AnkiCard: Sendable {
  var id: Int64
  var note: Int64
  var deck: Int64
  var ord: Int
  /// Anki's queue: -1 suspended, -2 and -3 buried.
  var queue: Int
}

/// One review-log row: when (ms since 1970), which card, the button and the time taken.
struct AnkiReview: Sendable {
  var id: Int64
  var card: Int64
  var ease: Int
  var durationMs: Int
  var type: Int
}

/// What recall reads from an Anki collection (SQLite, schema 11 or 15–18).
struct AnkiCollection: Sendable {
  /// Schema versions recall reads: 11 (note types and decks as JSON in `col`), 15–18 (tables).
  static let schemas: Set<Int> = [11, 15, 16, 17, 18]

  var schema: Int
  var notetypes: [Int64: AnkiNotetype] = [:]
  var decks: [Int64: String] = [:]
  var notes: [AnkiNote] = []
  var cards: [AnkiCard] = []
  var reviews: [AnkiReview] = []

  /// Reads the SQLite file `file`; errors name `path`, the package.
  static func read(_ file: URL, path: String) throws(AnkiError) -> AnkiCollection {
    do {
      var configuration = Configuration()
      configuration.readonly = true
      let queue = try DatabaseQueue(path: file.path, configuration: configuration)
      return try queue.read { db throws -> AnkiCollection in
        let version = try Int.fetchOne(db, sql: "SELECT ver FROM col") ?? 0
        guard schemas.contains(version) else {
          throw AnkiError.unknownVersion(path: path, what: "collection schema", version: version)
        }
        var collection = AnkiCollection(schema: version)
        if version == 11 {
          try collection.readJSONConfig(db, path: path)
        } else {
          try collection.readTables(db)
        }
        try collection.readRows(db)
        return collection
      }
    } catch let error as AnkiError {
      throw error
    } catch let error as DatabaseError {
      throw .corrupt(path: path, reason: error.message ?? "\(error.resultCode)")
    } catch {
      throw .corrupt(path: path, reason: "\(error)")
    }
  }

  private mutating func readTables(_ db: Database) throws {
    var fields: [Int64: [String]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT ntid, name FROM fields ORDER BY ntid, ord") {
      fields[row[0], default: []].append(row[1])
    }
    for row in try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes") {
      let id: Int64 = row[0]
      let config = [UInt8]((row[2] as Data?) ?? Data())
      let cloze = Protobuf.varint(1, in: config) == 1
      let stock = Protobuf.varint(9, in: config)
      notetypes[id] = AnkiNotetype(
        id: id, name: row[1],
        shape: Self.shape(
          cloze: cloze, stock: Int(stock), name: row[1], fields: fields[id]?.count ?? 0),
        fields: fields[id] ?? [])
    }
    for row in try Row.fetchAll(db, sql: "SELECT id, name FROM decks") {
      let name: String = row[1]
      decks[row[0]] = name.replacingOccurrences(of: "\u{1F}", with: "::")
    }
  }

  private mutating func readJSONConfig(_ db: Database, path: String) throws {
    guard let row = try Row.fetchOne(db, sql: "SELECT models, decks FROM col") else {
      throw AnkiError.corrupt(path: path, reason: "the col table is empty")
    }
    let models = try Self.object(row[0], field: "col.models", path: path)
    for (key, value) in models {
      guard let model = value as? [String: Any], let id = Int64(key) else { continue }
      let fields = ((model["flds"] as? [[String: Any]]) ?? []).sorted {
        ($0["ord"] as? Int ?? 0) < ($1["ord"] as? Int ?? 0)
      }.compactMap { $0["name"] as? String }
      notetypes[id] = AnkiNotetype(
        id: id, name: model["name"] as? String ?? "",
        shape: Self.shape(
          cloze: (model["type"] as? Int) == 1, stock: model["originalStockKind"] as? Int ?? 0,
          name: model["name"] as? String ?? "", fields: fields.count),
        fields: fields)
    }
    for (key, value) in try Self.object(row[1], field: "col.decks", path: path) {
      if let id = Int64(key), let deck = value as? [String: Any], let name = deck["name"] as? String
      {
        decks[id] = name
      }
    }
  }

  private static func object(_ text: String?, field: String, path: String) throws -> [String: Any] {
    guard let data = text?.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else {
      throw AnkiError.corrupt(path: path, reason: "\(field) is not a JSON object")
    }
    return object
  }

  /// Stock kinds: 1 Basic, 2 Basic (and reversed), 3 Basic (optional reversed), 4 Basic
  /// (type the answer), 5 Cloze. A type made before Anki recorded the stock kind is judged by
  /// its English name. A Basic type given more fields than its stock has is another type.
  static func shape(cloze: Bool, stock: Int, name: String, fields: Int) -> AnkiNotetype.Shape {
    if cloze { return .cloze }
    guard fields <= (stock == 3 || name.hasPrefix("Basic (optional") ? 3 : 2) else { return .other }
    switch stock {
    case 1, 4: return .basic
    case 2, 3: return .basicAndReversed
    case 0 where name == "Basic" || name == "Basic (type in the answer)": return .basic
    case 0
    where name.hasPrefix("Basic (and reversed card)")
      || name.hasPrefix("Basic (optional reversed card)"):
      return .basicAndReversed
    default: return .other
    }
  }

  private mutating func readRows(_ db: Database) throws {
    let noteRows = try Row.fetchCursor(
      db, sql: "SELECT id, guid, mid, flds, tags FROM notes ORDER BY id")
    while let row = try noteRows.next() {
      let fields: String = row[3]
      let tags: String = row[4]
      notes.append(
        AnkiNote(
          id: row[0], guid: row[1], notetype: row[2],
          fields: fields.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(
            String.init),
          tags: tags.split(separator: " ").map(String.init)))
    }
    let cardRows = try Row.fetchCursor(
      db, sql: "SELECT id, nid, did, ord, queue FROM cards ORDER BY nid, ord")
    while let row = try cardRows.next() {
      cards.append(AnkiCard(id: row[0], note: row[1], deck: row[2], ord: row[3], queue: row[4]))
    }
    let reviewRows = try Row.fetchCursor(
      db, sql: "SELECT id, cid, ease, time, type FROM revlog ORDER BY id")
    while let row = try reviewRows.next() {
      reviews.append(
        AnkiReview(id: row[0], card: row[1], ease: row[2], durationMs: row[3], type: row[4]))
    }
  }
}
