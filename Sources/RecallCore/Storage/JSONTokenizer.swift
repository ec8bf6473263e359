import Foundation

/// Why a JSON text was refused, and where: the syntax error of every JSON reader in recall.
struct JSONSyntaxError: Error, Equatable {
  /// Where reading stopped.
  var position: JSONLocator.Position
  /// What is wrong, e.g. `expected ',' or '}'`.
  var message: String
}

/// The one JSON tokeniser of recall: decks, snapshots, journal lines, settings and replay input
/// are all cut into tokens here, so they accept and refuse the same texts.
///
/// Strict RFC 8259 (numbers as JSON writes them, valid UTF-8, no control character or unknown
/// escape in a string), with a UTF-8 byte-order mark allowed in front, and arrays and objects
/// nested at most `FileLimits.maximumNesting` deep. Iterative: the depth of a text never
/// deepens the stack. Trailing commas are refused unless `allowsTrailingCommas` (journal
/// lines: `JSONDecoder`, which loading used for years, takes them).
struct JSONTokenizer {
  /// One token. Strings and keys are their UTF-8 bytes with escapes decoded (a slice of the
  /// text itself when there are none); numbers are their text.
  enum Token: Equatable {
    case objectStart, objectEnd, arrayStart, arrayEnd
    case key(ArraySlice<UInt8>)
    case string(ArraySlice<UInt8>)
    case number(ArraySlice<UInt8>)
    case bool(Bool)
    case null
  }

  private enum Expect { case value, firstValue, firstKey, key, commaOrClose, end }

  let bytes: ArraySlice<UInt8>
  private let allowsTrailingCommas: Bool
  private let documentStart: Int
  private var offset: Int
  /// Where the token returned last begins.
  private(set) var tokenStart: Int
  /// The open arrays and objects, innermost last: true for an object.
  private var open: [Bool] = []
  private var expect = Expect.value

  /// A tokeniser at the start of `bytes` (after a byte-order mark, if any).
  init(_ bytes: ArraySlice<UInt8>, allowsTrailingCommas: Bool = false) {
    self.bytes = bytes
    self.allowsTrailingCommas = allowsTrailingCommas
    var start = bytes.startIndex
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
    documentStart = start
    offset = start
    tokenStart = start
  }

  /// The next token; nil once the whole text has been read (one value, then only white space).
  mutating func next() throws(JSONSyntaxError) -> Token? {
    while true {
      skipSpace()
      tokenStart = offset
      let atEnd = offset == bytes.endIndex
      switch expect {
      case .end:
        guard atEnd else { throw fail("text after the end of the JSON value") }
        return nil
      case .commaOrClose:
        let close: UInt8 = open.last == true ? 0x7D : 0x5D
        let expected = close == 0x7D ? "',' or '}'" : "',' or ']'"
        guard !atEnd else { throw fail("unexpected end of input, expected \(expected)") }
        if bytes[offset] == close { return closeContainer() }
        guard bytes[offset] == UInt8(ascii: ",") else { throw fail("expected \(expected)") }
        offset += 1
        skipSpace()
        if offset < bytes.endIndex, bytes[offset] == close {
          guard allowsTrailingCommas else {
            throw fail(
              "a comma before '\(Character(Unicode.Scalar(close)))': JSON allows no trailing comma"
            )
          }
          tokenStart = offset
          return closeContainer()
        }
        expect = close == 0x7D ? .key : .value
      case .firstKey, .key:
        guard !atEnd else { throw fail("unexpected end of input, expected a key") }
        if expect == .firstKey, bytes[offset] == 0x7D { return closeContainer() }
        guard bytes[offset] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
        let key = try string()
        skipSpace()
        guard offset < bytes.endIndex else {
          throw fail("unexpected end of input, expected ':' after a key")
        }
        guard bytes[offset] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
        offset += 1
        expect = .value
        return .key(key)
      case .firstValue, .value:
        guard !atEnd else {
          throw fail(
            open.isEmpty  // nothing read yet: at the top, a value comes first
              ? "unexpected end of input: the file is empty"
              : "unexpected end of input, expected a value")
        }
        if expect == .firstValue, bytes[offset] == 0x5D { return closeContainer() }
        return try value()
      }
    }
  }

  /// Line and column (from 1; columns count characters) of `target`, an offset in `bytes`.
  func position(of target: Int) -> JSONLocator.Position {
    var line = 1
    var column = 1
    var index = documentStart
    let stop = min(target, bytes.endIndex)
    while index < stop {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return JSONLocator.Position(line: line, column: column)
  }

  private func fail(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(position: position(of: offset), message: message)
  }

  private mutating func skipSpace() {
    while offset < bytes.endIndex {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  private mutating func closeContainer() -> Token {
    let wasObject = open.removeLast()
    offset += 1
    expect = open.isEmpty ? .end : .commaOrClose
    return wasObject ? .objectEnd : .arrayEnd
  }

  private mutating func value() throws(JSONSyntaxError) -> Token {
    let byte = bytes[offset]
    let token: Token
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      guard open.count < FileLimits.maximumNesting else {
        throw fail(
          "arrays and objects nested more than \(FileLimits.maximumNesting) levels deep")
      }
      let isObject = byte == UInt8(ascii: "{")
      open.append(isObject)
      offset += 1
      expect = isObject ? .firstKey : .firstValue
      return isObject ? .objectStart : .arrayStart
    case UInt8(ascii: "\""): token = .string(try string())
    case UInt8(ascii: "t"): token = try literal("true", .bool(true))
    case UInt8(ascii: "f"): token = try literal("false", .bool(false))
    case UInt8(ascii: "n"): token = try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): token = .number(try number())
    default:
      throw fail(
        byte >= 0x20 && byte < 0x7F
          ? "unexpected character '\(Character(Unicode.Scalar(byte)))'"
          : "unexpected byte 0x\(String(byte, radix: 16, uppercase: true))")
    }
    expect = open.isEmpty ? .end : .commaOrClose
    return token
  }

  private mutating func literal(_ word: StaticString, _ token: Token) throws(JSONSyntaxError)
    -> Token
  {
    let count = word.utf8CodeUnitCount
    let matches =
      bytes.endIndex - offset >= count
      && word.withUTF8Buffer { bytes[offset..<offset + count].elementsEqual($0) }
    guard matches else { throw fail("invalid literal, expected '\(word)'") }
    offset += count
    return token
  }

  private mutating func digits() -> Int {
    let first = offset
    while offset < bytes.endIndex, bytes[offset] &- 0x30 < 10 { offset += 1 }
    return offset - first
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
  private mutating func number() throws(JSONSyntaxError) -> ArraySlice<UInt8> {
    let start = offset
    if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    let wholeStart = offset
    let whole = digits()
    guard whole > 0 else { throw fail("invalid number, expected a digit") }
    if whole > 1, bytes[wholeStart] == UInt8(ascii: "0") {
      offset = wholeStart + 1
      throw fail("invalid number: JSON allows no leading zero")
    }
    if offset < bytes.endIndex, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard digits() > 0 else { throw fail("invalid number, expected a digit after '.'") }
    }
    if offset < bytes.endIndex, bytes[offset] | 0x20 == UInt8(ascii: "e") {
      offset += 1
      if offset < bytes.endIndex,
        bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
      {
        offset += 1
      }
      guard digits() > 0 else { throw fail("invalid number, expected a digit in the exponent") }
    }
    return bytes[start..<offset]
  }

  /// The string starting at the quote at `offset`, its escapes decoded.
  private mutating func string() throws(JSONSyntaxError) -> ArraySlice<UInt8> {
    offset += 1
    let start = offset
    var decoded: [UInt8]?
    while offset < bytes.endIndex {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        offset += 1
        return decoded.map { $0[...] } ?? bytes[start..<offset - 1]
      case UInt8(ascii: "\\"):
        var out = decoded ?? Array(bytes[start..<offset])
        decoded = nil  // so that `out` is the only reference and grows in place
        try escape(into: &out)
        decoded = out
      case 0x0A: throw fail("unterminated string")
      case ..<0x20:
        throw fail(
          "control character 0x\(String(byte, radix: 16, uppercase: true)) in a string (write it as an escape)"
        )
      case 0x80...:
        let first = offset
        try skipUTF8()
        decoded?.append(contentsOf: bytes[first..<offset])
      default:
        decoded?.append(byte)
        offset += 1
      }
    }
    throw fail("unexpected end of input inside a string")
  }

  /// Decodes the escape at `offset` (a backslash) onto `out`.
  private mutating func escape(into out: inout [UInt8]) throws(JSONSyntaxError) {
    offset += 1
    guard offset < bytes.endIndex else { throw fail("unexpected end of input inside a string") }
    let escape = bytes[offset]
    offset += 1
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
        guard bytes.endIndex - offset >= 2, bytes[offset] == UInt8(ascii: "\\"),
          bytes[offset + 1] == UInt8(ascii: "u")
        else { throw fail("unpaired surrogate in a \\u escape") }
        offset += 2
        let low = try hex4()
        guard (0xDC00..<0xE000).contains(low) else {
          throw fail("unpaired surrogate in a \\u escape")
        }
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(code) {
        throw fail("unpaired surrogate in a \\u escape")
      }
      guard let scalar = Unicode.Scalar(code) else {
        throw fail("unpaired surrogate in a \\u escape")
      }
      UTF8.encode(scalar) { out.append($0) }
    default:
      offset -= 2
      throw fail(
        escape >= 0x20 && escape < 0x7F
          ? "invalid escape '\\\(Character(Unicode.Scalar(escape)))'" : "invalid escape")
    }
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard offset < bytes.endIndex else { throw fail("invalid \\u escape, expected 4 hex digits") }
      let byte = bytes[offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - 0x30
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - 0x57
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - 0x37
      default: throw fail("invalid \\u escape, expected 4 hex digits")
      }
      value = value << 4 | UInt32(digit)
      offset += 1
    }
    return value
  }

  /// Steps over the UTF-8 sequence of one character (not ASCII) at `offset`, or refuses it.
  private mutating func skipUTF8() throws(JSONSyntaxError) {
    guard let length = UTF8Sequence.length(in: bytes, at: offset) else {
      throw fail("invalid UTF-8")
    }
    offset += length
  }
}
