import Foundation

extension FSRSFitter {
  /// Initial stabilities (w0 … w3) from each card's first rating and whether the review on a
  /// later day recalled it, as fsrs-rs's pre-training does: per first rating, the stability whose
  /// forgetting curve best fits the smoothed recall at each interval, pulled a little towards
  /// the default. Ratings never seen first keep their defaults.
  static func initialStabilities(_ histories: [FSRSCardHistory]) -> [Double] {
    // [first rating][days] → (recalled, count)
    var groups = [[Int: (recalled: Double, count: Double)]](repeating: [:], count: 4)
    var recalled = 0.0
    var count = 0.0
    for history in histories where history.steps.count >= 2 {
      let first = history.steps[0]
      let second = history.steps[1]
      guard (1...4).contains(first.rating), second.deltaDays > 0 else { continue }
      let y = second.rating > 1 ? 1.0 : 0.0
      let old = groups[first.rating - 1][second.deltaDays] ?? (0, 0)
      groups[first.rating - 1][second.deltaDays] = (old.recalled + y, old.count + 1)
      recalled += y
      count += 1
    }
    var result = Array(SchedulerSettings.defaultParameters[0..<4])
    guard count > 0 else { return result }
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
      result[rating] = (low + high) / 2
    }
    return result
  }
}
