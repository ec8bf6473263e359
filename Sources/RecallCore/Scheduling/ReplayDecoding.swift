import Foundation

extension Replay {
  /// Reads replay input: one object or an array of objects (see docs/SCHEDULE.md).
  /// Throws the first problem, naming its field path and value.
  public static func decode(_ json: Data) throws(SchedulerError) -> Input {
    let document = try JSONValue.parse(json)
    if case .array(let items) = document {
      var cards: [ReplayCard] = []
      for (index, item) in items.enumerated() {
        cards.append(try card(item, path: "[\(index)]"))
      }
      return Input(cards: cards, isArray: true)
    }
    guard case .object = document else {
      throw .wrongType(
        path: "", value: document.shortText, expected: "an object or an array of objects")
    }
    return Input(cards: [try card(document, path: "")], isArray: false)
  }

  private static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  private static func members(
    _ value: JSONValue, path: String, allowed: Set<String>
  ) throws(SchedulerError) -> [String: JSONValue] {
    guard case .object(let members) = value else {
      throw .wrongType(path: path, value: value.shortText, expected: "an object")
    }
    if let unknown = members.keys.sorted().first(where: { !allowed.contains($0) }) {
      throw .unknownField(path: join(path, unknown))
    }
    return members
  }

  private static func card(_ value: JSONValue, path: String) throws(SchedulerError) -> ReplayCard {
    let fields = try members(value, path: path, allowed: ["settings", "reviews"])
    let settingsPath = join(path, "settings")
    var settings = SchedulerSettings()
    if let value = fields["settings"] {
      settings = try self.settings(value, path: settingsPath)
    }
    try settings.validate(at: settingsPath)
    let reviewsPath = join(path, "reviews")
    guard let reviewsValue = fields["reviews"] else { throw .missingField(path: reviewsPath) }
    guard case .array(let items) = reviewsValue else {
      throw .wrongType(path: reviewsPath, value: reviewsValue.shortText, expected: "an array")
    }
    var reviews: [ReplayReview] = []
    for (index, item) in items.enumerated() {
      let review = try self.review(item, path: "\(reviewsPath)[\(index)]")
      if let previous = reviews.last, review.at < previous.at {
        let at = item.atText ?? ""
        throw .reviewOutOfOrder(path: "\(reviewsPath)[\(index)].at", value: at)
      }
      reviews.append(review)
    }
    return ReplayCard(settings: settings, reviews: reviews)
  }

  private static func review(_ value: JSONValue, path: String) throws(SchedulerError)
    -> ReplayReview
  {
    let fields = try members(value, path: path, allowed: ["rating", "at"])
    let ratingPath = join(path, "rating")
    guard let ratingValue = fields["rating"] else { throw .missingField(path: ratingPath) }
    guard case .number(let number, _) = ratingValue,
      let rating = Rating.allCases.first(where: { Double($0.rawValue) == number })
    else {
      throw .invalidRating(path: ratingPath, value: ratingValue.shortText)
    }
    let atPath = join(path, "at")
    guard let atValue = fields["at"] else { throw .missingField(path: atPath) }
    guard case .string(let atText) = atValue else {
      throw .wrongType(path: atPath, value: atValue.shortText, expected: "a date-time string")
    }
    guard let at = ISODate.parse(atText) else {
      throw .invalidDate(path: atPath, value: atText)
    }
    return ReplayReview(rating: rating, at: at)
  }

  private static func settings(
    _ value: JSONValue, path: String
  ) throws(SchedulerError) -> SchedulerSettings {
    let fields = try members(
      value, path: path,
      allowed: [
        "parameters", "desired_retention", "learning_steps", "relearning_steps",
        "maximum_interval", "enable_fuzzing",
      ])
    var settings = SchedulerSettings()
    if let value = fields["parameters"] {
      settings.parameters = try numbers(value, path: join(path, "parameters"))
    }
    if let value = fields["desired_retention"] {
      settings.desiredRetention = try number(value, path: join(path, "desired_retention"))
    }
    if let value = fields["learning_steps"] {
      settings.learningSteps = try numbers(value, path: join(path, "learning_steps"))
    }
    if let value = fields["relearning_steps"] {
      settings.relearningSteps = try numbers(value, path: join(path, "relearning_steps"))
    }
    if let value = fields["maximum_interval"] {
      let fieldPath = join(path, "maximum_interval")
      let days = try number(value, path: fieldPath)
      guard days == days.rounded(), days >= 1, days <= 1_000_000 else {
        throw .invalidMaximumInterval(path: fieldPath, value: value.shortText)
      }
      settings.maximumInterval = Int(days)
    }
    if let value = fields["enable_fuzzing"] {
      guard case .bool(let flag) = value else {
        throw .wrongType(
          path: join(path, "enable_fuzzing"), value: value.shortText, expected: "true or false")
      }
      settings.enableFuzzing = flag
    }
    return settings
  }

  private static func number(_ value: JSONValue, path: String) throws(SchedulerError) -> Double {
    guard case .number(let number, _) = value else {
      throw .wrongType(path: path, value: value.shortText, expected: "a number")
    }
    return number
  }

  private static func numbers(_ value: JSONValue, path: String) throws(SchedulerError) -> [Double] {
    guard case .array(let items) = value else {
      throw .wrongType(path: path, value: value.shortText, expected: "an array of numbers")
    }
    var result: [Double] = []
    for (index, item) in items.enumerated() {
      result.append(try number(item, path: "\(path)[\(index)]"))
    }
    return result
  }
}

extension JSONValue {
  /// The `at` string of a review object, as written.
  fileprivate var atText: String? {
    guard case .object(let members) = self, case .string(let text) = members["at"] else {
      return nil
    }
    return text
  }
}
