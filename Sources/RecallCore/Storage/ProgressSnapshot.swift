import Foundation

/// The snapshot file `Progress/<learner>/progress.json`: card states up to a point in the journal.
public struct ProgressSnapshot: Codable, Hashable, Sendable {
  /// The progress format this code writes.
  ///
  /// Version 2 added `journal_tail`; version 1 files are read as they are (without the check)
  /// and the next snapshot is written as version 2.
  public static let currentFormatVersion = 2

  /// Format version of the file.
  public var formatVersion: Int
  /// The learner's name.
  public var learner: String
  /// Byte offset in the journal up to which the snapshot includes the answers.
  public var journalOffset: Int
  /// Number of journal lines before `journalOffset`.
  public var journalLines: Int
  /// The last journal line before `journalOffset` (version 2; nil at offset 0 and in version 1).
  public var journalTail: JournalTail?
  /// Answers recorded, in all.
  public var reviewCount: Int
  /// When the snapshot was written.
  public var savedAt: Date
  /// Card progress by deck name and card id.
  public var decks: [String: [String: CardProgress]]
  /// The latest answers that can still be undone, oldest first.
  public var undoable: [ReviewRecord]?

  /// A snapshot from its parts (`recall doctor` and the benchmark build them).
  public init(
    formatVersion: Int = ProgressSnapshot.currentFormatVersion, learner: String,
    journalOffset: Int, journalLines: Int, journalTail: JournalTail?, reviewCount: Int,
    savedAt: Date, decks: [String: [String: CardProgress]], undoable: [ReviewRecord]?
  ) {
    self.formatVersion = formatVersion
    self.learner = learner
    self.journalOffset = journalOffset
    self.journalLines = journalLines
    self.journalTail = journalTail
    self.reviewCount = reviewCount
    self.savedAt = savedAt
    self.decks = decks
    self.undoable = undoable
  }

  /// Reads a snapshot file: the fast reader, else `JSONDecoder` (which locates any error), and
  /// then the ranges of its numbers. Throws where and what is wrong.
  static func read(_ data: Data) throws(JSONIssue) -> ProgressSnapshot {
    let snapshot: ProgressSnapshot
    if let fast = fastDecode(data) {
      snapshot = fast
    } else {
      snapshot = try JSONCoding.decode(ProgressSnapshot.self, from: data)
    }
    if let (field, message) = snapshot.problem {
      let path = field.split(separator: ".").map { DeckStore.Key(String($0)) }
      throw JSONIssue(line: JSONLocator.line(of: path, in: data), field: field, message: message)
    }
    return snapshot
  }

  /// The first number out of range (a negative or huge count or offset, a tail that is not
  /// inside the journal before the offset), nil when the snapshot is sound.
  var problem: (field: String, message: String)? {
    let counts = [
      ("format_version", formatVersion), ("journal_offset", journalOffset),
      ("journal_lines", journalLines), ("review_count", reviewCount),
    ]
    for (field, value) in counts {
      if let problem = FileLimits.countProblem(value) { return (field, problem) }
    }
    if let journalTail, !(1...max(1, journalOffset)).contains(journalTail.length) {
      return (
        "journal_tail.length",
        "\(journalTail.length) is not the length of a line before journal_offset (\(journalOffset))"
      )
    }
    return nil
  }

  enum CodingKeys: String, CodingKey {
    case formatVersion = "format_version"
    case learner
    case journalOffset = "journal_offset"
    case journalLines = "journal_lines"
    case journalTail = "journal_tail"
    case reviewCount = "review_count"
    case savedAt = "saved_at"
    case decks, undoable
  }
}
