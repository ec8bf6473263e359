import Foundation

extension FSRSFitter {
  /// `histories` without the cards whose start is an outlier, as fsrs-rs leaves them out of
  /// training: cards are grouped by first rating and by the days until their first later-day
  /// review; in each first rating, the rarest such groups (shortest gaps first among equally rare
  /// ones, as fsrs-rs orders them) are dropped until 5 % of the cards (at least 20) are gone, and
  /// so are groups of fewer
  /// than 6 cards and gaps over 100 days (365 after a first Easy). Cards without a later-day
  /// review are kept (they hold no item).
  static func withoutOutliers(_ histories: [FSRSCardHistory]) -> [FSRSCardHistory] {
    var groups = [[Int: Int]](repeating: [:], count: 4)
    for history in histories {
      guard let key = Self.startKey(history) else { continue }
      groups[key.rating - 1][key.days, default: 0] += 1
    }
    var removed = [Set<Int>](repeating: [], count: 4)
    for rating in 0..<4 {
      let total = groups[rating].values.reduce(0, +)
      let quota = max(20, total / 20)
      let rarestFirst = groups[rating].sorted { ($0.value, $0.key) < ($1.value, $1.key) }
      var dropped = 0
      let longest = rating == 3 ? 365 : 100
      for (days, cards) in rarestFirst {
        if dropped + cards < quota {
          dropped += cards
          removed[rating].insert(days)
        } else if cards < 6 || days > longest {
          removed[rating].insert(days)
        }
      }
    }
    return histories.filter { history in
      guard let key = Self.startKey(history) else { return true }
      return !removed[key.rating - 1].contains(key.days)
    }
  }

  /// A card's first rating and the days until its first review on a later study day.
  private static func startKey(_ history: FSRSCardHistory) -> (rating: Int, days: Int)? {
    guard let first = history.steps.first, (1...4).contains(first.rating),
      let next = history.steps.dropFirst().first(where: { $0.deltaDays > 0 })
    else { return nil }
    return (first.rating, next.deltaDays)
  }
}
