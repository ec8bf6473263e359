import Foundation

/// Calendar dates of study days numbered from 1970-01-01 (proleptic Gregorian), without
/// `Calendar`, for counting and labelling days fast. The arithmetic is `ISODate`'s.
public enum CivilDate {
  /// Days from 1970-01-01 to `year-month-day`.
  public static func days(year: Int, month: Int, day: Int) -> Int {
    ISODate.daysFromCivil(year: year, month: month, day: day)
  }

  /// The date `days` after 1970-01-01 as (year, month, day).
  public static func date(days: Int) -> (year: Int, month: Int, day: Int) {
    ISODate.civilFromDays(days)
  }

  /// `YYYY-MM-DD` of the day `days` after 1970-01-01.
  public static func string(days: Int) -> String {
    let (y, m, d) = date(days: days)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(y)-\(two(m))-\(two(d))"
  }

  /// Day of the week of the day `days` after 1970-01-01: 0 Sunday … 6 Saturday.
  public static func weekday(days: Int) -> Int {
    ((days + 4) % 7 + 7) % 7
  }
}
