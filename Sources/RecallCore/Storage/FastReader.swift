import Foundation

/// Reads journal entries and card progress from a `JSONTree` without `JSONDecoder`, which
/// costs about 20 µs a journal line; this costs a small fraction of that (replaying a long
/// journal, loading a snapshot of many cards).
///
/// It never decides that a value is bad: anything it is not sure of (a duplicate key, a type
/// or a number form it does not expect, a value out of range) makes it return nil, and the
/// caller decodes with `JSONDecoder`, which gives the located error or the value. When it
/// returns a value, it is the one `JSONDecoder` would give (checked by fuzz tests).
enum FastReader {
  typealias Value = JSONTree.Value

  /// The entry on `line` (a journal line without its newline), or nil to let `JSONDecoder`
  /// decide (also when the line is not JSON).
  static func entry(_ line: ArraySlice<UInt8>) -> JournalEntry? {
    guard let tree = try? JSONTree.parse(line, allowsTrailingCommas: true) else { return nil }
    return entry(tree)
  }

  /// The entry that `value`, a parsed journal line, holds; nil when unsure.
  static func entry(_ value: Value) -> JournalEntry? {
    guard let fields = object(value) else { return nil }
    let event: String?
    switch fields["event"] {
    case nil, .null?: event = nil
    case .string(let text)?: event = String(decoding: text, as: UTF8.self)
    default: return nil
    }
    guard case .string(let deckBytes)? = fields["deck"],
      case .string(let cardBytes)? = fields["card"], let at = date(fields["at"]) ?? nil
    else { return nil }
    let deck = String(decoding: deckBytes, as: UTF8.self)
    let card = String(decoding: cardBytes, as: UTF8.self)
    if event == nil || event == "review" {
      guard let ratingValue = int(fields["rating"]) ?? nil,
        let rating = Rating(rawValue: ratingValue),
        let duration = int(fields["duration_ms"]), let before = progress(fields["before"]),
        let after = progress(fields["after"]) ?? nil
      else { return nil }
      return .review(
        ReviewRecord(
          deck: deck, card: card, rating: rating, at: at, durationMs: duration, before: before,
          after: after))
    }
    guard let event, let kind = CardChange.Kind(rawValue: event),
      let before = progress(fields["before"]), let after = progress(fields["after"]),
      let undoes = date(fields["undoes"])
    else { return nil }
    return .change(
      CardChange(
        event: kind, deck: deck, card: card, at: at, before: before, after: after, undoes: undoes))
  }

  // Each reader: nil when unsure; .some(nil) for an absent or null optional.

  /// An object whose keys are all different (`JSONDecoder` and this reader could pick
  /// different members of a duplicate).
  static func object(_ value: Value?) -> JSONTree.Object? {
    guard case .object(let fields)? = value, !fields.hasDuplicateKeys else { return nil }
    return fields
  }

  static func int(_ value: Value?) -> Int?? {
    switch value {
    case nil, .null?: return .some(nil)
    case .number(let bytes)?:
      // Whole numbers only: "1e2" or "1.0" go to JSONDecoder.
      guard bytes.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2D }),
        let number = Int(String(decoding: bytes, as: UTF8.self))
      else { return nil }
      return .some(number)
    default: return nil
    }
  }

  static func double(_ value: Value?) -> Double?? {
    switch value {
    case nil, .null?: return .some(nil)
    case .number(let bytes)?:
      guard let number = Double(String(decoding: bytes, as: UTF8.self)), number.isFinite
      else { return nil }
      return .some(number)
    default: return nil
    }
  }

  static func bool(_ value: Value?) -> Bool?? {
    switch value {
    case nil, .null?: return .some(nil)
    case .bool(let flag)?: return .some(flag)
    default: return nil
    }
  }

  static func date(_ value: Value?) -> Date?? {
    switch value {
    case nil, .null?: return .some(nil)
    case .string(let text)?:
      guard let date = text.withUnsafeBufferPointer({ ISODate.parse(utf8: $0) }) else {
        return nil
      }
      return .some(date)
    default: return nil
    }
  }

  static func progress(_ value: Value?) -> CardProgress?? {
    switch value {
    case nil, .null?: return .some(nil)
    case .object?:
      guard let fields = object(value), let memory = object(fields["memory"]),
        case .string(let stateName)? = memory["state"],
        let state = CardState(rawValue: String(decoding: stateName, as: UTF8.self)),
        let step = int(memory["step"]), let stability = double(memory["stability"]),
        let difficulty = double(memory["difficulty"]), let due = date(memory["due"]) ?? nil,
        let lastReview = date(memory["last_review"]),
        let reps = int(fields["reps"]), let lapses = int(fields["lapses"]),
        let suspended = bool(fields["suspended"]), let buried = date(fields["buried_until"]),
        let flagged = bool(fields["flagged"]), let first = date(fields["first_review"]),
        let leech = bool(fields["leech"])
      else { return nil }
      let progress = CardProgress(
        memory: MemoryState(
          state: state, step: step, stability: stability, difficulty: difficulty, due: due,
          lastReview: lastReview),
        reps: reps ?? 0, lapses: lapses ?? 0, suspended: suspended ?? false,
        buriedUntil: buried, flagged: flagged ?? false, firstReview: first,
        leech: leech ?? false)
      // Out of range: `JSONDecoder` names the field.
      return progress.isSound ? .some(progress) : nil
    default: return nil
    }
  }
}
