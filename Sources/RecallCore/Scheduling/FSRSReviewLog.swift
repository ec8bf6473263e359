import Foundation

/// Why a review log could not be read for fitting; every message names the line and field.
public enum ReviewLogError: Error, Equatable, Sendable {
  /// The first line is not a header naming `card_id`, `review_rating` and `review_time`.
  case badHeader(found: String)
  /// A row has fewer fields than the header names (`field` is the first one missing).
  case missingField(line: Int, field: String)
  /// A rating other than 1, 2, 3 or 4.
  case invalidRating(line: Int, value: String)
  /// A time that is not an ISO-8601 date-time with a time zone.
  case invalidTime(line: Int, value: String)
  /// An empty card id.
  case emptyCardID(line: Int)
  /// A journal line that cannot be read (`message` names the field when it can).
  case badJournalLine(line: Int, message: String)
  /// The log holds no reviews.
  case empty
}

extension ReviewLogError: LocalizedError, CustomStringConvertible {
  /// The one-line message, e.g. `line 7, review_rating: 5 is not a rating (use 1 to 4)`.
  public var description: String {
    switch self {
    case .badHeader(let found):
      return
        "line 1: the header must name card_id,review_rating,review_time[,review_duration] (found '\(found)')"
    case .missingField(let line, let field):
      return "line \(line), \(field): missing (each row needs card_id,review_rating,review_time)"
    case .invalidRating(let line, let value):
      return "line \(line), review_rating: '\(value)' is not a rating (use 1 to 4)"
    case .invalidTime(let line, let value):
      return
        "line \(line), review_time: '\(value)' is not an ISO-8601 time with a zone (e.g. 2024-03-29T20:32:32+00:00)"
    case .emptyCardID(let line):
      return "line \(line), card_id: empty"
    case .badJournalLine(let line, let message):
      return "line \(line), \(message)"
    case .empty:
      return "the log holds no reviews"
    }
  }

  /// Same as `description`.
  public var errorDescription: String? { description }
}

/// Reads review logs shaped like fsrs-rs's and the shared benchmark log:
/// CSV with a header `card_id,review_rating,review_time[,review_duration]` in any column order.
public enum FSRSReviewLog {
  /// The reviews of a CSV log, in file order. Throws the first bad row, naming line and field.
  public static func parseCSV(_ text: String) throws(ReviewLogError) -> [FSRSLogReview] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty {
      lines.removeLast()
    }
    guard let header = lines.first else { throw .empty }
    let names = header.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard let cardColumn = names.firstIndex(of: "card_id"),
      let ratingColumn = names.firstIndex(of: "review_rating"),
      let timeColumn = names.firstIndex(of: "review_time")
    else { throw .badHeader(found: String(header)) }
    var reviews: [FSRSLogReview] = []
    reviews.reserveCapacity(lines.count)
    for (offset, line) in lines.enumerated().dropFirst() {
      let number = offset + 1
      if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      for (column, name) in [
        (cardColumn, "card_id"), (ratingColumn, "review_rating"),
        (timeColumn, "review_time"),
      ]
      where column >= fields.count {
        throw .missingField(line: number, field: name)
      }
      let cardID = fields[cardColumn]
      guard !cardID.isEmpty else { throw .emptyCardID(line: number) }
      guard let rating = Int(fields[ratingColumn]), (1...4).contains(rating) else {
        throw .invalidRating(line: number, value: fields[ratingColumn])
      }
      guard let time = ISODate.parse(fields[timeColumn]) else {
        throw .invalidTime(line: number, value: fields[timeColumn])
      }
      reviews.append(FSRSLogReview(cardID: cardID, rating: rating, time: time))
    }
    guard !reviews.isEmpty else { throw .empty }
    return reviews
  }

  /// The reviews of a log that is either CSV (see `parseCSV`) or a recall journal (one JSON
  /// entry a line; answers taken back by an undo are left out; cards named `deck/card`).
  public static func parse(_ text: String) throws(ReviewLogError) -> [FSRSLogReview] {
    let start = text.first { !$0.isWhitespace }
    return start == "{" ? try parseJournal(text) : try parseCSV(text)
  }

  /// The answers in a recall journal, in file order, without those an undo took back.
  public static func parseJournal(_ text: String) throws(ReviewLogError) -> [FSRSLogReview] {
    let decoder = JSONCoding.decoder()
    var reviews: [FSRSLogReview] = []
    let bytes = Array(text.utf8)
    var lines = JournalLines(bytes)
    while let line = lines.next() ?? lines.unterminated() {
      if line.isBlank { continue }
      let entry: JournalEntry
      do {
        entry = try JournalLine.decode(bytes[line.text], decoder: decoder)
      } catch {
        throw .badJournalLine(line: line.number, message: error.location)
      }
      switch entry {
      case .review(let record):
        reviews.append(
          FSRSLogReview(
            cardID: "\(record.deck)/\(record.card)", rating: record.rating.rawValue,
            time: record.at))
      case .change(let change):
        guard change.event == .undo, let undone = change.undoes else { continue }
        let cardID = "\(change.deck)/\(change.card)"
        if let index = reviews.lastIndex(where: { $0.cardID == cardID && $0.time == undone }) {
          reviews.remove(at: index)
        }
      }
    }
    guard !reviews.isEmpty else { throw .empty }
    return reviews
  }

  /// The time before which `fraction` of `reviews` (ordered by time) fall: the cut of a
  /// time-split evaluation. Nil for an empty log.
  public static func timeCut(_ reviews: [FSRSLogReview], fraction: Double) -> Date? {
    let times = reviews.map(\.time).sorted()
    guard !times.isEmpty else { return nil }
    let index = min(times.count - 1, max(0, Int((Double(times.count) * fraction).rounded(.down))))
    return times[index]
  }
}
