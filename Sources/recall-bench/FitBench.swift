import Foundation
import RecallCore

/// Fits FSRS-6 on the first 80 % (in time) of the shared review log and prints log loss and
/// RMSE(bins) on the later reviews for the defaults and recall's fit, with the fit's time, then
/// the mean and range over shuffle seeds 1–8 (RECALL_FIT_SEEDS sets how many) of recall's fit
/// and, when fsrs-rs-python is installed, of fsrs-rs's. Skips with a message when the log is
/// absent.
func benchmarkFit() {
  let path =
    ProcessInfo.processInfo.environment["RECALL_FIT_LOG"] ?? "../shared/data/review-log-12580.csv"
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    print("fit: skipped (no review log at \(path); set RECALL_FIT_LOG)")
    return
  }
  let reviews: [FSRSLogReview]
  do {
    reviews = try FSRSReviewLog.parseCSV(text)
  } catch {
    print("fit: \(path): \(error)")
    return
  }
  guard let cut = FSRSReviewLog.timeCut(reviews, fraction: 0.8) else { return }
  let histories = FSRSTrainingItems.histories(from: reviews)
  let training = histories.map { $0.truncated(before: cut) }
  let clock = ContinuousClock()
  var fit = FSRSFitter().fit(training)
  let elapsed = clock.measure { fit = FSRSFitter().fit(training) }
  let defaults = FSRSEvaluation.evaluate(
    parameters: SchedulerSettings.defaultParameters, on: histories, from: cut)
  let fitted = FSRSEvaluation.evaluate(parameters: fit.parameters, on: histories, from: cut)
  func show(_ x: Double) -> String { String(format: "%.4f", x) }
  print(
    "fit: \(path): \(reviews.count) reviews, cut at 80 % (\(fit.reviews) reviews, \(fit.items) items before; \(fitted.items) items after)"
  )
  print("fit: defaults  log loss \(show(defaults.logLoss))  RMSE(bins) \(show(defaults.rmseBins))")
  print("fit: recall    log loss \(show(fitted.logLoss))  RMSE(bins) \(show(fitted.rmseBins))")
  if let fsrsRS = fsrsRSParameters(path) {
    let theirs = FSRSEvaluation.evaluate(parameters: fsrsRS, on: histories, from: cut)
    print("fit: fsrs-rs   log loss \(show(theirs.logLoss))  RMSE(bins) \(show(theirs.rmseBins))")
  } else {
    print("fit: fsrs-rs   not run (pip install fsrs-rs-python; set RECALL_PYTHON to its python)")
  }
  // One shuffle seed gives one figure; RMSE(bins) on 1,461 items moves by ±10 % and more
  // between seeds, fsrs-rs's as much as recall's.
  let seeds = max(
    1, ProcessInfo.processInfo.environment["RECALL_FIT_SEEDS"].flatMap { Int($0) } ?? 8)
  var scores: [FSRSEvaluation] = []
  var theirScores: [FSRSEvaluation] = []
  for seed in UInt64(1)...UInt64(seeds) {
    let parameters = FSRSFitter(seed: seed).fit(training).parameters
    scores.append(FSRSEvaluation.evaluate(parameters: parameters, on: histories, from: cut))
    if let theirs = fsrsRSParameters(path, options: ["--seed", "\(seed)"]) {
      theirScores.append(FSRSEvaluation.evaluate(parameters: theirs, on: histories, from: cut))
    }
  }
  func spread(_ values: [Double]) -> String {
    let mean = values.reduce(0, +) / Double(values.count)
    return "\(show(mean)) (\(show(values.min() ?? mean))–\(show(values.max() ?? mean)))"
  }
  print(
    "fit: recall, shuffle seeds 1–\(seeds): log loss \(spread(scores.map(\.logLoss)))  RMSE(bins) \(spread(scores.map(\.rmseBins)))"
  )
  if theirScores.count == seeds {
    print(
      "fit: fsrs-rs, shuffle seeds 1–\(seeds): log loss \(spread(theirScores.map(\.logLoss)))  RMSE(bins) \(spread(theirScores.map(\.rmseBins)))"
    )
  }
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  print("fit: fitting time \(String(format: "%.3f", seconds)) s")
  print(
    "fit: parameters \(fit.parameters.map { String(format: "%.4f", $0) }.joined(separator: ", "))")
}

/// fsrs-rs's parameters fitted on the same 80 % by `scripts/fit_fsrs_rs.py` (with its `options`,
/// such as another shuffle seed), scored above with recall's evaluator so the rows are measured
/// alike; nil when Python or fsrs-rs-python is missing.
private func fsrsRSParameters(_ log: String, options: [String] = []) -> [Double]? {
  let python = ProcessInfo.processInfo.environment["RECALL_PYTHON"] ?? "/usr/bin/env"
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  let script = "scripts/fit_fsrs_rs.py"
  process.arguments =
    (python == "/usr/bin/env" ? ["python3"] : []) + [script, log, "--json"] + options
  let output = Pipe()
  process.standardOutput = output
  process.standardError = FileHandle.nullDevice
  do { try process.run() } catch { return nil }
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0,
    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
    let parameters = object["parameters"] as? [Double], parameters.count == 21
  else { return nil }
  return parameters
}
