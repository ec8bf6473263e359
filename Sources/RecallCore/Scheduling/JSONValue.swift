import Foundation

/// A parsed JSON value. Numbers keep the text they were written with, for error messages.
enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double, text: String)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// A number written in full (shortest text that reads back the same); non-finite → null.
  static func number(_ value: Double) -> JSONValue {
    value.isFinite ? .number(value, text: "\(value)") : .null
  }

  /// A whole number.
  static func integer(_ value: Int) -> JSONValue {
    .number(Double(value), text: String(value))
  }

  /// Parses `data` as one JSON document (UTF-8, read by `JSONTokenizer`), reporting syntax
  /// errors by line and column.
  static func parse(_ data: Data) throws(SchedulerError) -> JSONValue {
    do {
      return JSONValue(try JSONTree.parse([UInt8](data)[...]))
    } catch {
      throw .syntax(
        line: error.position.line, column: error.position.column, reason: error.message)
    }
  }

  /// The value `tree` holds; a key written twice keeps its last value. Recursive, but only as
  /// deep as the tokeniser lets a document nest (`FileLimits.maximumNesting`).
  init(_ tree: JSONTree.Value) {
    switch tree {
    case .null: self = .null
    case .bool(let flag): self = .bool(flag)
    case .string(let bytes): self = .string(String(decoding: bytes, as: UTF8.self))
    case .number(let bytes):
      let text = String(decoding: bytes, as: UTF8.self)
      self = .number(Double(text) ?? .nan, text: text)
    case .array(let items): self = .array(items.map(JSONValue.init))
    case .object(let object):
      var members: [String: JSONValue] = [:]
      for (key, value) in object.members { members[key] = JSONValue(value) }
      self = .object(members)
    }
  }

  /// Compact JSON, cut to about 40 characters: how a value is quoted in error messages.
  var shortText: String {
    let text = compact
    return text.count > 40 ? String(text.prefix(37)) + "…" : text
  }

  var compact: String {
    switch self {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(_, let text): text
    case .string(let text): Self.quoted(text)
    case .array(let items): "[" + items.map(\.compact).joined(separator: ",") + "]"
    case .object(let members):
      "{"
        + members.keys.sorted().map { Self.quoted($0) + ":" + (members[$0]?.compact ?? "null") }
        .joined(separator: ",") + "}"
    }
  }

  /// Pretty JSON with sorted keys and two-space indentation.
  func pretty(indent: String = "") -> String {
    let inner = indent + "  "
    switch self {
    case .array(let items) where !items.isEmpty:
      return "[\n" + items.map { inner + $0.pretty(indent: inner) }.joined(separator: ",\n")
        + "\n" + indent + "]"
    case .object(let members) where !members.isEmpty:
      let lines = members.keys.sorted().map { key in
        inner + Self.quoted(key) + ": " + (members[key] ?? .null).pretty(indent: inner)
      }
      return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
    default:
      return compact
    }
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
