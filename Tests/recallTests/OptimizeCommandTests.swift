import Foundation
import Testing

@testable import RecallCore

/// `recall optimize`: a learner's own parameters, saved, used, shown and reset.
@Suite struct OptimizeCommandTests {
  let end = Date(timeIntervalSince1970: 1_715_342_400)  // 2024-05-10T12:00:00Z, as fixedTime

  func settingsFile(_ home: URL, _ learner: String) -> URL {
    home.appendingPathComponent("Progress/\(learner)/settings.json")
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func tooLittleHistorySaysHowManyMoreAndChangesNothing() throws {
    let home = try makeHome()
    try writeAnswers(
      "ana", home: home,
      answers: [
        ("definition:stem-cells", .good, 3), ("definition:stem-cells", .good, 1),
        ("definition:adult-stem-cells", .again, 2), ("definition:adult-stem-cells", .good, 0),
      ])
    let result = try runRecall(
      ["optimize", "--home", home.path, "--learner", "ana"], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("ana has 4 answers, 2 of them on a later day"))
    #expect(result.stdout.contains("Fitting needs 8 of those: 6 more are needed. Nothing changed."))
    #expect(!FileManager.default.fileExists(atPath: settingsFile(home, "ana").path))
    let machine = try json(
      try runRecall(
        ["optimize", "--home", home.path, "--learner", "ana", "--json"], environment: fixedTime
      ).stdout)
    #expect(machine["outcome"] as? String == "too_little_history")
    #expect(machine["items_needed"] as? Int == 6)
    #expect(machine["saved"] as? Bool == false)
  }

  @Test func anUnknownLearnerIsAnErrorAndCreatesNoFolder() throws {
    let home = try makeHome()
    let result = try runRecall(
      ["optimize", "--home", home.path, "--learner", "nobody"], environment: fixedTime)
    #expect(result.status == 2)
    #expect(result.stderr.contains("nobody"))
    #expect(
      !FileManager.default.fileExists(atPath: home.appendingPathComponent("Progress/nobody").path))
  }

  @Test func aFitIsSavedWithItsDateShownByStatsAndResetGoesBack() throws {
    let home = try makeHome()
    let answers = try SimulatedLearner(truth: SimulatedLearner.forgetful, cards: 40, days: 30)
      .write("ana", home: home, end: end)
    let result = try runRecall(
      ["optimize", "--home", home.path, "--learner", "ana"], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("FSRS-6 parameters fitted to ana's \(answers) answers"))
    #expect(result.stdout.contains("defaults"))
    #expect(result.stdout.contains("fitted now"))
    #expect(result.stdout.contains("Reviews due, next 7 days"))
    #expect(result.stdout.contains("Saved in Progress/ana/settings.json"))

    let saved = try json(
      String(decoding: try Data(contentsOf: settingsFile(home, "ana")), as: UTF8.self))
    let block = try #require(saved["fitted_parameters"] as? [String: Any])
    let weights = try #require(block["weights"] as? [Double])
    #expect(weights.count == 21)
    #expect(weights != SchedulerSettings.defaultParameters)
    #expect((block["fitted_at"] as? String)?.hasPrefix("2024-05-10T12:00:0") == true)
    #expect(block["reviews"] as? Int == answers)

    try FileManager.default.copyItem(
      at: home.appendingPathComponent("Decks/stem-cells.json"),
      to: home.appendingPathComponent("Decks/sim.json"))
    let stats = try runRecall(
      ["stats", "sim", "--home", home.path, "--learner", "ana"], environment: fixedTime)
    #expect(stats.stdout.contains("FSRS-6 fitted on 2024-05-10 from \(answers) answers"))
    let statsJSON = try json(
      try runRecall(
        ["stats", "sim", "--home", home.path, "--learner", "ana", "--json"],
        environment: fixedTime
      ).stdout)
    let parameters = try #require(statsJSON["parameters"] as? [String: Any])
    #expect(parameters["source"] as? String == "fitted")
    #expect(parameters["reviews"] as? Int == answers)

    let reset = try runRecall(
      ["optimize", "--reset", "--home", home.path, "--learner", "ana"], environment: fixedTime)
    #expect(reset.status == 0, "stderr: \(reset.stderr)")
    #expect(reset.stdout.contains("default parameters again (the fit of 2024-05-10 is removed)"))
    let after = String(decoding: try Data(contentsOf: settingsFile(home, "ana")), as: UTF8.self)
    #expect(!after.contains("fitted_parameters"))
    let again = try runRecall(
      ["optimize", "--reset", "--home", home.path, "--learner", "ana"], environment: fixedTime)
    #expect(again.stdout.contains("already uses FSRS-6's default parameters"))
    let defaults = try json(
      try runRecall(
        ["stats", "sim", "--home", home.path, "--learner", "ana", "--json"],
        environment: fixedTime
      ).stdout)
    #expect((defaults["parameters"] as? [String: Any])?["source"] as? String == "default")
  }

  @Test func theFitPredictsBetterAndChangesTheWeeksWorkload() throws {
    let home = try makeHome()
    // New cards all month long, so that young cards come due next week and their intervals,
    // which the fit shortens, decide how often they come back within it. (Stored card states
    // are not recomputed: a card's first due day is the same with either parameters.) Over
    // answer seeds 1-10 the fit adds 5-21 reviews to the week and lowers the log loss by
    // 0.04-0.07.
    try SimulatedLearner(
      truth: SimulatedLearner.veryForgetful, cards: 150, newPerDay: 5, days: 30
    ).write("ana", home: home, end: end)
    let result = try runRecall(
      ["optimize", "--home", home.path, "--learner", "ana", "--json"], environment: fixedTime)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try json(result.stdout)
    #expect(object["outcome"] as? String == "better")
    let loss = try #require(object["log_loss"] as? [String: Double])
    #expect(try #require(loss["fitted"]) < (try #require(loss["default"])) - 0.01)
    let workload = try #require(object["workload"] as? [String: [Int]])
    let current = try #require(workload["current"])
    let fitted = try #require(workload["fitted"])
    #expect(current.count == 7 && fitted.count == 7)
    // This learner forgets faster than the defaults expect: shorter intervals, more reviews.
    #expect(fitted.reduce(0, +) > current.reduce(0, +))
    #expect(object["saved"] as? Bool == true)
  }

  @Test func theSchedulerUsesTheLearnersParameters() throws {
    let home = try makeHome()
    try writeAnswers("ana", home: home, answers: [])
    /// Days until a new card answered Easy comes back.
    func easyInterval() throws -> Int {
      let result = try runRecall(
        ["study", "--home", home.path, "--learner", "ana", "--limit", "1"], input: "\n4\nq\n",
        environment: fixedTime)
      #expect(result.status == 0, "stderr: \(result.stderr)")
      let line = try #require(
        result.stdout.split(separator: "\n").first { $0.hasPrefix("Saved: easy, next in ") })
      return try #require(Int(line.dropFirst("Saved: easy, next in ".count).dropLast()))
    }
    // FSRS-6's default w3 (8.3 days), fuzzed.
    #expect((6...10).contains(try easyInterval()))
    var weights = SchedulerSettings.defaultParameters
    weights[3] = 20
    let settings = """
      {"fitted_parameters": {"weights": \(weights), "fitted_at": "2024-05-01T00:00:00Z", "reviews": 500, "items": 300}}
      """
    try settings.write(to: settingsFile(home, "ana"), atomically: true, encoding: .utf8)
    #expect((16...24).contains(try easyInterval()))
    // Unusable parameters: back to the defaults, with the warning on standard error.
    weights[3] = 200
    try
      "{\"fitted_parameters\": {\"weights\": \(weights), \"fitted_at\": \"2024-05-01T00:00:00Z\"}}"
      .write(to: settingsFile(home, "ana"), atomically: true, encoding: .utf8)
    let result = try runRecall(
      ["study", "--home", home.path, "--learner", "ana", "--limit", "1"], input: "\n4\nq\n",
      environment: fixedTime)
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "recall: warning: Progress/ana/settings.json: line 1: fitted_parameters.weights[3]: 200.0 is outside FSRS-6's bounds 0.001…100.0; using FSRS-6's default parameters"
      ), "\(result.stderr)")
    let stats = try runRecall(
      ["stats", "--home", home.path, "--learner", "ana", "--json"], environment: fixedTime)
    #expect(stats.status == 0)
    #expect(stats.stderr.contains("fitted_parameters.weights[3]"))
    #expect(stats.stdout.contains("\"source\" : \"default\""))
  }
}
