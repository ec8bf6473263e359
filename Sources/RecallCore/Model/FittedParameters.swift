import Foundation

/// FSRS-6 parameters fitted to one learner's own reviews by `recall optimize`, kept in the
/// learner's settings under `fitted_parameters`.
public struct FittedParameters: Codable, Hashable, Sendable {
  /// The 21 weights w0 … w20, each within `SchedulerSettings`' bounds.
  public var weights: [Double]
  /// When the fit was made.
  public var fittedAt: Date
  /// Reviews (answers not undone) in the history fitted.
  public var reviews: Int
  /// Of those, the training items: reviews on a later study day than the card's previous one.
  public var items: Int

  /// Parameters from their parts.
  public init(weights: [Double], fittedAt: Date, reviews: Int, items: Int) {
    self.weights = weights
    self.fittedAt = fittedAt
    self.reviews = reviews
    self.items = items
  }

  enum CodingKeys: String, CodingKey {
    case weights
    case fittedAt = "fitted_at"
    case reviews, items
  }

  /// The first thing wrong with these parameters, as (field below `fitted_parameters`,
  /// message), or nil when the scheduler can use them.
  public var problem: (field: String, message: String)? {
    switch SchedulerSettings.problem(with: weights) {
    case .count(let count):
      let expected = SchedulerSettings.defaultParameters.count
      return ("weights", "\(count) numbers given, \(expected) expected")
    case .outOfRange(let index, let value, _, _) where !value.isFinite:
      return ("weights[\(index)]", "\(value) is not a finite number")
    case .outOfRange(let index, let value, let lower, let upper):
      return ("weights[\(index)]", "\(value) is outside FSRS-6's bounds \(lower)…\(upper)")
    case nil: break
    }
    if let problem = FileLimits.countProblem(reviews) { return ("reviews", problem) }
    if let problem = FileLimits.countProblem(items) { return ("items", problem) }
    return nil
  }
}

/// What a settings file holds under `fitted_parameters`: parameters the scheduler can use, or
/// the reason it cannot (the learner then falls back to FSRS-6's defaults, with a warning).
/// Reading it never fails, so a bad block never makes the whole settings file unreadable.
enum SavedParameters: Decodable {
  /// Sound parameters.
  case usable(FittedParameters)
  /// Unusable: the field (below `fitted_parameters`, empty for the block itself) and why.
  case unusable(field: String, message: String)

  init(from decoder: any Decoder) {
    self = Self.read(decoder)
  }

  private static func read(_ decoder: any Decoder) -> SavedParameters {
    guard let c = try? decoder.container(keyedBy: FittedParameters.CodingKeys.self) else {
      return .unusable(field: "", message: "not an object")
    }
    guard c.contains(.weights) else { return .unusable(field: "weights", message: "missing") }
    guard var list = try? c.nestedUnkeyedContainer(forKey: .weights) else {
      return .unusable(field: "weights", message: "not a list of numbers")
    }
    var weights: [Double] = []
    while !list.isAtEnd {
      let index = weights.count
      if let value = try? list.decode(Double.self) {
        weights.append(value)
      } else if let text = try? list.decode(String.self), let value = Double(text),
        !value.isFinite
      {
        return .unusable(field: "weights[\(index)]", message: "\(text) is not a finite number")
      } else {
        return .unusable(field: "weights[\(index)]", message: "not a finite number")
      }
    }
    guard let fittedAt = try? c.decode(Date.self, forKey: .fittedAt) else {
      return .unusable(
        field: "fitted_at",
        message: c.contains(.fittedAt) ? "not an ISO-8601 date-time" : "missing")
    }
    let reviews = (try? c.decodeIfPresent(Int.self, forKey: .reviews)) ?? 0
    let items = (try? c.decodeIfPresent(Int.self, forKey: .items)) ?? 0
    let parameters = FittedParameters(
      weights: weights, fittedAt: fittedAt, reviews: reviews, items: items)
    if let problem = parameters.problem {
      return .unusable(field: problem.field, message: problem.message)
    }
    return .usable(parameters)
  }
}
