import Foundation
import Testing

@testable import RecallCore

/// One review sequence from `scripts/fsrs_golden.py`.
private struct GoldenSequence: Decodable {
  let parameters: [Double]
  let desiredRetention: Double
  let learningSteps: [Double]
  let relearningSteps: [Double]
  let maximumInterval: Int
  /// [rating, at, state, step, due, stability, difficulty, retrievability]
  let reviews: [[Double?]]

  enum CodingKeys: String, CodingKey {
    case parameters, reviews
    case desiredRetention = "desired_retention"
    case learningSteps = "learning_steps"
    case relearningSteps = "relearning_steps"
    case maximumInterval = "maximum_interval"
  }
}

private struct GoldenFile: Decodable {
  let sequences: [GoldenSequence]
}

@Suite struct FSRSGoldenTests {
  private static func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)
  }

  @Test func everyGoldenSequenceMatchesPyFSRS() throws {
    let file = try JSONDecoder().decode(GoldenFile.self, from: Fixtures.data("fsrs-golden.json"))
    #expect(file.sequences.count >= 2000)
    var mismatches: [String] = []
    var reviews = 0
    for (index, sequence) in file.sequences.enumerated() {
      let settings = SchedulerSettings(
        parameters: sequence.parameters, desiredRetention: sequence.desiredRetention,
        learningSteps: sequence.learningSteps, relearningSteps: sequence.relearningSteps,
        maximumInterval: sequence.maximumInterval, enableFuzzing: false)
      let scheduler = try Scheduler(validating: settings)
      var memory: MemoryState?
      for (number, row) in sequence.reviews.enumerated() {
        guard row.count == 8, let ratingValue = row[0], let at = row[1],
          let rating = Rating(rawValue: Int(ratingValue))
        else {
          mismatches.append("sequence \(index) review \(number): malformed row")
          continue
        }
        let date = Date(timeIntervalSince1970: at)
        let before = memory ?? .new(due: date)
        let r = scheduler.retrievability(before, at: date)
        let after = scheduler.review(before, rating: rating, at: date)
        memory = after
        reviews += 1
        let states: [Double: CardState] = [1: .learning, 2: .review, 3: .relearning]
        let expectedState = row[2].flatMap { states[$0] }
        let expectedStep = row[3].map { Int($0) }
        var problems: [String] = []
        if after.state != expectedState { problems.append("state \(after.state)") }
        if after.step != expectedStep { problems.append("step \(String(describing: after.step))") }
        if abs(after.due.timeIntervalSince1970 - (row[4] ?? .nan)) >= 1e-3 {
          problems.append("due \(after.due.timeIntervalSince1970) vs \(row[4] ?? .nan)")
        }
        if !Self.close(after.stability ?? .nan, row[5] ?? .nan) {
          problems.append("stability \(after.stability ?? .nan) vs \(row[5] ?? .nan)")
        }
        if !Self.close(after.difficulty ?? .nan, row[6] ?? .nan) {
          problems.append("difficulty \(after.difficulty ?? .nan) vs \(row[6] ?? .nan)")
        }
        if !(abs(r - (row[7] ?? .nan)) <= 1e-9) {
          problems.append("retrievability \(r) vs \(row[7] ?? .nan)")
        }
        if !problems.isEmpty {
          mismatches.append(
            "sequence \(index) review \(number): \(problems.joined(separator: ", "))")
          break
        }
      }
    }
    #expect(reviews >= 10_000)
    let failures = mismatches.count
    #expect(failures == 0, "\(failures) mismatches, first: \(mismatches.prefix(5))")
  }
}
