import Foundation

extension ProgressSnapshot {
  /// Reads a snapshot as recall writes it, several times faster than `JSONDecoder` (whose cost
  /// dominated loading a learner with many cards, and the class report). Returns nil when
  /// unsure, and the caller decodes with `JSONDecoder`, which gives the located error or the
  /// value; when it returns a snapshot, it is the one `JSONDecoder` would give.
  static func fastDecode(_ data: Data) -> ProgressSnapshot? {
    typealias Read = FastReader
    guard let tree = try? JSONTree.parse([UInt8](data)[...]), let fields = Read.object(tree),
      let version = Read.int(fields["format_version"]) ?? nil,
      case .string(let learner)? = fields["learner"],
      let offset = Read.int(fields["journal_offset"]) ?? nil,
      let lines = Read.int(fields["journal_lines"]) ?? nil,
      let reviewCount = Read.int(fields["review_count"]) ?? nil,
      let savedAt = Read.date(fields["saved_at"]) ?? nil,
      let deckValues = Read.object(fields["decks"])
    else { return nil }

    var tail: JournalTail?
    switch fields["journal_tail"] {
    case nil, .null?: tail = nil
    case .object?:
      guard let parts = Read.object(fields["journal_tail"]),
        let length = Read.int(parts["length"]) ?? nil, case .string(let hash)? = parts["fnv1a"]
      else { return nil }
      tail = JournalTail(length: length, fnv1a: String(decoding: hash, as: UTF8.self))
    default: return nil
    }

    var decks: [String: [String: CardProgress]] = [:]
    for (deck, value) in deckValues.members {
      guard let cards = Read.object(value) else { return nil }
      var states = [String: CardProgress](minimumCapacity: cards.count)
      for (id, card) in cards.members {
        guard let progress = Read.progress(card) ?? nil else { return nil }
        states[id] = progress
      }
      decks[deck] = states
    }

    var undoable: [ReviewRecord]?
    switch fields["undoable"] {
    case nil, .null?: undoable = nil
    case .array(let items)?:
      var records: [ReviewRecord] = []
      records.reserveCapacity(items.count)
      for item in items {
        guard case .review(let record)? = Read.entry(item) else {
          return nil
        }
        records.append(record)
      }
      undoable = records
    default: return nil
    }

    return ProgressSnapshot(
      formatVersion: version, learner: String(decoding: learner, as: UTF8.self),
      journalOffset: offset, journalLines: lines, journalTail: tail, reviewCount: reviewCount,
      savedAt: savedAt, decks: decks, undoable: undoable)
  }
}
