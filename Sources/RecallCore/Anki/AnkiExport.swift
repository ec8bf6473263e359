import Foundation
import GRDB
import ZIPFoundation

#if canImport(Glibc)
  import Glibc
#endif

/// One answer of a learner's history, as an export needs it.
public struct ExportedAnswer: Sendable {
  /// The card answered.
  public var card: String
  /// When.
  public var at: Date
  /// The grade.
  public var rating: Rating
  /// Time taken, when recorded.
  public var durationMs: Int?

  /// An answer from its parts.
  public init(card: String, at: Date, rating: Rating, durationMs: Int?) {
    self.card = card
    self.at = at
    self.rating = rating
    self.durationMs = durationMs
  }
}

/// A learner's progress on the deck being exported.
public struct ExportedLearner: Sendable {
  /// Card states (for the deck's key).
  public var progress: LearnerProgress
  /// Answers not undone, oldest first (any deck: others are left out).
  public var answers: [ExportedAnswer]
  /// The learner's settings (scheduler, study day).
  public var settings: LearnerSettings

  /// A learner from its parts.
  public init(progress: LearnerProgress, answers: [ExportedAnswer], settings: LearnerSettings) {
    self.progress = progress
    self.answers = answers
    self.settings = settings
  }
}

/// Writes a deck as an Anki package: a legacy (schema 11) `collection.anki21`, which every
/// Anki since 2.1 imports, with one note per card (note types from `AnkiNoteTypes`), sections
/// as tags, and with a learner each card's schedule, FSRS memory state and the review log.
public enum AnkiExport {
  /// What was written.
  public struct Summary: Sendable {
    /// Notes (one per card).
    public var notes: Int
    /// Review-log rows.
    public var reviews: Int
  }

  /// Writes `deck` (filed as `deckKey`) with `learner`'s progress to `url`: built beside it
  /// in temporary files and renamed into place once complete.
  public static func write(
    _ deck: Deck, deckKey: String, learner: ExportedLearner?, to url: URL, now: Date
  ) throws(AnkiError) -> Summary {
    let folder = url.deletingLastPathComponent()
    let base = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    let database = URL(fileURLWithPath: base.path + ".sqlite")
    let archive = URL(fileURLWithPath: base.path + ".zip")
    defer {
      for file in [database, archive] {
        for suffix in ["", "-journal"] { unlink(file.path + suffix) }
      }
    }
    for file in [database, archive] { unlink(file.path) }
    let summary: Summary
    do {
      summary = try AnkiCollectionWriter.write(
        deck, deckKey: deckKey, learner: learner, to: database, now: now)
    } catch let error as AnkiError {
      throw error
    } catch {
      throw .writeFailed(path: url.path, reason: "\(error)")
    }
    do {
      let zip = try Archive(url: archive, accessMode: .create)
      try zip.addEntry(
        with: "collection.anki21", fileURL: database, compressionMethod: .deflate)
      for (name, bytes) in [("media", Data("{}".utf8)), ("meta", Data([0x08, 0x02]))] {
        try zip.addEntry(
          with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none
        ) { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) }
      }
    } catch {
      throw .writeFailed(path: url.path, reason: "\(error)")
    }
    let fd = open(archive.path, O_RDONLY | O_CLOEXEC)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
    guard rename(archive.path, url.path) == 0 else {
      throw .writeFailed(path: url.path, reason: String(cString: strerror(errno)))
    }
    try? AtomicFile.syncFolder(folder.path)
    return summary
  }
}
