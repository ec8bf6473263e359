import Foundation

/// Writes an answer's journal line without `JSONEncoder`, which costs tens of microseconds a
/// line: an import of 100,000 reviews would spend seconds in it. The bytes are what
/// `JSONCoding.lineEncoder` writes: compact, keys sorted, dates by `ISODate`, so the journal's
/// fast readers (`FastReader`, `JournalLineScanner`) take their quick path.
enum JournalLineWriter {
  /// The line of `record`, without its newline.
  static func line(_ record: ReviewRecord) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(400)
    out.append(text: "{\"after\":")
    progress(record.after, into: &out)
    out.append(text: ",\"at\":")
    date(record.at, into: &out)
    if let before = record.before {
      out.append(text: ",\"before\":")
      progress(before, into: &out)
    }
    out.append(text: ",\"card\":")
    string(record.card, into: &out)
    out.append(text: ",\"deck\":")
    string(record.deck, into: &out)
    if let duration = record.durationMs { out.append(text: ",\"duration_ms\":\(duration)") }
    out.append(text: ",\"rating\":\(record.rating.rawValue)}")
    return out
  }

  private static func progress(_ progress: CardProgress, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    if let buried = progress.buriedUntil {
      out.append(text: "\"buried_until\":")
      date(buried, into: &out)
      out.append(UInt8(ascii: ","))
    }
    if let first = progress.firstReview {
      out.append(text: "\"first_review\":")
      date(first, into: &out)
      out.append(UInt8(ascii: ","))
    }
    if progress.flagged { out.append(text: "\"flagged\":true,") }
    out.append(text: "\"lapses\":\(progress.lapses),")
    if progress.leech { out.append(text: "\"leech\":true,") }
    out.append(text: "\"memory\":")
    memory(progress.memory, into: &out)
    out.append(text: ",\"reps\":\(progress.reps)")
    if progress.suspended { out.append(text: ",\"suspended\":true") }
    out.append(UInt8(ascii: "}"))
  }

  private static func memory(_ memory: MemoryState, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    if let difficulty = memory.difficulty { out.append(text: "\"difficulty\":\(difficulty),") }
    out.append(text: "\"due\":")
    date(memory.due, into: &out)
    if let last = memory.lastReview {
      out.append(text: ",\"last_review\":")
      date(last, into: &out)
    }
    if let stability = memory.stability { out.append(text: ",\"stability\":\(stability)") }
    out.append(text: ",\"state\":\"\(memory.state.rawValue)\"")
    if let step = memory.step { out.append(text: ",\"step\":\(step)") }
    out.append(UInt8(ascii: "}"))
  }

  /// `date` as a JSON string (ISO 8601 needs no escapes).
  private static func date(_ date: Date, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    ISODate.append(date, to: &out)
    out.append(UInt8(ascii: "\""))
  }

  /// `text` as a JSON string: quotes, backslashes and control characters escaped.
  private static func string(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(text: "\\\"")
      case UInt8(ascii: "\\"): out.append(text: "\\\\")
      case 0x0A: out.append(text: "\\n")
      case 0x0D: out.append(text: "\\r")
      case 0x09: out.append(text: "\\t")
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(text: "\\u00")
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

extension Array where Element == UInt8 {
  fileprivate mutating func append(text: String) { append(contentsOf: text.utf8) }
}
