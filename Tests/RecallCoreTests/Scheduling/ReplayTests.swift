import Foundation
import Testing

@testable import RecallCore

@Suite struct ReplayTests {
  func error(_ json: String) -> String? {
    do {
      _ = try Replay.replay(json: Data(json.utf8))
      return nil
    } catch {
      return error.description
    }
  }

  @Test func missingSettingsTakePyFSRSDefaults() throws {
    let input = try Replay.decode(Data(#"{"reviews": []}"#.utf8))
    #expect(input.isArray == false)
    #expect(input.cards == [ReplayCard(settings: SchedulerSettings(), reviews: [])])
    #expect(input.cards.first?.settings.enableFuzzing == true)
  }

  @Test func settingsFieldsAreRead() throws {
    let json = """
      [{"settings": {"desired_retention": 0.8, "learning_steps": [], "relearning_steps": [30, 60],
        "maximum_interval": 365, "enable_fuzzing": false},
        "reviews": [{"rating": 4, "at": "2024-05-01T14:00:00+02:00"}]}]
      """
    let input = try Replay.decode(Data(json.utf8))
    let settings = try #require(input.cards.first?.settings)
    #expect(input.isArray)
    #expect(settings.desiredRetention == 0.8)
    #expect(settings.learningSteps.isEmpty)
    #expect(settings.relearningSteps == [30, 60])
    #expect(settings.maximumInterval == 365)
    #expect(settings.enableFuzzing == false)
    #expect(input.cards.first?.reviews.first?.at == Date(timeIntervalSince1970: 1_714_564_800))
  }

  @Test func arrayInputGivesAnArrayPerObject() throws {
    let json = """
      [{"reviews": [{"rating": 1, "at": "2024-05-01T12:00:00Z"}]},
       {"reviews": [{"rating": 3, "at": "2024-05-01T12:00:00Z"},
                    {"rating": 3, "at": "2024-05-01T12:10:00Z"}]}]
      """
    let output = try Replay.replay(json: Data(json.utf8))
    let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[[String: Any]]]
    #expect(parsed?.map(\.count) == [1, 2])
    #expect(parsed?.first?.first?["retrievability"] as? Double == 0)
  }

  @Test func replayMatchesTheSchedulerWithSeededFuzz() throws {
    var reviews: [ReplayReview] = []
    var at = Date(timeIntervalSince1970: 1_714_564_800)
    for rating in [Rating.easy, .good, .good, .good, .hard, .good] {
      reviews.append(ReplayReview(rating: rating, at: at))
      at = at.addingTimeInterval(20 * 86_400)
    }
    let card = ReplayCard(settings: SchedulerSettings(), reviews: reviews)
    let entries = Replay.run(card, cardIndex: 5)
    let scheduler = Scheduler()
    var memory = MemoryState.new(due: reviews[0].at)
    for (index, review) in reviews.enumerated() {
      memory = scheduler.review(
        memory, rating: review.rating, at: review.at,
        fuzzSeed: Scheduler.fuzzSeed(cardID: "5", reviewCount: index))
      #expect(entries[index].due == memory.due)
      #expect(entries[index].stability == memory.stability)
    }
    #expect(Replay.run(card, cardIndex: 5) == entries)
  }

  @Test func badRatingNamesItsPath() {
    #expect(
      error(#"[{"reviews": []}, {"reviews": [{"rating": 7, "at": "2024-01-01T00:00:00Z"}]}]"#)
        == "[1].reviews[0].rating: 7 is not a rating (1–4)")
    #expect(
      error(#"{"reviews": [{"rating": 2.5, "at": "2024-01-01T00:00:00Z"}]}"#)
        == "reviews[0].rating: 2.5 is not a rating (1–4)")
  }

  @Test func outOfRangeParameterNamesItsIndexAndBounds() {
    var parameters = SchedulerSettings.defaultParameters.map { "\($0)" }
    parameters[4] = "120"
    let json =
      #"{"settings": {"parameters": [\#(parameters.joined(separator: ","))]}, "reviews": []}"#
    #expect(error(json) == "settings.parameters[4]: 120 is outside 1…10")
  }

  @Test func reviewsOutOfOrderAreRejected() {
    let json = """
      {"reviews": [{"rating": 3, "at": "2024-01-02T00:00:00Z"},
                   {"rating": 3, "at": "2024-01-03T00:00:00Z"},
                   {"rating": 3, "at": "2024-01-01T00:00:00Z"}]}
      """
    #expect(error(json) == "reviews[2].at: 2024-01-01T00:00:00Z is before the previous review")
  }

  @Test func otherBadFieldsAreNamed() {
    #expect(error(#"{"reviews": [], "setings": {}}"#) == "setings: unknown field")
    #expect(error(#"{"settings": {}}"#) == "reviews: missing")
    #expect(
      error(#"{"settings": {"desired_retention": "high"}, "reviews": []}"#)
        == #"settings.desired_retention: "high" is not a number"#)
    #expect(
      error(#"{"settings": {"maximum_interval": 0.5}, "reviews": []}"#)
        == "settings.maximum_interval: 0.5 is not a whole number of days ≥ 1")
    #expect(
      error(#"{"reviews": [{"rating": 3, "at": "2024-01-01 00:00"}]}"#)
        == "reviews[0].at: 2024-01-01 00:00 is not an ISO-8601 date-time with a time zone")
    #expect(error("42") == "input: 42 is not an object or an array of objects")
  }

  @Test func syntaxErrorsGiveLineAndColumn() {
    #expect(
      error("{\"reviews\": [\n  {\"rating\": 3 \"at\": 1}]}")?.hasPrefix("line 2, column 16:")
        == true)
    #expect(error("")?.hasPrefix("line 1, column 1: unexpected end of input") == true)
    #expect(error("{\"reviews\": []} x")?.hasPrefix("line 1, column 17:") == true)
  }

  @Test func isoDatesRoundTrip() {
    for text in [
      "2024-02-29T23:59:59Z", "1999-12-31T00:00:00.5Z", "2100-03-01T08:00:00.123456Z",
      "2024-01-05T03:04:05.05Z", "0999-07-09T10:00:00Z", "1970-01-01T00:00:00.000001Z",
    ] {
      #expect(ISODate.parse(text).map(ISODate.format) == text)
    }
    #expect(
      ISODate.parse("2024-05-01T14:00:00+02:00").map(ISODate.format) == "2024-05-01T12:00:00Z")
    #expect(ISODate.parse("2023-02-29T00:00:00Z") == nil)
    #expect(ISODate.parse("2024-05-01T12:00:00") == nil)
  }
}
