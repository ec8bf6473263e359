import Foundation
import Testing

@testable import RecallCore

/// recall's fit against fsrs-rs's on a committed slice of a real review log
/// (`Tests/Fixtures/fit`, made by `scripts/make_fit_fixture.py`): both fitted on the reviews
/// before the 80 % time cut and scored on those after it.
@Suite struct FSRSFitFixtureTests {
  struct FsrsRsFit: Decodable {
    var parameters: [Double]
    var train_items: Int
    var test_items: Int
  }

  @Test func fitScoresAsWellAsFsrsRsAfterTheTimeCut() throws {
    let text = try #require(
      String(data: try Fixtures.data("fit/review-log-slice.csv"), encoding: .utf8))
    let theirs = try JSONDecoder().decode(
      FsrsRsFit.self, from: try Fixtures.data("fit/fsrs-rs-fit.json"))
    let reviews = try FSRSReviewLog.parseCSV(text)
    let cut = try #require(FSRSReviewLog.timeCut(reviews, fraction: 0.8))
    let histories = FSRSTrainingItems.histories(from: reviews)
    let fit = FSRSFitter().fit(histories.map { $0.truncated(before: cut) })
    #expect(fit.items == theirs.train_items)
    let ours = FSRSEvaluation.evaluate(parameters: fit.parameters, on: histories, from: cut)
    let fsrsRS = FSRSEvaluation.evaluate(parameters: theirs.parameters, on: histories, from: cut)
    #expect(ours.items == theirs.test_items)
    let defaults = FSRSEvaluation.evaluate(
      parameters: SchedulerSettings.defaultParameters, on: histories, from: cut)
    // On this slice fsrs-rs's fit scores no better than the defaults, so the fit must also
    // beat the defaults for the test to say anything.
    #expect(ours.logLoss < defaults.logLoss)
    #expect(ours.rmseBins < defaults.rmseBins)
    #expect(ours.logLoss <= fsrsRS.logLoss + 0.0005)
    #expect(ours.rmseBins <= fsrsRS.rmseBins * 1.03)
  }
}
