import Foundation

/// What `recall schedule --fit` reports: the fitted parameters and how defaults and fit score
/// on the same log.
public struct FSRSFitReport: Hashable, Sendable {
  /// The fit itself (parameters, reviews, items).
  public var fit: FSRSFit
  /// FSRS-6's defaults scored on the log.
  public var defaults: FSRSEvaluation
  /// The fitted parameters scored on the log.
  public var fitted: FSRSEvaluation

  /// Fits `reviews` (days counted in `studyDay`'s days) and scores defaults and fit on them.
  public init(reviews: [FSRSLogReview], studyDay: StudyDay = StudyDay(timeZone: .gmt)) {
    let histories = FSRSTrainingItems.histories(from: reviews, studyDay: studyDay)
    fit = FSRSFitter().fit(histories)
    defaults = FSRSEvaluation.evaluate(
      parameters: SchedulerSettings.defaultParameters, on: histories)
    fitted = FSRSEvaluation.evaluate(parameters: fit.parameters, on: histories)
  }

  /// `{"parameters": [21 numbers], "reviews": N, "items": N, "log_loss": {"default": x,
  /// "fitted": y}, "rmse_bins": {"default": x, "fitted": y}}` on one line.
  public var json: String {
    func number(_ x: Double) -> String { String(format: "%.6g", x) }
    let parameters = fit.parameters.map { String(format: "%.4f", $0) }.joined(separator: ", ")
    return """
      {"parameters": [\(parameters)], "reviews": \(fit.reviews), "items": \(fit.items), \
      "log_loss": {"default": \(number(defaults.logLoss)), "fitted": \(number(fitted.logLoss))}, \
      "rmse_bins": {"default": \(number(defaults.rmseBins)), "fitted": \(number(fitted.rmseBins))}}
      """
  }

  /// The 21 parameters as three indented lines of seven (`  w0 0.2120  w1 1.2931 …`).
  public static func parameterLines(_ parameters: [Double]) -> [String] {
    stride(from: 0, to: parameters.count, by: 7).map { row in
      let cells = (row..<min(row + 7, parameters.count)).map {
        "w\($0) " + String(format: "%.4f", parameters[$0])
      }
      return "  " + cells.joined(separator: "  ")
    }
  }

  /// A few lines for people: the parameters, counts and the two scores.
  public var text: String {
    func four(_ x: Double) -> String { String(format: "%.4f", x) }
    var lines = [
      "FSRS-6 parameters fitted to \(fit.reviews) reviews (\(fit.items) training items):"
    ]
    lines += Self.parameterLines(fit.parameters)
    lines.append("               log loss  RMSE(bins)")
    lines.append("  defaults     \(four(defaults.logLoss))    \(four(defaults.rmseBins))")
    lines.append("  fitted       \(four(fitted.logLoss))    \(four(fitted.rmseBins))")
    return lines.joined(separator: "\n")
  }
}
