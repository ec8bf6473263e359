/// Why a deck could not be used. Each message is one line a user can act on.
public enum DeckError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No deck by that name or path; lists the decks there are.
  case notFound(String, known: [String])
  /// The file exists but could not be read.
  case unreadable(path: String, reason: String)
  /// The file is empty.
  case empty(path: String)
  /// The file is not a valid deck: bad JSON, a wrong or missing field.
  case malformed(path: String, issue: JSONIssue)
  /// The file was written by a newer recall.
  case unsupportedVersion(path: String, version: Int)
  /// The deck has no cards.
  case noCards(path: String)
  /// The deck could not be written.
  case writeFailed(path: String, reason: String)
  /// A card with this id is already in the deck.
  case duplicateID(String)
  /// The deck has no card with this id.
  case cardNotFound(String)
  /// A card would break a rule of the format (empty side, choices without the answer, …).
  case invalidCard(id: String, problem: String)
  /// A file to import is unusable at a line (or as a whole when `line` is nil).
  case importFailed(path: String, line: Int?, problem: String)
  /// A deck to write is named by something other than a name in `Decks/`.
  case invalidName(String, reason: String)

  public var description: String {
    switch self {
    case .notFound(let name, let known):
      let list =
        known.isEmpty ? "there are no decks yet" : "known decks: " + known.joined(separator: ", ")
      return "no deck '\(name)' (\(list))"
    case .unreadable(let path, let reason):
      return "\(path): cannot read the deck: \(reason)"
    case .empty(let path):
      return "\(path): the deck file is empty; generate it again with 'recall generate'"
    case .malformed(let path, let issue):
      return "\(path): \(issue.location); fix the deck file and try again"
    case .unsupportedVersion(let path, let version):
      return
        "\(path): format_version \(version) is newer than this recall understands (\(Deck.currentFormatVersion)); update recall"
    case .noCards(let path):
      return "\(path): the deck has no cards"
    case .writeFailed(let path, let reason):
      return "\(path): cannot write the deck: \(reason)"
    case .duplicateID(let id):
      return
        "the deck already has a card '\(id)'; give another --term to make a different id, or edit that card"
    case .cardNotFound(let id):
      return "no card '\(id)' in the deck; 'recall deck show NAME' lists the ids"
    case .invalidCard(let id, let problem):
      return "card '\(id)': \(problem)"
    case .importFailed(let path, let line, let problem):
      return line.map { "\(path): line \($0): \(problem)" } ?? "\(path): \(problem)"
    case .invalidName(let name, let reason):
      return
        "deck name '\(name.debugDescription.dropFirst().dropLast())' is not allowed: \(reason); a deck is written only as Decks/NAME.json"
    }
  }
}
