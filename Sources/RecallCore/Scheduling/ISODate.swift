import Foundation

/// ISO-8601 date-times (`2024-05-01T12:00:00Z`, `2024-05-01T14:00:00.5+02:00`) without Foundation
/// formatters: proleptic Gregorian calendar, explicit time zone required.
enum ISODate {
  /// Reads `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; nil if malformed or out of range.
  static func parse(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { parse(utf8: $0) }
  }

  /// `parse(_:)` on the UTF-8 bytes of the text, without copying them.
  static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Date? {
    seconds(utf8: b).map(Date.init(timeIntervalSince1970:))
  }

  /// Seconds since 1970 of the date-time `parse(utf8:)` reads: the one reading of a time in
  /// recall's files, also for the statistics scanner (which wants no `Date`).
  static func seconds(utf8 b: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    func number(_ width: Int) -> Int? {
      guard i + width <= b.count else { return nil }
      var value = 0
      for k in i..<(i + width) {
        let digit = b[k] &- 48
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      i += width
      return value
    }
    func skip(_ byte: UInt8, or other: UInt8? = nil) -> Bool {
      guard i < b.count, b[i] == byte || b[i] == other else { return false }
      i += 1
      return true
    }
    guard let year = number(4), skip(UInt8(ascii: "-")), let month = number(2),
      skip(UInt8(ascii: "-")), let day = number(2), skip(UInt8(ascii: "T"), or: UInt8(ascii: "t")),
      let hour = number(2), skip(UInt8(ascii: ":")), let minute = number(2),
      skip(UInt8(ascii: ":")), let second = number(2)
    else { return nil }
    var fraction = 0.0
    if skip(UInt8(ascii: ".")) {
      let begin = i
      var digits = 0
      while i < b.count, b[i] &- 48 < 10 {
        if i - begin < 15 { digits = digits * 10 + Int(b[i] &- 48) }
        i += 1
      }
      let count = i - begin
      guard count > 0 else { return nil }
      if count < powersOfTen.count {
        // Both exact, so the quotient is the correctly rounded fraction, as Double("0.…").
        fraction = Double(digits) / powersOfTen[count]
      } else {
        guard let value = Double("0." + String(decoding: b[begin..<i], as: UTF8.self)) else {
          return nil
        }
        fraction = value
      }
    }
    var offset = 0
    if skip(UInt8(ascii: "Z"), or: UInt8(ascii: "z")) {
      offset = 0
    } else if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
      let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
      i += 1
      guard let hours = number(2), skip(UInt8(ascii: ":")), let minutes = number(2), hours < 24,
        minutes < 60
      else { return nil }
      offset = sign * (hours * 3600 + minutes * 60)
    } else {
      return nil
    }
    guard i == b.count, (1...12).contains(month), day >= 1,
      day <= daysIn(month: month, year: year), hour < 24, minute < 60, second < 60
    else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
    return Double(seconds) + fraction
  }

  /// 10⁰ … 10¹⁵, each exact as a `Double`: fractions of up to 15 digits are read without text.
  private static let powersOfTen: [Double] = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  ]

  /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, with up to six fraction digits when the time has a fraction.
  static func format(_ date: Date) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(28)
    append(date, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `format(date)`'s UTF-8 bytes to `out`, digit by digit (journal lines write
  /// several dates each, and string interpolation made dates the cost of an import).
  static func append(_ date: Date, to out: inout [UInt8]) {
    let t = date.timeIntervalSince1970
    guard t.isFinite, abs(t) < 1e14 else {
      out.append(contentsOf: "\(t)".utf8)
      return
    }
    var whole = Int(t.rounded(.down))
    var micros = Int(((t - Double(whole)) * 1_000_000).rounded())
    if micros >= 1_000_000 {
      whole += 1
      micros -= 1_000_000
    }
    let days = Int((Double(whole) / 86_400).rounded(.down))
    let secondsOfDay = whole - days * 86_400
    let (year, month, day) = civilFromDays(days)
    func digits(_ value: Int, _ width: Int) {
      var divisor = 1
      for _ in 1..<width { divisor *= 10 }
      var rest = value
      while divisor > 0 {
        out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
        rest %= divisor
        divisor /= 10
      }
    }
    if year >= 0 && year < 10_000 {
      digits(year, 4)
    } else {
      out.append(contentsOf: "\(year)".utf8)
    }
    out.append(UInt8(ascii: "-"))
    digits(month, 2)
    out.append(UInt8(ascii: "-"))
    digits(day, 2)
    out.append(UInt8(ascii: "T"))
    digits(secondsOfDay / 3600, 2)
    out.append(UInt8(ascii: ":"))
    digits(secondsOfDay / 60 % 60, 2)
    out.append(UInt8(ascii: ":"))
    digits(secondsOfDay % 60, 2)
    if micros > 0 {
      var fraction = micros
      var width = 6
      while fraction % 10 == 0 {
        fraction /= 10
        width -= 1
      }
      out.append(UInt8(ascii: "."))
      digits(fraction, width)
    }
    out.append(UInt8(ascii: "Z"))
  }

  private static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// Days in `month` of `year` (proleptic Gregorian).
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
