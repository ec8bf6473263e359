import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An Anki package (`.apkg`) read as recall cards, with its review log ready for a learner.
///
/// Reading writes nothing but a temporary copy of the collection in `scratch` (removed before
/// returning); the caller writes the deck and the learner's history once everything is read.
public struct AnkiImport {
  /// The package's cards, in note order.
  public var cards: [Card]
  /// Media files the package names (recall imports no media).
  public var mediaCount = 0
  /// The package's notes.
  public var noteCount = 0
  let collection: AnkiCollection
  let cardIDs: [Int64: String]

  /// Reads the package `url` (shown as `path`); entries may expand to `limit` bytes at most.
  public static func read(
    _ url: URL, path: String, scratch: URL, limit: Int = AnkiImport.sizeLimit
  ) throws(AnkiError) -> AnkiImport {
    let package = try AnkiPackage.read(url, path: path, limit: limit)
    let collection = try withTemporaryFile(package.collection, in: scratch, path: path) {
      file throws(AnkiError) in try AnkiCollection.read(file, path: path)
    }
    let made = try AnkiCardMaker(collection, path: path)
    return AnkiImport(
      cards: made.cards, mediaCount: package.mediaCount, noteCount: collection.notes.count,
      collection: collection, cardIDs: made.cardIDs)
  }

  /// The most a package's collection may expand to: 1 GiB.
  public static let sizeLimit = AnkiPackage.collectionLimit

  /// `deck` (or a new deck titled `title`, from `source`) with the package's cards added, and
  /// those it had replaced by the package's version (keeping their section); `tags` go on the
  /// cards added.
  public func merged(into deck: Deck?, title: String, source: String, tags: [String] = [])
    -> AnkiMerge
  {
    var result = AnkiMerge(deck: deck ?? Deck(title: title, source: source, cards: []))
    var index: [String: Int] = [:]
    for (position, card) in result.deck.cards.enumerated() { index[card.id] = position }
    for card in cards {
      if let position = index[card.id] {
        var merged = card
        merged.section = result.deck.cards[position].section
        for tag in result.deck.cards[position].tags
        where tags.contains(tag) && !merged.tags.contains(tag) {
          merged.tags.append(tag)
        }
        if result.deck.cards[position] == merged {
          result.unchanged += 1
        } else {
          result.deck.cards[position] = merged
          result.updated.append(card.id)
        }
      } else {
        var added = card
        for tag in tags where !added.tags.contains(tag) { added.tags.append(tag) }
        index[card.id] = result.deck.cards.count
        result.deck.cards.append(added)
        result.added.append(card.id)
      }
    }
    return result
  }

  /// The package's review log as journal entries for deck `deck` on top of `progress`.
  public func history(
    deck: String, progress: LearnerProgress, scheduler: Scheduler, now: Date, day: StudyDay
  ) -> AnkiImportHistory {
    let history = AnkiHistory(
      collection, cardIDs: cardIDs, deck: deck, progress: progress, scheduler: scheduler,
      now: now, day: day)
    return AnkiImportHistory(
      entries: history.entries, reviews: history.reviews, alreadyKnown: history.alreadyKnown,
      skipped: history.skipped)
  }

  /// Runs `body` on `bytes` written to a new file in `folder`, removed afterwards. A collection
  /// Anki left in WAL mode is marked as a rollback-journal database, so it opens read-only.
  static func withTemporaryFile<T>(
    _ bytes: Data, in folder: URL, path: String, _ body: (URL) throws(AnkiError) -> T
  ) throws(AnkiError) -> T {
    var bytes = bytes
    if bytes.count > 19, bytes.starts(with: Array("SQLite format 3\0".utf8)) {
      bytes[bytes.startIndex + 18] = 1
      bytes[bytes.startIndex + 19] = 1
    }
    let file = folder.appendingPathComponent(
      ".apkg-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try bytes.write(to: file, options: .withoutOverwriting)
    } catch {
      throw .writeFailed(path: file.path, reason: error.localizedDescription)
    }
    defer {
      for suffix in ["", "-journal", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: file.path + suffix)
      }
    }
    return try body(file)
  }
}

/// A deck with a package's cards merged in.
public struct AnkiMerge {
  /// The deck to write.
  public var deck: Deck
  /// Ids of the cards new to the deck.
  public var added: [String] = []
  /// Ids of cards the deck had, whose text or tags the package changed.
  public var updated: [String] = []
  /// Cards of the package the deck already had as they are.
  public var unchanged = 0
}

/// A package's review log turned into a learner's journal entries.
public struct AnkiImportHistory {
  /// Answers (one per review) and suspensions and burials, oldest first.
  public var entries: [JournalEntry]
  /// Reviews turned into answers.
  public var reviews: Int
  /// Reviews the learner's history already held (the package was imported before).
  public var alreadyKnown: Int
  /// Review-log rows left out: manual reschedules and templates recall made no card for.
  public var skipped: Int
}
