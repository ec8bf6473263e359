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
