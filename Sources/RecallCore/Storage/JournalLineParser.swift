import Foundation

/// A fast reader for journal lines as recall writes them: plain ASCII strings, numbers,
/// booleans, null and nested objects. Replaying a long journal with `JSONDecoder` costs about
/// 20 µs a line; this costs a small fraction of that.
///
/// It never decides that a line is bad: anything it is not sure of (an escape, non-ASCII
/// text, an array, a duplicate key, a type it does not expect) makes it return nil, and the
/// caller decodes the line with `JSONDecoder`, which gives the located error or the value.
/// When it returns an entry, it is the one `JSONDecoder` would give (checked by fuzz tests).
enum JournalLineParser {
  enum Value {
    /// A string's bytes, between the quotes: printable ASCII without escapes.
    case string(ArraySlice<UInt8>)
    case number(ArraySlice<UInt8>)
    case bool(Bool)
    case null
    case object(Object)
    /// Only snapshots hold arrays (their undo stack); a journal line with one goes to
    /// `JSONDecoder`, as no reader here accepts an array where a line has a field.
    case array([Value])
  }

  /// An object's members in the order written. Lines and card states have a dozen keys at
  /// most, found faster by a look along the list than by hashing a `String` made for each.
  struct Object {
    private(set) var keys: [ArraySlice<UInt8>] = []
    private(set) var values: [Value] = []
    /// Keys seen, kept only once an object is large (a snapshot's cards), for duplicates.
    private var large: Set<ArraySlice<UInt8>>?

    var count: Int { keys.count }

    /// The value of `key`, nil when absent.
    subscript(key: String) -> Value? {
      let found = key.utf8.withContiguousStorageIfAvailable { wanted in
        keys.firstIndex { $0.count == wanted.count && $0.elementsEqual(wanted) }
      }
      guard let index = found ?? keys.firstIndex(where: { $0.elementsEqual(key.utf8) }) else {
        return nil
      }
      return values[index]
    }

    /// Adds a member; false when the key is already there (then the line goes to the decoder).
    mutating func add(_ key: ArraySlice<UInt8>, _ value: Value) -> Bool {
      if var seen = large {
        large = nil
        guard seen.insert(key).inserted else { return false }
        large = seen
      } else {
        guard !keys.contains(where: { $0 == key }) else { return false }
        if keys.count == 16 { large = Set(keys + [key]) }
      }
      keys.append(key)
      values.append(value)
      return true
    }

    /// Each member's key, as text, and value.
    var members: some Sequence<(String, Value)> {
      zip(keys.lazy.map { String(decoding: $0, as: UTF8.self) }, values)
    }
  }

  /// The entry on `line` (without its newline), or nil to let `JSONDecoder` decide.
  static func entry(_ line: ArraySlice<UInt8>) -> JournalEntry? {
    var scanner = Scanner(bytes: line)
    guard case .object(let fields)? = scanner.value(), scanner.atEndAfterSpace else { return nil }
    return entry(fields)
  }

  static func entry(_ fields: Object) -> JournalEntry? {
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
    case .object(let fields)?:
      guard case .object(let memory)? = fields["memory"],
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

  struct Scanner {
    let bytes: ArraySlice<UInt8>
    var offset: Int
    /// Arrays and objects open around the current value.
    var depth = 0

    init(bytes: ArraySlice<UInt8>) {
      self.bytes = bytes
      offset = bytes.startIndex
    }

    var atEndAfterSpace: Bool {
      mutating get {
        skipSpace()
        return offset == bytes.endIndex
      }
    }

    mutating func skipSpace() {
      // JSON's whitespace; a journal line has no newline inside, a snapshot has many.
      while offset < bytes.endIndex {
        switch bytes[offset] {
        case 0x20, 0x09, 0x0D, 0x0A: offset += 1
        default: return
        }
      }
    }

    mutating func take(_ byte: UInt8) -> Bool {
      skipSpace()
      guard offset < bytes.endIndex, bytes[offset] == byte else { return false }
      offset += 1
      return true
    }

    mutating func value() -> Value? {
      skipSpace()
      guard offset < bytes.endIndex else { return nil }
      switch bytes[offset] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard depth < FileLimits.maximumNesting else { return nil }
        depth += 1
        defer { depth -= 1 }
        return container()
      case UInt8(ascii: "\""):
        return string().map(Value.string)
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "n"): return literal("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        return number().map(Value.number)
      default: return nil
      }
    }

    /// The object or array starting at `offset`.
    mutating func container() -> Value? {
      switch bytes[offset] {
      case UInt8(ascii: "{"):
        offset += 1
        var fields = Object()
        if take(UInt8(ascii: "}")) { return .object(fields) }
        repeat {
          skipSpace()
          guard let key = string(), take(UInt8(ascii: ":")), let value = value(),
            fields.add(key, value)
          else { return nil }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}")) ? .object(fields) : nil
      case UInt8(ascii: "["):
        offset += 1
        var items: [Value] = []
        if take(UInt8(ascii: "]")) { return .array(items) }
        repeat {
          guard let item = value() else { return nil }
          items.append(item)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? .array(items) : nil
      default: return nil
      }
    }

    /// A number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    mutating func number() -> ArraySlice<UInt8>? {
      let start = offset
      func digits() -> Int {
        let first = offset
        while offset < bytes.endIndex, (0x30...0x39).contains(bytes[offset]) { offset += 1 }
        return offset - first
      }
      if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
      let leadingZero = offset < bytes.endIndex && bytes[offset] == UInt8(ascii: "0")
      let whole = digits()
      guard whole > 0, !(leadingZero && whole > 1) else { return nil }
      if offset < bytes.endIndex, bytes[offset] == UInt8(ascii: ".") {
        offset += 1
        guard digits() > 0 else { return nil }
      }
      if offset < bytes.endIndex, bytes[offset] | 0x20 == UInt8(ascii: "e") {
        offset += 1
        if offset < bytes.endIndex,
          bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
        {
          offset += 1
        }
        guard digits() > 0 else { return nil }
      }
      return bytes[start..<offset]
    }

    /// A string of printable ASCII without escapes; nil for anything else.
    mutating func string() -> ArraySlice<UInt8>? {
      guard offset < bytes.endIndex, bytes[offset] == UInt8(ascii: "\"") else { return nil }
      let start = offset + 1
      var end = start
      while end < bytes.endIndex, bytes[end] != UInt8(ascii: "\"") {
        guard bytes[end] >= 0x20, bytes[end] < 0x7F, bytes[end] != UInt8(ascii: "\\") else {
          return nil
        }
        end += 1
      }
      guard end < bytes.endIndex else { return nil }
      offset = end + 1
      return bytes[start..<end]
    }

    mutating func literal(_ word: StaticString, _ value: Value) -> Value? {
      let count = word.utf8CodeUnitCount
      guard bytes.endIndex - offset >= count else { return nil }
      let matches = word.withUTF8Buffer { expected in
        bytes[offset..<offset + count].elementsEqual(expected)
      }
      guard matches else { return nil }
      offset += count
      return value
    }
  }
}
