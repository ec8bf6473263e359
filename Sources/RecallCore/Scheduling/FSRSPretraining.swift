import Foundation

extension FSRSFitter {
  /// Initial stabilities (w0 … w3) from each card's first rating and whether its first review
  /// on a later day (after any same-day reviews) recalled it, as fsrs-rs's pre-training does: per first rating, the stability whose
  /// forgetting curve best fits the smoothed recall at each interval, pulled a little towards
  /// the default. Ratings never seen first are filled in from the others (`smoothedAndFilled`).
  /// Also returns how many cards each first rating had, which the fit's end needs again.
  static func initialStabilities(_ histories: [FSRSCardHistory]) -> (
    stabilities: [Double], counts: [Double]
  ) {
    // [first rating][days] → (recalled, count)
    var groups = [[Int: (recalled: Double, count: Double)]](repeating: [:], count: 4)
    var recalled = 0.0
    var count = 0.0
    for history in histories {
      for step in history.steps.dropFirst() where step.deltaDays > 0 {
        recalled += step.rating > 1 ? 1 : 0
        count += 1
      }
      // The card's first review on a later day than its first, after any same-day reviews.
      guard let first = history.steps.first, (1...4).contains(first.rating),
        let next = history.steps.dropFirst().first(where: { $0.deltaDays > 0 })
      else { continue }
      let y = next.rating > 1 ? 1.0 : 0.0
      let old = groups[first.rating - 1][next.deltaDays] ?? (0, 0)
      groups[first.rating - 1][next.deltaDays] = (old.recalled + y, old.count + 1)
    }
    let counts = groups.map { $0.values.reduce(0) { $0 + $1.count } }
    let defaults = Array(SchedulerSettings.defaultParameters[0..<4])
    guard count > 0 else { return (defaults, counts) }
    var found: [Double?] = [nil, nil, nil, nil]
    let averageRecall = recalled / count
    let decay = SchedulerSettings.defaultParameters[20]
    let factor = pow(0.9, -1 / decay) - 1
    for rating in 0..<4 where !groups[rating].isEmpty {
      let data = groups[rating].keys.sorted().map { days -> (Double, Double, Double) in
        let group = groups[rating][days] ?? (0, 0)
        let smoothed = (group.recalled + averageRecall) / (group.count + 1)
        return (Double(days), smoothed, group.count)
      }
      let defaultS = SchedulerSettings.defaultParameters[rating]
      func loss(_ s: Double) -> Double {
        var total = 0.0
        for (days, recall, n) in data {
          let p = min(max(pow(1 + factor * days / s, -decay), 1e-7), 1 - 1e-7)
          total -= (recall * log(p) + (1 - recall) * log(1 - p)) * n
        }
        return total + abs(s - defaultS) / 16
      }
      var low = 0.001
      var high = 100.0
      var iterations = 0
      while high - low > 1e-6, iterations < 1000 {
        iterations += 1
        let mid1 = low + (high - low) / 3
        let mid2 = high - (high - low) / 3
        if loss(mid1) < loss(mid2) { high = mid2 } else { low = mid1 }
      }
      found[rating] = (low + high) / 2
    }
    return (smoothedAndFilled(found, counts: counts), counts)
  }

  /// Initial stabilities made to rise with the rating (a lower rating with more data wins a
  /// tie-break, as in fsrs-rs), then missing ones filled in from the known ones on fsrs-rs's
  /// geometric relations: S(hard) = S(again)^0.41 · S(good)^0.59 and
  /// S(good) = S(hard)^0.46 · S(easy)^0.54. A single known rating scales the defaults.
  static func smoothedAndFilled(_ given: [Double?], counts: [Double]) -> [Double] {
    var s = given
    for (small, big) in [(0, 1), (1, 2), (2, 3), (0, 2), (1, 3), (0, 3)] {
      guard let a = s[small], let b = s[big], a > b else { continue }
      if counts[small] > counts[big] { s[big] = a } else { s[small] = b }
    }
    let defaults = Array(SchedulerSettings.defaultParameters[0..<4])
    let known = (0..<4).filter { s[$0] != nil }
    var logs = s.map { $0.map { Foundation.log($0) } }
    switch known.count {
    case 0:
      return defaults
    case 1:
      let only = known[0]
      let factor = (s[only] ?? defaults[only]) / defaults[only]
      return defaults.map { min(max($0 * factor, 0.001), 100) }
    default:
      // log S: l1 = a·l0 + (1−a)·l2 and l2 = (1−b)·l1 + b·l3, with fsrs-rs's a and b.
      let a = 0.41
      let b = 0.54
      let rows: [[Double]] = [[-a, 1, -(1 - a), 0], [0, -(1 - b), 1, -b]]
      let unknown = (0..<4).filter { logs[$0] == nil }
      if unknown.count == 1, let u = unknown.first {
        let row = u == 3 || (u == 2 && logs[1] == nil) ? rows[1] : rows[u <= 1 ? 0 : 1]
        let rest = (0..<4).filter { $0 != u }.reduce(0.0) { $0 + row[$1] * (logs[$1] ?? 0) }
        logs[u] = -rest / row[u]
      } else if unknown.count == 2 {
        let (u, v) = (unknown[0], unknown[1])
        let r = rows.map { row in
          (0..<4).filter { $0 != u && $0 != v }.reduce(0.0) { $0 - row[$1] * (logs[$1] ?? 0) }
        }
        let det = rows[0][u] * rows[1][v] - rows[0][v] * rows[1][u]
        if det != 0 {
          logs[u] = (r[0] * rows[1][v] - rows[0][v] * r[1]) / det
          logs[v] = (rows[0][u] * r[1] - r[0] * rows[1][u]) / det
        }
      }
      return (0..<4).map { index in
        logs[index].map { min(max(Foundation.exp($0), 0.001), 100) } ?? defaults[index]
      }
    }
  }
}
