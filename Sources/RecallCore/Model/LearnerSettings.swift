import Foundation

/// A learner's study settings, in `Progress/<learner>/settings.json`.
public struct LearnerSettings: Codable, Hashable, Sendable {
  /// The settings format this code writes.
  public static let currentFormatVersion = 1
  /// Desired retention accepted: 0.70 to 0.99.
  public static let retentionRange = 0.70...0.99
  /// Above this, reviews grow steeply for little gain: the learner is warned.
  public static let retentionWarningAbove = 0.97

  /// Limits for one deck, overriding the learner's defaults.
  public struct DeckLimits: Codable, Hashable, Sendable {
    /// New cards per day for this deck.
    public var newPerDay: Int?
    /// Reviews per day for this deck.
    public var reviewsPerDay: Int?

    /// Limits with either part left to the learner's default.
    public init(newPerDay: Int? = nil, reviewsPerDay: Int? = nil) {
      self.newPerDay = newPerDay
      self.reviewsPerDay = reviewsPerDay
    }

    enum CodingKeys: String, CodingKey {
      case newPerDay = "new_per_day"
      case reviewsPerDay = "reviews_per_day"
    }
  }

  /// Format version of the file.
  public var formatVersion: Int = LearnerSettings.currentFormatVersion
  /// Probability of recall the scheduler aims for when a card comes due.
  public var desiredRetention: Double = 0.9
  /// New cards per day, per deck.
  public var newPerDay: Int = 20
  /// Reviews per day, per deck.
  public var reviewsPerDay: Int = 200
  /// Hour (local time) at which a study day starts.
  public var dayStartsAt: Int = 4
  /// Per-deck limits, by deck name.
  public var decks: [String: DeckLimits] = [:]
  /// FSRS-6 parameters fitted to this learner's reviews (`recall optimize`); nil: the defaults.
  public var fittedParameters: FittedParameters?
  /// Why the file's `fitted_parameters` could not be used, when it could not: the learner is
  /// then scheduled with the defaults. Not written back.
  public var unusableParameters: ParameterIssue?

  /// A `fitted_parameters` block the scheduler cannot use: where and why.
  public struct ParameterIssue: Hashable, Sendable {
    /// The settings file, as the learner sees it (`Progress/ana/settings.json`), once known.
    public var file = "settings.json"
    /// The line the field starts on, when known.
    public var line: Int?
    /// The field, e.g. `fitted_parameters.weights[4]`.
    public var field: String
    /// What is wrong with it.
    public var message: String

    /// The one-line warning: `Progress/ana/settings.json: line 9: fitted_parameters.weights[4]:
    /// 120 is outside …; using FSRS-6's default parameters`.
    public var warning: String {
      let place = line.map { "line \($0): " } ?? ""
      return "\(file): \(place)\(field): \(message); using FSRS-6's default parameters"
    }
  }

  /// The defaults: retention 0.90, 20 new cards and 200 reviews a day, days starting at 4 a.m.
  public init() {}

  enum CodingKeys: String, CodingKey {
    case formatVersion = "format_version"
    case desiredRetention = "desired_retention"
    case newPerDay = "new_per_day"
    case reviewsPerDay = "reviews_per_day"
    case dayStartsAt = "day_starts_at"
    case decks
    case fittedParameters = "fitted_parameters"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try c.decodeIfPresent(Int.self, forKey: .formatVersion) ?? 1
    desiredRetention = try c.decodeIfPresent(Double.self, forKey: .desiredRetention) ?? 0.9
    newPerDay = try c.decodeIfPresent(Int.self, forKey: .newPerDay) ?? 20
    reviewsPerDay = try c.decodeIfPresent(Int.self, forKey: .reviewsPerDay) ?? 200
    dayStartsAt = try c.decodeIfPresent(Int.self, forKey: .dayStartsAt) ?? 4
    decks = try c.decodeIfPresent([String: DeckLimits].self, forKey: .decks) ?? [:]
    switch try c.decodeIfPresent(SavedParameters.self, forKey: .fittedParameters) {
    case .usable(let parameters): fittedParameters = parameters
    case .unusable(let field, let message):
      let path = field.isEmpty ? "fitted_parameters" : "fitted_parameters.\(field)"
      unusableParameters = ParameterIssue(field: path, message: message)
    case nil: break
    }
  }

  /// The FSRS-6 weights the scheduler uses for this learner: the fitted ones, else the defaults.
  public var parameters: [Double] {
    fittedParameters?.weights ?? SchedulerSettings.defaultParameters
  }

  /// The daily limits for deck `deck`.
  public func limits(for deck: String) -> DailyLimits {
    let own = decks[deck]
    return DailyLimits(
      newCards: own?.newPerDay ?? newPerDay, reviews: own?.reviewsPerDay ?? reviewsPerDay)
  }

  /// The scheduler settings these imply: py-fsrs's defaults but for the retention and, once
  /// `recall optimize` has fitted them, the learner's own parameters.
  public var schedulerSettings: SchedulerSettings {
    SchedulerSettings(parameters: parameters, desiredRetention: desiredRetention)
  }

  /// The study days these imply, in `timeZone`.
  public func studyDay(timeZone: TimeZone = .current) -> StudyDay {
    StudyDay(rolloverHour: dayStartsAt, timeZone: timeZone)
  }

  /// The first setting out of range, as (field, message), or nil when all are fine.
  public func problem() -> (field: String, message: String)? {
    if !LearnerSettings.retentionRange.contains(desiredRetention) || desiredRetention.isNaN {
      return ("desired_retention", "\(desiredRetention) is outside 0.70–0.99")
    }
    if newPerDay < 0 { return ("new_per_day", "\(newPerDay) is negative") }
    if reviewsPerDay < 0 { return ("reviews_per_day", "\(reviewsPerDay) is negative") }
    if !(0...23).contains(dayStartsAt) {
      return ("day_starts_at", "\(dayStartsAt) is not an hour (0–23)")
    }
    if let problem = fittedParameters?.problem {
      return ("fitted_parameters.\(problem.field)", problem.message)
    }
    for (name, limits) in decks.sorted(by: { $0.key < $1.key }) {
      if let value = limits.newPerDay, value < 0 {
        return ("decks.\(name).new_per_day", "\(value) is negative")
      }
      if let value = limits.reviewsPerDay, value < 0 {
        return ("decks.\(name).reviews_per_day", "\(value) is negative")
      }
    }
    return nil
  }

  /// Advice worth showing, such as the cost of a very high retention.
  public var warnings: [String] {
    desiredRetention > LearnerSettings.retentionWarningAbove
      ? [
        "desired retention \(desiredRetention) is above 0.97: the number of reviews grows steeply for little gain"
      ] : []
  }
}
