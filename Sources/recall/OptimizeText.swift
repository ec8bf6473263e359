import Foundation
import RecallCore

/// What `recall optimize` prints, as text for people or one JSON object for tools.
enum OptimizeText {
  /// `--reset`: `removed` is the fit taken away (nil when the defaults were in use already).
  case reset(learner: String, removed: FittedParameters?)
  /// A fit (or too little history for one); `previous` is the fit in use before, `saved` says
  /// whether the new one replaced it in `file`.
  case fit(
    learner: String, optimization: LearnerOptimization, previous: FittedParameters?,
    saved: Bool, file: String)

  /// The lines to print, drawn in `style`.
  func lines(style: ChartStyle) -> [String] {
    switch self {
    case .reset(let learner, let removed):
      guard let removed else {
        return ["\(learner) already uses FSRS-6's default parameters: nothing changed."]
      }
      return [
        "\(learner) is scheduled with FSRS-6's default parameters again (the fit of \(Self.day(removed.fittedAt)) is removed)."
      ]
    case .fit(let learner, let optimization, let previous, let saved, let file):
      return Self.fitLines(
        learner: learner, optimization, previous: previous, saved: saved, file: file,
        style: style)
    }
  }

  private static func fitLines(
    learner: String, _ o: LearnerOptimization, previous: FittedParameters?, saved: Bool,
    file: String, style: ChartStyle
  ) -> [String] {
    let answers = "\(o.reviews) answer\(o.reviews == 1 ? "" : "s")"
    if case .tooLittleHistory(let items, let needed) = o.outcome {
      return [
        "\(learner) has \(answers), \(items) of them on a later day than the card's previous answer (what a fit learns from).",
        "Fitting needs \(needed) of those: \(needed - items) more \(needed - items == 1 ? "is" : "are") needed. Nothing changed.",
      ]
    }
    var lines = [
      style.paint("FSRS-6 parameters fitted to \(learner)'s \(answers)", { $0.bold })
        + " (\(o.items) on a later day than the card's previous answer):"
    ]
    lines += FSRSFitReport.parameterLines(o.fittedWeights)
    if o.items < FSRSFitter.minimumItemsForTraining {
      lines.append(
        "  (below \(FSRSFitter.minimumItemsForTraining) of those answers only w0–w3, the first stabilities, are fitted)"
      )
    }
    lines.append("")
    lines.append(
      style.paint("How well they predict \(learner)'s answers", { $0.bold }) + " (lower is better):"
    )
    lines.append("  " + pad("", 28) + "log loss  RMSE(bins)")
    func row(_ label: String, _ e: FSRSEvaluation) -> String {
      "  " + pad(label, 28) + four(e.logLoss) + "    " + four(e.rmseBins)
    }
    lines.append(row("defaults", o.defaults))
    if let previous { lines.append(row("in use (fitted \(day(previous.fittedAt)))", o.current)) }
    lines.append(row("fitted now", o.fitted))
    lines.append("")
    lines.append(
      style.paint("Reviews due, next \(Workload.days) days", { $0.bold })
        + " (every card answered Good when due):")
    let heads = ["today"] + (1..<Workload.days).map { "+\($0)" } + ["total"]
    lines.append("  " + pad("", 8) + heads.map { $0.leftPad(6) }.joined())
    func counts(_ label: String, _ values: [Int]) -> String {
      "  " + pad(label, 8) + (values + [values.reduce(0, +)]).map { String($0).leftPad(6) }.joined()
    }
    lines.append(counts("in use", o.workloadCurrent))
    let change = o.workloadFitted.reduce(0, +) - o.workloadCurrent.reduce(0, +)
    lines.append(
      counts("fitted", o.workloadFitted) + "  (" + (change > 0 ? "+\(change)" : "\(change)") + ")")
    lines.append("")
    if let previous, previous.weights == o.fittedWeights {
      lines.append("These are the parameters in use already: nothing changed.")
    } else if saved {
      lines.append(
        "Saved in \(file): \(learner) is scheduled with these parameters from now on ('recall optimize --reset' goes back to the defaults)."
      )
    } else {
      lines.append(
        "The fit predicts \(learner)'s answers no better than the parameters in use: nothing changed."
      )
    }
    return lines
  }

  /// The same as one line of JSON (keys sorted).
  var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data: Data?
    switch self {
    case .reset(let learner, let removed):
      data = try? encoder.encode(ResetJSON(learner: learner, reset: true, changed: removed != nil))
    case .fit(let learner, let o, let previous, let saved, _):
      let outcome: String
      switch o.outcome {
      case .tooLittleHistory: outcome = "too_little_history"
      case .better: outcome = "better"
      case .noBetter: outcome = "no_better"
      }
      var fitted: [Double]? = o.fittedWeights
      if case .tooLittleHistory = o.outcome { fitted = nil }
      data = try? encoder.encode(
        FitJSON(
          learner: learner, outcome: outcome, saved: saved, reviews: o.reviews, items: o.items,
          itemsNeeded: o.itemsNeeded, parameters: fitted,
          previousFittedAt: previous.map { JSONCoding.formatDate($0.fittedAt) },
          logLoss: Scores(
            default: o.defaults.logLoss, current: o.current.logLoss, fitted: o.fitted.logLoss),
          rmseBins: Scores(
            default: o.defaults.rmseBins, current: o.current.rmseBins, fitted: o.fitted.rmseBins),
          workload: Days(current: o.workloadCurrent, fitted: o.workloadFitted)))
    }
    return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }

  /// `YYYY-MM-DD` of `date`, in local time.
  static func day(_ date: Date) -> String {
    var indexer = DayIndexer(StudyDay(rolloverHour: 0))
    return CivilDate.string(days: indexer.day(of: date))
  }

  private static func four(_ x: Double) -> String { String(format: "%.4f", x) }
  private static func pad(_ text: String, _ width: Int) -> String {
    text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0)
  }

  private struct ResetJSON: Encodable {
    var learner: String
    var reset: Bool
    var changed: Bool
  }

  private struct Scores: Encodable {
    var `default`: Double
    var current: Double
    var fitted: Double
  }

  private struct Days: Encodable {
    var current: [Int]
    var fitted: [Int]
  }

  private struct FitJSON: Encodable {
    var learner: String
    var outcome: String
    var saved: Bool
    var reviews: Int
    var items: Int
    var itemsNeeded: Int
    var parameters: [Double]?
    var previousFittedAt: String?
    var logLoss: Scores
    var rmseBins: Scores
    var workload: Days

    enum CodingKeys: String, CodingKey {
      case learner, outcome, saved, reviews, items, parameters, workload
      case itemsNeeded = "items_needed"
      case previousFittedAt = "previous_fitted_at"
      case logLoss = "log_loss"
      case rmseBins = "rmse_bins"
    }
  }
}

/// Which parameters the scheduler uses, for `stats` and `settings`: `FSRS-6 defaults`, or
/// `FSRS-6 fitted on 2026-12-07 from 812 answers`.
func parameterSource(_ fitted: FittedParameters?) -> String {
  guard let fitted else { return "FSRS-6 defaults ('recall optimize' fits them to your answers)" }
  return
    "FSRS-6 fitted on \(OptimizeText.day(fitted.fittedAt)) from \(fitted.reviews) answer\(fitted.reviews == 1 ? "" : "s")"
}
