import Foundation

/// Where and what is wrong in a JSON file: the parts of a one-line error.
public struct JSONIssue: Error, Hashable, Sendable {
  /// Line of the problem, from 1, when known.
  public var line: Int?
  /// Column of the problem, from 1, for syntax errors.
  public var column: Int?
  /// The field, as `cards[3].front`, when the problem is in one.
  public var field: String?
  /// What is wrong.
  public var message: String

  /// An issue at an optional line, column and field.
  public init(line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
    self.line = line
    self.column = column
    self.field = field
    self.message = message
  }

  /// "line 4, column 2: expected ','" or "line 9: cards[3].kind: …".
  public var location: String {
    var parts: [String] = []
    if let line {
      parts.append(column.map { "line \(line), column \($0)" } ?? "line \(line)")
    }
    if let field { parts.append(field) }
    parts.append(message)
    return parts.joined(separator: ": ")
  }
}

/// The JSON conventions of recall's files: snake_case keys as declared, ISO-8601 UTC dates.
public enum JSONCoding {
  /// An encoder for files people may read: pretty, sorted keys, ISO-8601 dates.
  public static func fileEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(formatDate(date))
    }
    return encoder
  }

  /// An encoder for one-line records (journal lines): compact, sorted keys.
  public static func lineEncoder() -> JSONEncoder {
    let encoder = fileEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// A decoder accepting ISO-8601 dates with or without fractional seconds.
  public static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = parseDate(text) else {
        throw DecodingError.dataCorruptedError(
          in: container,
          debugDescription: "'\(text)' is not an ISO-8601 date such as 2024-05-01T12:00:00Z")
      }
      return date
    }
    return decoder
  }

  /// `2024-05-01T12:00:00Z`, with the fraction (up to microseconds) when the date has one.
  public static func formatDate(_ date: Date) -> String {
    // Without Foundation's formatter: it costs microseconds, a snapshot has several dates per
    // card, and `.iso8601.time(includingFractionalSeconds:)` wrote the time of day alone.
    ISODate.format(date)
  }

  /// Reads an ISO-8601 date-time (`2024-05-01T12:00:00Z`, a fraction of any length, an offset
  /// such as `+02:00`) or a date alone (`2024-05-01`, midnight UTC). Strict: an impossible date
  /// or time (`2027-02-30`, `T25:00:00`) is nil, never rolled over into the next month. The one
  /// date reader of every file: `ISODate`, whose rules the statistics scanner shares.
  public static func parseDate(_ text: String) -> Date? {
    if let date = ISODate.parse(text) { return date }
    guard text.utf8.count == 10 else { return nil }
    return ISODate.parse(text + "T00:00:00Z")
  }

  /// Decodes `data` as `T`, turning any failure into a located `JSONIssue`.
  public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(JSONIssue) -> T {
    if let (position, message) = JSONLocator.syntaxError(in: data) {
      throw JSONIssue(line: position.line, column: position.column, field: nil, message: message)
    }
    do {
      return try decoder().decode(type, from: data)
    } catch let error as DecodingError {
      throw issue(for: error, in: data)
    } catch {
      throw JSONIssue(line: nil, column: nil, field: nil, message: "\(error)")
    }
  }

  /// A `JSONIssue` for a decoding error, with the line of the field it names.
  public static func issue(for error: DecodingError, in data: Data) -> JSONIssue {
    switch error {
    case .typeMismatch(let type, let context):
      return located(context.codingPath, in: data, "expected \(describe(type))")
    case .valueNotFound(let type, let context):
      return located(context.codingPath, in: data, "expected \(describe(type)), found null")
    case .keyNotFound(let key, let context):
      var issue = located(context.codingPath, in: data, "missing field '\(key.stringValue)'")
      if context.codingPath.isEmpty { issue.field = nil }
      return issue
    case .dataCorrupted(let context):
      return located(context.codingPath, in: data, context.debugDescription)
    @unknown default:
      return JSONIssue(line: nil, column: nil, field: nil, message: "\(error)")
    }
  }

  static func located(_ path: [any CodingKey], in data: Data, _ message: String) -> JSONIssue {
    JSONIssue(
      line: JSONLocator.line(of: path, in: data), column: nil,
      field: path.isEmpty ? nil : JSONLocator.describe(path), message: message)
  }

  static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type: "a whole number"
    case is Double.Type: "a number"
    case is Bool.Type: "true or false"
    case is [Any].Type: "an array"
    default:
      String(describing: type).hasPrefix("Array") ? "an array" : "\(type)"
    }
  }
}
