import Foundation

/// Where study days begin: at `rolloverHour` (default 4 a.m.) local time, as in Anki.
public struct StudyDay: Hashable, Sendable {
  /// Hour of the day at which a new study day starts.
  public var rolloverHour: Int
  /// The learner's time zone.
  public var timeZone: TimeZone

  /// Study days starting at `rolloverHour` in `timeZone`.
  public init(rolloverHour: Int = 4, timeZone: TimeZone = .current) {
    self.rolloverHour = rolloverHour
    self.timeZone = timeZone
  }

  /// The start of the study day containing `date`.
  public func start(of date: Date) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let shifted = date.addingTimeInterval(-Double(rolloverHour) * 3600)
    let midnight = calendar.startOfDay(for: shifted)
    return calendar.date(byAdding: .hour, value: rolloverHour, to: midnight) ?? midnight
  }

  /// The start of the next study day after the one containing `date`.
  public func end(of date: Date) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let start = start(of: date)
    return calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
  }
}
