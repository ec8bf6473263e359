import Foundation

/// Numbers study days: the day of a time is the local calendar day of (time − rollover hour),
/// counted from 1970-01-01, so "today", "yesterday" and day ranges are plain integers.
public struct DayIndexer: Sendable {
  /// Where days begin.
  public let studyDay: StudyDay
  private var lastHour = Int.min
  private var lastOffset = 0

  /// An indexer for `studyDay`.
  public init(_ studyDay: StudyDay) {
    self.studyDay = studyDay
  }

  /// The study day of `seconds` since 1970.
  public mutating func day(of seconds: Double) -> Int {
    let hour = Int((seconds / 3600).rounded(.down))
    if hour != lastHour {
      lastHour = hour
      lastOffset = studyDay.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
    }
    let local = seconds + Double(lastOffset - studyDay.rolloverHour * 3600)
    return Int((local / 86_400).rounded(.down))
  }

  /// The study day of `date`.
  public mutating func day(of date: Date) -> Int { day(of: date.timeIntervalSince1970) }
}
