import Foundation
import Testing

@testable import RecallCore

/// Figures over ten days of a real Anki review log (`Tests/Fixtures/review-log-slice.csv`,
/// MIT, see its .LICENSE), checked against an independent Python count of the same log.
@Suite struct RealLogTests {
  /// The log as a history; an answer counts as a review-state answer when the same card was
  /// answered at least a day before (the log has no states).
  private func history() throws -> JournalHistory {
    let text = try String(
      contentsOf: fixturesFolder.appendingPathComponent("review-log-slice.csv"), encoding: .utf8)
    var history = JournalHistory()
    var seen: [String: Date] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",").map(String.init)
      let at = try #require(JSONCoding.parseDate(fields[2]))
      let card = fields[0]
      let wasReview = seen[card].map { at.timeIntervalSince($0) >= 86_400 } ?? false
      seen[card] = at
      history.append(
        deck: "anki", card: card, rating: Int(fields[1]) ?? 0, at: at,
        durationMs: Int(fields[3]), wasReview: wasReview)
    }
    return history
  }

  @Test func realLogGivesTheCountedDaysStreaksRetentionAndTime() throws {
    let now = try #require(JSONCoding.parseDate("2024-07-25T20:00:00Z"))
    let activity = Activity(history: try history(), now: now, day: utcDay)
    #expect(activity.reviews == 1706)
    // 4 a.m. rollover: the night owl answers of 21 July belong to 20 July, so no gap.
    #expect(activity.lastDays.suffix(10) == [240, 165, 69, 103, 164, 66, 201, 183, 297, 218])
    #expect(activity.studiedDays == 10)
    #expect(activity.currentStreak == 10)
    #expect(activity.longestStreak == 10)
    #expect(activity.retention(days: 7).map { [$0.passed, $0.answers] } == [254, 293])
    #expect(activity.retention(days: 30).map { [$0.passed, $0.answers] } == [262, 302])
    #expect(activity.timeSpentMs == 20_788_189)
  }
}
