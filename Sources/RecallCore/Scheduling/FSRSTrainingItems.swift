import Foundation

/// One review in a log read for fitting: which card, the rating (1 Again … 4 Easy) and when.
public struct FSRSLogReview: Hashable, Sendable {
  /// The card reviewed.
  public var cardID: String
  /// 1 Again, 2 Hard, 3 Good, 4 Easy.
  public var rating: Int
  /// When the review happened.
  public var time: Date

  /// A review from its parts.
  public init(cardID: String, rating: Int, time: Date) {
    self.cardID = cardID
    self.rating = rating
    self.time = time
  }
}

/// One review of a card's history as the fitter sees it: the rating, the learner's days since
/// the card's previous review (0 for the first review and for same-day reviews) and the time.
public struct FSRSStep: Hashable, Sendable {
  /// 1 Again … 4 Easy.
  public var rating: Int
  /// Study days since the previous review (days start at the rollover hour).
  public var deltaDays: Int
  /// When the review happened.
  public var time: Date
}

/// One card's reviews in time order: the sequence FSRS runs through.
public struct FSRSCardHistory: Hashable, Sendable {
  /// The card.
  public var cardID: String
  /// Its reviews, oldest first.
  public var steps: [FSRSStep]

  /// Training items of this history: reviews after the first that come on a later study day
  /// than the review before (fsrs-rs predicts only those; same-day reviews still move the state).
  public var itemCount: Int {
    steps.dropFirst().filter { $0.deltaDays > 0 }.count
  }

  /// The history up to (not including) the first review at or after `cut`.
  public func truncated(before cut: Date) -> FSRSCardHistory {
    FSRSCardHistory(cardID: cardID, steps: steps.filter { $0.time < cut })
  }
}

/// Turns review logs into per-card histories, counting days in the learner's study days.
public enum FSRSTrainingItems {
  /// Groups `reviews` by card, orders each card's reviews by time (ties keep log order) and counts
  /// the days between reviews in `studyDay`'s days, as fsrs-rs does with its next-day-starts-at hour.
  /// Cards come out in order of their first review.
  public static func histories(
    from reviews: [FSRSLogReview], studyDay: StudyDay = StudyDay(timeZone: .gmt)
  ) -> [FSRSCardHistory] {
    var byCard: [String: [(offset: Int, review: FSRSLogReview)]] = [:]
    var order: [String] = []
    for (offset, review) in reviews.enumerated() {
      if byCard[review.cardID] == nil { order.append(review.cardID) }
      byCard[review.cardID, default: []].append((offset, review))
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = studyDay.timeZone
    let shift = -Double(studyDay.rolloverHour) * 3600
    var dayCache: [Int: Int] = [:]
    func dayNumber(_ date: Date) -> Int {
      let shifted = date.addingTimeInterval(shift)
      let key = Int((shifted.timeIntervalSince1970 / 3600).rounded(.down))
      if let day = dayCache[key] { return day }
      let parts = calendar.dateComponents([.year, .month, .day], from: shifted)
      let number = ISODate.daysFromCivil(
        year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      dayCache[key] = number
      return number
    }
    var histories: [FSRSCardHistory] = []
    histories.reserveCapacity(order.count)
    for cardID in order {
      let sorted = (byCard[cardID] ?? []).sorted {
        ($0.review.time, $0.offset) < ($1.review.time, $1.offset)
      }
      var steps: [FSRSStep] = []
      var previousDay: Int?
      for entry in sorted {
        let day = dayNumber(entry.review.time)
        let delta = previousDay.map { max(0, day - $0) } ?? 0
        steps.append(
          FSRSStep(rating: entry.review.rating, deltaDays: delta, time: entry.review.time))
        previousDay = day
      }
      histories.append(FSRSCardHistory(cardID: cardID, steps: steps))
    }
    return histories
  }
}
