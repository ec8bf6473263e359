import Foundation

/// Why settings or a replay input were refused. Every message is one line naming the field path
/// (e.g. `reviews[3].rating`, `[1].settings.parameters[4]`) and the offending value.
public enum SchedulerError: Error, Equatable, Sendable {
  /// The input is not valid JSON: the 1-based line and column where reading stopped.
  case syntax(line: Int, column: Int, reason: String)
  /// A value has the wrong JSON type (`value` is how it was written, `expected` what was wanted).
  case wrongType(path: String, value: String, expected: String)
  /// A required field is absent.
  case missingField(path: String)
  /// A field this format does not know (probably a typo).
  case unknownField(path: String)
  /// `parameters` does not hold exactly 21 numbers.
  case parameterCount(path: String, count: Int)
  /// A weight lies outside FSRS-6's bounds for it.
  case parameterOutOfRange(path: String, value: Double, lower: Double, upper: Double)
  /// `desired_retention` is not strictly between 0 and 1.
  case retentionOutOfRange(path: String, value: Double)
  /// A learning or relearning step is negative or not finite.
  case invalidStep(path: String, value: Double)
  /// `maximum_interval` is not a whole number of days of at least 1.
  case invalidMaximumInterval(path: String, value: String)
  /// A rating other than 1, 2, 3 or 4.
  case invalidRating(path: String, value: String)
  /// A review time that is not an ISO-8601 date-time with a time zone.
  case invalidDate(path: String, value: String)
  /// A review time earlier than the review before it.
  case reviewOutOfOrder(path: String, value: String)
}

extension SchedulerError: LocalizedError, CustomStringConvertible {
  /// The one-line message, e.g. `reviews[3].rating: 7 is not a rating (1–4)`.
  public var description: String {
    switch self {
    case .syntax(let line, let column, let reason):
      return "line \(line), column \(column): \(reason)"
    case .wrongType(let path, let value, let expected):
      return "\(Self.show(path)): \(value) is not \(expected)"
    case .missingField(let path):
      return "\(Self.show(path)): missing"
    case .unknownField(let path):
      return "\(Self.show(path)): unknown field"
    case .parameterCount(let path, let count):
      return "\(Self.show(path)): \(count) numbers given, 21 expected"
    case .parameterOutOfRange(let path, let value, let lower, let upper):
      return
        "\(Self.show(path)): \(Self.number(value)) is outside \(Self.number(lower))…\(Self.number(upper))"
    case .retentionOutOfRange(let path, let value):
      return "\(Self.show(path)): \(Self.number(value)) is not strictly between 0 and 1"
    case .invalidStep(let path, let value):
      return "\(Self.show(path)): \(Self.number(value)) is not a number of seconds ≥ 0"
    case .invalidMaximumInterval(let path, let value):
      return "\(Self.show(path)): \(value) is not a whole number of days ≥ 1"
    case .invalidRating(let path, let value):
      return "\(Self.show(path)): \(value) is not a rating (1–4)"
    case .invalidDate(let path, let value):
      return "\(Self.show(path)): \(value) is not an ISO-8601 date-time with a time zone"
    case .reviewOutOfOrder(let path, let value):
      return "\(Self.show(path)): \(value) is before the previous review"
    }
  }

  /// Same as `description`.
  public var errorDescription: String? { description }

  private static func show(_ path: String) -> String { path.isEmpty ? "input" : path }

  /// Writes whole numbers without a fraction (`120`, not `120.0`).
  static func number(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return String(value)
  }
}
