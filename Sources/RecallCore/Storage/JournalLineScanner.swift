import Foundation

/// Reads the few fields statistics need from one journal line without building the whole record.
///
/// Handles the lines recall writes (any key order, no escapes in deck or card names, ISO-8601
/// dates); returns nil for anything else so the caller can fall back to `JSONDecoder`.
struct JournalLineScanner {
  /// What kind of line.
  enum Event { case review, undo, other }

  /// The fields of one line; `deck` and `card` are byte ranges of the buffer.
  struct Fields {
    var event = Event.review
    var deck: Range<Int>?
    var card: Range<Int>?
    var rating = 0
    var at: Double?
    var durationMs = -1
    var wasReview = false
  }

  let bytes: UnsafeBufferPointer<UInt8>
  private var i: Int
  private let end: Int

  /// A scanner over `bytes[start..<end]`.
  init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
    self.bytes = bytes
    self.i = start
    self.end = end
  }

  /// The fields of the line, or nil when it needs the full decoder.
  mutating func fields() -> Fields? {
    var fields = Fields()
    skipSpace()
    guard take(0x7B) else { return nil }  // {
    skipSpace()
    if take(0x7D) { return nil }
    while true {
      skipSpace()
      guard let key = string() else { return nil }
      skipSpace()
      guard take(0x3A) else { return nil }  // :
      skipSpace()
      switch key.count {
      case 2 where matches(key, "at"):
        guard let range = string(), let date = Self.date(bytes, range) else { return nil }
        fields.at = date
      case 4 where matches(key, "deck"):
        guard let range = string() else { return nil }
        fields.deck = range
      case 4 where matches(key, "card"):
        guard let range = string() else { return nil }
        fields.card = range
      case 5 where matches(key, "event"):
        guard let range = string() else { return nil }
        if matches(range, "review") {
          fields.event = .review
        } else if matches(range, "undo") {
          fields.event = .undo
        } else {
          fields.event = .other
        }
      case 6 where matches(key, "rating"):
        guard let value = integer() else { return nil }
        fields.rating = value
      case 6 where matches(key, "before"):
        if peek == 0x7B, let (state, next) = beforeShortcut() {
          fields.wasReview = state
          i = next
        } else if peek == 0x7B {
          guard let state = memoryState() else { return nil }
          fields.wasReview = state
        } else {
          guard skipValue() else { return nil }
        }
      case 11 where matches(key, "duration_ms"):
        if peek == 0x6E {
          guard skipValue() else { return nil }
        } else {
          guard let value = integer() else { return nil }
          fields.durationMs = value
        }
      case 5 where matches(key, "after") && peek == 0x7B:
        // Most of a line is the card's state after the answer, which statistics do not need.
        // recall writes sorted keys, so `"at"` follows it: jump to its `}` with memchr.
        if let close = objectEnd(from: i, followedBy: Self.afterNext) {
          i = close + 1
        } else {
          guard skipValue() else { return nil }
        }
      default:
        guard skipValue() else { return nil }
      }
      skipSpace()
      if take(0x2C) { continue }
      guard take(0x7D) else { return nil }
      break
    }
    guard fields.deck != nil, fields.card != nil else { return nil }
    if fields.event == .review, fields.at == nil || !(1...4).contains(fields.rating) {
      return nil
    }
    return fields
  }

  private var peek: UInt8 { i < end ? bytes[i] : 0 }

  /// `,"at":`, the text that follows the `after` object in the lines recall writes.
  private static let afterNext: [UInt8] = Array(",\"at\":".utf8)
  /// `,"card":`, the text that follows the `before` object in the lines recall writes.
  private static let beforeNext: [UInt8] = Array(",\"card\":".utf8)
  /// `,"reps"`, the key that follows a card's `memory` object in the lines recall writes.
  private static let repsNext: [UInt8] = Array(",\"reps\"".utf8)

  /// The offset of the `}` closing the card progress that starts at `from`, when it is followed
  /// by `next` (`,"at":` after `after`, `,"card":` after `before`), found with memchr. Only the
  /// shape recall writes is taken: inside, the one other `}` (the memory's) is followed by
  /// `,"reps"` or `}`. Any other `}` means another shape, where the search could run past the
  /// object into the next keys (a `before` skipped with `after`): nil, and the caller walks
  /// the object. Card progress holds only dates, numbers and words, so no `}` inside a string.
  private func objectEnd(from: Int, followedBy next: [UInt8]) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var position = from
    while position < end, let hit = memchr(base + position, 0x7D, end - position) {
      let close = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if starts(with: next, at: close + 1) { return close }
      guard
        starts(with: Self.repsNext, at: close + 1) || (close + 1 < end && base[close + 1] == 0x7D)
      else { return nil }
      position = close + 1
    }
    return nil
  }

  private func starts(with text: [UInt8], at offset: Int) -> Bool {
    guard offset + text.count <= end else { return false }
    for k in 0..<text.count where bytes[offset + k] != text[k] { return false }
    return true
  }

  /// `state":"`, the first key of that name inside a card's progress (that of its memory); the
  /// search starts at `s`, rarer in a card's progress than `"`, and checks the quote before it.
  private static let stateKey: [UInt8] = Array("state\":\"".utf8)
  /// `review"`, the state value that makes an answer count for true retention.
  private static let reviewValue: [UInt8] = Array("review\"".utf8)

  /// In the lines recall writes (sorted keys), `before` is followed by `"card"` and holds one
  /// `"state"` key, its memory's: finds both with `memchr` instead of walking the object.
  /// Returns whether the state is `review` and where `before` ends, or nil for other shapes.
  private func beforeShortcut() -> (Bool, Int)? {
    guard let state = Self.find(Self.stateKey, in: bytes, from: i, to: end), state > i,
      bytes[state - 1] == 0x22,
      let close = objectEnd(from: i, followedBy: Self.beforeNext), state < close
    else { return nil }
    let next = close + 1
    let value = state + Self.stateKey.count
    guard value + Self.reviewValue.count <= next else { return nil }
    var review = true
    for k in 0..<Self.reviewValue.count where bytes[value + k] != Self.reviewValue[k] {
      review = false
      break
    }
    return (review, next)
  }

  /// The offset of the first `needle` in `bytes[from..<to]`, or nil: `memchr` finds each
  /// candidate first byte, then the rest is compared.
  private static func find(
    _ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int
  ) -> Int? {
    guard let base = bytes.baseAddress, let first = needle.first, from < to else { return nil }
    var position = from
    while position + needle.count <= to {
      guard let hit = memchr(base + position, Int32(first), to - position) else { return nil }
      let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      guard offset + needle.count <= to else { return nil }
      var same = true
      for k in 1..<needle.count where base[offset + k] != needle[k] {
        same = false
        break
      }
      if same { return offset }
      position = offset + 1
    }
    return nil
  }

  private mutating func take(_ byte: UInt8) -> Bool {
    guard i < end, bytes[i] == byte else { return false }
    i += 1
    return true
  }

  private mutating func skipSpace() {
    while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
  }

  private func matches(_ range: Range<Int>, _ word: StaticString) -> Bool {
    guard range.count == word.utf8CodeUnitCount else { return false }
    let pointer = word.utf8Start
    for k in 0..<range.count where bytes[range.lowerBound + k] != pointer[k] { return false }
    return true
  }

  /// A string without escapes: the range of its contents.
  private mutating func string() -> Range<Int>? {
    guard take(0x22) else { return nil }
    let start = i
    while i < end {
      let byte = bytes[i]
      if byte == 0x22 {
        i += 1
        return start..<(i - 1)
      }
      if byte == 0x5C { return nil }
      i += 1
    }
    return nil
  }

  private mutating func integer() -> Int? {
    var negative = false
    if take(0x2D) { negative = true }
    let start = i
    var value = 0
    while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, i - start < 18 {
      value = value * 10 + Int(bytes[i] - 0x30)
      i += 1
    }
    guard i > start else { return nil }
    if i < end, bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 { return nil }
    return negative ? -value : value
  }

  /// Inside `before`: true when `memory.state` is `review`.
  private mutating func memoryState() -> Bool? {
    var review = false
    guard take(0x7B) else { return nil }
    skipSpace()
    if take(0x7D) { return false }
    while true {
      skipSpace()
      guard let key = string() else { return nil }
      skipSpace()
      guard take(0x3A) else { return nil }
      skipSpace()
      if matches(key, "memory"), peek == 0x7B {
        i += 1
        skipSpace()
        if !take(0x7D) {
          while true {
            skipSpace()
            guard let inner = string() else { return nil }
            skipSpace()
            guard take(0x3A) else { return nil }
            skipSpace()
            if matches(inner, "state") {
              guard let value = string() else { return nil }
              review = matches(value, "review")
            } else {
              guard skipValue() else { return nil }
            }
            skipSpace()
            if take(0x2C) { continue }
            guard take(0x7D) else { return nil }
            break
          }
        }
      } else {
        guard skipValue() else { return nil }
      }
      skipSpace()
      if take(0x2C) { continue }
      guard take(0x7D) else { return nil }
      return review
    }
  }

  /// Skips any JSON value (strings may hold escapes here). Works on a local index so the
  /// loop stays in registers: this is where most of a journal's bytes go by.
  private mutating func skipValue() -> Bool {
    guard i < end, let base = bytes.baseAddress else { return false }
    var p = i
    let limit = end
    switch base[p] {
    case 0x22:
      p += 1
      while p < limit {
        let byte = base[p]
        p += 1
        if byte == 0x22 {
          i = p
          return true
        }
        if byte == 0x5C { p += 1 }
      }
      return false
    case 0x7B, 0x5B:
      var depth = 0
      while p < limit {
        let byte = base[p]
        p += 1
        switch byte {
        case 0x22:
          while p < limit {
            let inner = base[p]
            p += 1
            if inner == 0x22 { break }
            if inner == 0x5C { p += 1 }
          }
        case 0x7B, 0x5B:
          depth += 1
        case 0x7D, 0x5D:
          depth -= 1
          if depth == 0 {
            i = p
            return true
          }
        default:
          break
        }
      }
      return false
    default:
      while p < limit {
        let byte = base[p]
        if byte == 0x2C || byte == 0x7D || byte == 0x5D || byte == 0x20 { break }
        p += 1
      }
      guard p > i else { return false }
      i = p
      return true
    }
  }

  /// Seconds since 1970 of the date-time in `b[range]` (`ISODate`, the one date reader).
  static func date(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
    ISODate.seconds(utf8: UnsafeBufferPointer(rebasing: b[range]))
  }
}
