import Foundation

/// Reads and writes the decks in a recall home's `Decks/` folder.
public struct DeckStore: Sendable {
  /// The folder holding the deck files.
  public let folder: URL

  /// The store of `home/Decks`.
  public init(home: URL) {
    self.folder = home.appendingPathComponent("Decks", isDirectory: true)
  }

  /// The names of the decks (file names without `.json`), sorted.
  public func names() -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      .map { String($0.dropLast(5)) }
      .sorted()
  }

  /// The file of deck `name`; a name ending in `.json` or containing `/` is taken as a path.
  public func url(for name: String) -> URL {
    if name.hasSuffix(".json") || name.contains("/") {
      return URL(fileURLWithPath: name)
    }
    return folder.appendingPathComponent(name + ".json")
  }

  /// The file deck `name` is written to: always `Decks/NAME.json`. A name (with or without
  /// `.json`) is letters, digits, `-`, `_`, `.` and spaces, not starting with `.`; a path,
  /// `..` or anything else is refused, so no deck is ever written outside `Decks/`.
  public func writableURL(for name: String) throws(DeckError) -> URL {
    let bare = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    guard !bare.isEmpty, bare.count <= 100 else {
      throw .invalidName(name, reason: "use 1 to 100 characters")
    }
    guard !bare.hasPrefix(".") else {
      throw .invalidName(name, reason: "it may not start with '.'")
    }
    let allowed = bare.unicodeScalars.allSatisfy { scalar in
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-"
        || scalar == "_" || scalar == "." || scalar == " "
    }
    guard allowed else {
      throw .invalidName(name, reason: "use only letters, digits, '-', '_', '.' and spaces")
    }
    return folder.appendingPathComponent(bare + ".json")
  }

  /// The deck's short name: its file name without `.json`.
  public static func name(of url: URL) -> String {
    let file = url.lastPathComponent
    return file.hasSuffix(".json") ? String(file.dropLast(5)) : file
  }

  /// Loads deck `name` (a name in `Decks/` or a path).
  public func load(_ name: String) throws(DeckError) -> Deck {
    let url = url(for: name)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw .notFound(name, known: names())
    }
    return try DeckStore.load(from: url, displayPath: name.contains("/") ? name : relative(url))
  }

  /// Loads and validates the deck in `url`; `displayPath` names it in errors.
  public static func load(from url: URL, displayPath: String? = nil) throws(DeckError) -> Deck {
    let path = displayPath ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    return try decode(data, path: path)
  }

  /// Decodes and validates deck JSON; `path` names the file in errors.
  public static func decode(_ data: Data, path: String) throws(DeckError) -> Deck {
    let deck = try decodeStructure(data, path: path)
    if let problem = DeckValidator.firstProblem(in: deck) {
      throw .malformed(path: path, issue: problem.issue(in: data))
    }
    return deck
  }

  /// Decodes deck JSON and checks its version and that it has cards, but not the cards'
  /// contents (`DeckValidator` does that); `path` names the file in errors.
  public static func decodeStructure(_ data: Data, path: String) throws(DeckError) -> Deck {
    if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .empty(path: path)
    }
    let deck: Deck
    do {
      deck = try JSONCoding.decode(Deck.self, from: data)
    } catch {
      throw .malformed(path: path, issue: error)
    }
    if deck.formatVersion > Deck.currentFormatVersion {
      throw .unsupportedVersion(path: path, version: deck.formatVersion)
    }
    if deck.formatVersion < 1 {
      throw .malformed(
        path: path,
        issue: JSONIssue(
          line: JSONLocator.line(of: [Key("format_version")], in: data), field: "format_version",
          message: "\(deck.formatVersion) is not a deck format version (use 1)"))
    }
    if deck.cards.isEmpty { throw .noCards(path: path) }
    return deck
  }

  /// Writes `deck` to `url` atomically, as pretty JSON with sorted keys.
  public static func save(_ deck: Deck, to url: URL) throws(DeckError) {
    let data: Data
    do {
      data = try JSONCoding.fileEncoder().encode(deck)
    } catch {
      throw .writeFailed(path: url.path, reason: "\(error)")
    }
    do {
      try AtomicFile.write(data + Data("\n".utf8), to: url)
    } catch {
      throw .writeFailed(path: url.path, reason: error.reason)
    }
  }

  func relative(_ url: URL) -> String {
    "Decks/" + url.lastPathComponent
  }

  /// A coding key made from a string or an index, for locating fields.
  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) {
      stringValue = string
      intValue = nil
    }
    init(_ index: Int) {
      stringValue = "\(index)"
      intValue = index
    }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
  }
}
