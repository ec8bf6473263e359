import Foundation

/// How well a set of FSRS parameters predicts a log: fsrs-rs's two figures.
public struct FSRSEvaluation: Hashable, Sendable {
  /// Mean binary cross-entropy of predicted recall against what happened (lower is better).
  public var logLoss: Double
  /// Root mean square gap between mean predicted and actual recall over fsrs-rs's 20
  /// logarithmic bins of predicted recall, weighted by the items in each bin.
  public var rmseBins: Double
  /// Training items scored.
  public var items: Int

  /// Scores `parameters` on every training item of `histories` whose review is at or after
  /// `start` (all items when nil); earlier reviews still shape the memory state.
  public static func evaluate(
    parameters: [Double], on histories: [FSRSCardHistory], from start: Date? = nil
  ) -> FSRSEvaluation {
    let model = FSRSModel(parameters: Self.completed(parameters))
    var predictions: [Double] = []
    var outcomes: [Double] = []
    for history in histories {
      model.run(history) { index, p in
        let review = history.steps[index]
        if let start, review.time < start { return }
        predictions.append(p)
        outcomes.append(review.rating > 1 ? 1 : 0)
      }
    }
    return FSRSEvaluation(
      logLoss: logLoss(predictions, outcomes), rmseBins: rmseBins(predictions, outcomes),
      items: predictions.count)
  }

  /// 21 parameters: missing ones take FSRS-6's defaults.
  static func completed(_ parameters: [Double]) -> [Double] {
    let defaults = SchedulerSettings.defaultParameters
    return defaults.indices.map { $0 < parameters.count ? parameters[$0] : defaults[$0] }
  }

  /// Mean binary cross-entropy, predictions kept within (0, 1).
  static func logLoss(_ predictions: [Double], _ outcomes: [Double]) -> Double {
    guard !predictions.isEmpty else { return 0 }
    var total = 0.0
    for (p, y) in zip(predictions, outcomes) {
      let q = min(max(p, 1e-7), 1 - 1e-7)
      total -= y * log(q) + (1 - y) * log(1 - q)
    }
    return total / Double(predictions.count)
  }

  /// fsrs-rs's bin of a predicted recall: `floor(21^p) - 1`, within 0 … 19.
  static func bin(_ p: Double) -> Int {
    let raw = (exp(p * log(21.0))).rounded(.down) - 1
    return Int(min(max(raw, 0), 19))
  }

  /// RMSE over bins, as fsrs-rs's `calibration_rmse`.
  static func rmseBins(_ predictions: [Double], _ outcomes: [Double]) -> Double {
    guard !predictions.isEmpty else { return 0 }
    var predicted = [Double](repeating: 0, count: 20)
    var actual = [Double](repeating: 0, count: 20)
    var counts = [Double](repeating: 0, count: 20)
    for (p, y) in zip(predictions, outcomes) {
      let b = bin(p)
      predicted[b] += p
      actual[b] += y
      counts[b] += 1
    }
    var sum = 0.0
    for b in 0..<20 where counts[b] > 0 {
      let gap = (predicted[b] - actual[b]) / counts[b]
      sum += gap * gap * counts[b]
    }
    return (sum / Double(predictions.count)).squareRoot()
  }
}
