import Foundation

/// A strict RFC 8259 reader over UTF-8 bytes that knows where it is (line and column).
struct JSONParser {
  let bytes: [UInt8]
  var index = 0
  var depth = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  mutating func document() throws(SchedulerError) -> JSONValue {
    skipSpace()
    let value = try value()
    skipSpace()
    if index < bytes.count {
      throw fail("unexpected \(describe(bytes[index])) after the JSON value")
    }
    return value
  }

  /// A syntax error at the current position.
  func fail(_ reason: String) -> SchedulerError {
    var line = 1
    var column = 1
    for byte in bytes[..<min(index, bytes.count)] {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return .syntax(line: line, column: column, reason: reason)
  }

  private func describe(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F
      ? "'\(Character(UnicodeScalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
  }

  private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      index += 1
    }
  }

  private mutating func value() throws(SchedulerError) -> JSONValue {
    guard let byte = peek else { throw fail("unexpected end of input, expected a value") }
    switch byte {
    case UInt8(ascii: "{"):
      return try nested { (p: inout JSONParser) throws(SchedulerError) in try p.object() }
    case UInt8(ascii: "["):
      return try nested { (p: inout JSONParser) throws(SchedulerError) in try p.array() }
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw fail("unexpected \(describe(byte)), expected a value")
    }
  }

  private mutating func nested(
    _ body: (inout JSONParser) throws(SchedulerError) -> JSONValue
  ) throws(SchedulerError) -> JSONValue {
    depth += 1
    defer { depth -= 1 }
    if depth > 256 { throw fail("nested more than 256 levels deep") }
    return try body(&self)
  }

  private mutating func literal(_ word: String, _ value: JSONValue) throws(SchedulerError)
    -> JSONValue
  {
    for expected in word.utf8 {
      guard peek == expected else { throw fail("invalid literal, expected '\(word)'") }
      index += 1
    }
    return value
  }

  private mutating func expect(_ byte: UInt8, _ what: String) throws(SchedulerError) {
    guard peek == byte else {
      throw fail(
        peek.map { "unexpected \(describe($0)), expected \(what)" }
          ?? "unexpected end of input, expected \(what)")
    }
    index += 1
  }

  private mutating func object() throws(SchedulerError) -> JSONValue {
    index += 1
    var members: [String: JSONValue] = [:]
    skipSpace()
    if peek == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard peek == UInt8(ascii: "\"") else {
        throw fail(
          peek.map { "unexpected \(describe($0)), expected a quoted key" }
            ?? "unexpected end of input, expected a quoted key")
      }
      let key = try string()
      skipSpace()
      try expect(UInt8(ascii: ":"), "':'")
      skipSpace()
      members[key] = try value()
      skipSpace()
      if peek == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(UInt8(ascii: "}"), "',' or '}'")
      return .object(members)
    }
  }

  private mutating func array() throws(SchedulerError) -> JSONValue {
    index += 1
    var items: [JSONValue] = []
    skipSpace()
    if peek == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value())
      skipSpace()
      if peek == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(UInt8(ascii: "]"), "',' or ']'")
      return .array(items)
    }
  }

  private mutating func digits() -> Int {
    let begin = index
    while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
    return index - begin
  }

  private mutating func number() throws(SchedulerError) -> JSONValue {
    let begin = index
    if peek == UInt8(ascii: "-") { index += 1 }
    if peek == UInt8(ascii: "0") {
      index += 1
    } else if digits() == 0 {
      throw fail("invalid number, expected a digit")
    }
    if peek == UInt8(ascii: ".") {
      index += 1
      if digits() == 0 { throw fail("invalid number, expected a digit after '.'") }
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      index += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
      if digits() == 0 { throw fail("invalid number, expected a digit in the exponent") }
    }
    let text = String(decoding: bytes[begin..<index], as: UTF8.self)
    guard let value = Double(text) else { throw fail("invalid number \(text)") }
    return .number(value, text: text)
  }

  private mutating func hex4() throws(SchedulerError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek, let digit = Int(String(UnicodeScalar(byte)), radix: 16) else {
        throw fail("invalid \\u escape, expected 4 hex digits")
      }
      value = value * 16 + UInt32(digit)
      index += 1
    }
    return value
  }

  private mutating func string() throws(SchedulerError) -> String {
    index += 1
    var out: [UInt8] = []
    while true {
      guard let byte = peek else { throw fail("unexpected end of input in a string") }
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: out, as: UTF8.self)
      }
      if byte < 0x20 { throw fail("control character in a string (escape it)") }
      index += 1
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        continue
      }
      guard let escape = peek else { throw fail("unexpected end of input in a string") }
      index += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
          guard peek == UInt8(ascii: "\\") else { throw fail("unpaired surrogate in \\u escape") }
          index += 1
          try expect(UInt8(ascii: "u"), "a low surrogate \\u escape")
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else {
            throw fail("unpaired surrogate in \\u escape")
          }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = UnicodeScalar(code) else {
          throw fail("unpaired surrogate in \\u escape")
        }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
      default:
        index -= 1
        throw fail("invalid escape \\\(Character(UnicodeScalar(escape)))")
      }
    }
  }
}
