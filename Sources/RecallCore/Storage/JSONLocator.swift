import Foundation

/// Finds where things are in a JSON text, so errors can name a line and column.
///
/// Foundation's decoders say *what* went wrong but not *where*; this small scanner
/// walks the bytes once to find the first syntax error or the line of a value
/// given its coding path.
public enum JSONLocator {
  /// A line and column, both counted from 1.
  public struct Position: Hashable, Sendable, CustomStringConvertible {
    /// Line, from 1.
    public var line: Int
    /// Column in characters (UTF-8 bytes), from 1.
    public var column: Int
    public var description: String { "line \(line), column \(column)" }
  }

  /// The first JSON syntax error in `data`, with its position, or nil when the text is valid JSON.
  public static func syntaxError(in data: Data) -> (position: Position, message: String)? {
    var scanner = Scanner(bytes: [UInt8](data))
    do {
      scanner.skipSpace()
      guard !scanner.atEnd else { return (scanner.position, "the file is empty") }
      try scanner.value(path: [], target: nil)
      scanner.skipSpace()
      if !scanner.atEnd { throw ScanError.unexpected("text after the end of the JSON value") }
      return nil
    } catch ScanError.unexpected(let message) {
      return (scanner.position, message)
    } catch {
      return (scanner.position, "invalid JSON")
    }
  }

  /// True when arrays and objects in `bytes` nest deeper than `FileLimits.maximumNesting`
  /// (counted without recursion, brackets inside strings left out): such text is refused
  /// before a recursive reader, `JSONDecoder` included, sees it.
  public static func nestsTooDeep<Bytes: Collection>(_ bytes: Bytes) -> Bool
  where Bytes.Element == UInt8 {
    var depth = 0
    var inString = false
    var escaped = false
    for byte in bytes {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        if depth > FileLimits.maximumNesting { return true }
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
      default: break
      }
    }
    return false
  }

  /// The line on which the value at `path` starts (keys and array indices), or nil.
  public static func line(of path: [any CodingKey], in data: Data) -> Int? {
    let target = path.map { key in key.intValue.map(PathPart.index) ?? .key(key.stringValue) }
    var scanner = Scanner(bytes: [UInt8](data))
    do {
      scanner.skipSpace()
      try scanner.value(path: [], target: target)
    } catch ScanError.found(let line) {
      return line
    } catch {
      return nil
    }
    return nil
  }

  /// `cards[3].front`: a coding path as a user reads it.
  public static func describe(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return text.isEmpty ? "(top level)" : text
  }

  enum PathPart: Equatable {
    case key(String)
    case index(Int)
  }

  enum ScanError: Error {
    case unexpected(String)
    case found(line: Int)
  }

  struct Scanner {
    let bytes: [UInt8]
    var offset = 0
    var line = 1
    var lineStart = 0
    /// Arrays and objects open around the current value.
    var depth = 0

    /// A scanner at the start of `bytes`, after a UTF-8 byte-order mark if there is one
    /// (`JSONDecoder` accepts it, and so do recall's files).
    init(bytes: [UInt8]) {
      self.bytes = bytes
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        offset = 3
        lineStart = 3
      }
    }

    var atEnd: Bool { offset >= bytes.count }
    var position: Position { Position(line: line, column: offset - lineStart + 1) }

    mutating func skipSpace() {
      while offset < bytes.count {
        switch bytes[offset] {
        case 0x0A:
          line += 1
          offset += 1
          lineStart = offset
        case 0x20, 0x09, 0x0D: offset += 1
        default: return
        }
      }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
      skipSpace()
      guard offset < bytes.count else {
        throw ScanError.unexpected("unexpected end of file, expected \(what)")
      }
      guard bytes[offset] == byte else { throw ScanError.unexpected("expected \(what)") }
      offset += 1
    }

    mutating func value(path: [PathPart], target: [PathPart]?) throws {
      skipSpace()
      if let target, path == target { throw ScanError.found(line: line) }
      guard offset < bytes.count else {
        throw ScanError.unexpected("unexpected end of file, expected a value")
      }
      if bytes[offset] == UInt8(ascii: "{") || bytes[offset] == UInt8(ascii: "[") {
        guard depth < FileLimits.maximumNesting else {
          throw ScanError.unexpected(
            "arrays and objects nested more than \(FileLimits.maximumNesting) levels deep")
        }
        depth += 1
      }
      switch bytes[offset] {
      case UInt8(ascii: "{"):
        defer { depth -= 1 }
        offset += 1
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
          offset += 1
          return
        }
        while true {
          skipSpace()
          if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            throw ScanError.unexpected("a comma before '}': JSON allows no trailing comma")
          }
          guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw ScanError.unexpected(
              atEnd ? "unexpected end of file, expected a key" : "expected a quoted key")
          }
          let key = try string()
          try expect(UInt8(ascii: ":"), "':' after a key")
          try value(path: path + [.key(key)], target: target)
          skipSpace()
          guard offset < bytes.count else {
            throw ScanError.unexpected("unexpected end of file, expected ',' or '}'")
          }
          if bytes[offset] == UInt8(ascii: ",") {
            offset += 1
            continue
          }
          guard bytes[offset] == UInt8(ascii: "}") else {
            throw ScanError.unexpected("expected ',' or '}'")
          }
          offset += 1
          return
        }
      case UInt8(ascii: "["):
        defer { depth -= 1 }
        offset += 1
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
          offset += 1
          return
        }
        var index = 0
        while true {
          try value(path: path + [.index(index)], target: target)
          index += 1
          skipSpace()
          guard offset < bytes.count else {
            throw ScanError.unexpected("unexpected end of file, expected ',' or ']'")
          }
          if bytes[offset] == UInt8(ascii: ",") {
            offset += 1
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
              throw ScanError.unexpected("a comma before ']': JSON allows no trailing comma")
            }
            continue
          }
          guard bytes[offset] == UInt8(ascii: "]") else {
            throw ScanError.unexpected("expected ',' or ']'")
          }
          offset += 1
          return
        }
      case UInt8(ascii: "\""):
        _ = try string()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        try number()
      default:
        throw ScanError.unexpected(
          "unexpected character '\(Character(Unicode.Scalar(bytes[offset])))'")
      }
    }

    mutating func literal(_ word: String) throws {
      for byte in word.utf8 {
        guard offset < bytes.count, bytes[offset] == byte else {
          throw ScanError.unexpected("invalid literal, expected '\(word)'")
        }
        offset += 1
      }
    }

    mutating func number() throws {
      let start = offset
      if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
      var digits = 0
      while offset < bytes.count {
        let byte = bytes[offset]
        let isNumberByte =
          (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
          || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+")
          || byte == UInt8(ascii: "-")
        guard isNumberByte else { break }
        digits += 1
        offset += 1
      }
      if digits == 0 {
        offset = start
        throw ScanError.unexpected("invalid number")
      }
    }

    mutating func string() throws -> String {
      offset += 1  // opening quote
      var raw: [UInt8] = []
      while offset < bytes.count {
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "\""):
          offset += 1
          return String(decoding: raw, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard offset + 1 < bytes.count else { break }
          raw.append(bytes[offset + 1])
          offset += 2
        case 0x0A:
          throw ScanError.unexpected("unterminated string")
        default:
          raw.append(byte)
          offset += 1
        }
      }
      throw ScanError.unexpected("unexpected end of file inside a string")
    }
  }
}
