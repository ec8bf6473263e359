import Foundation
import Testing

@testable import RecallCore

@Suite struct ActivityTests {
  private func history(_ answers: [(day: Double, rating: Int, review: Bool)]) -> JournalHistory {
    var history = JournalHistory()
    for answer in answers {
      history.append(
        deck: "d", card: "c", rating: answer.rating, at: moment(day: answer.day),
        durationMs: 10_000, wasReview: answer.review)
    }
    return history
  }

  @Test func retentionCountsOnlyReviewStateAnswersInEachWindow() {
    let activity = Activity(
      history: history([
        (0, 3, true), (0, 1, true), (-3, 3, true), (-3, 1, false),
        (-20, 1, true), (-100, 3, true), (-400, 1, true),
      ]), now: moment(day: 0), day: utcDay)
    let rates = activity.retention.map { "\($0.days):\($0.passed)/\($0.answers)" }
    #expect(rates == ["7:2/3", "30:2/4", "365:3/5"])
    #expect(activity.retention(days: 7)?.rate == 2.0 / 3.0)
  }

  @Test func streaksCountConsecutiveStudyDays() {
    // Days -1, -2, -3 studied; today not yet: the streak still stands at 3.
    // Days -10 … -14 give the longest run, 5.
    let days: [Double] = [-1, -2, -3, -10, -11, -12, -13, -14, -30]
    let activity = Activity(
      history: history(days.map { ($0, 3, false) }), now: moment(day: 0), day: utcDay)
    #expect(activity.currentStreak == 3)
    #expect(activity.longestStreak == 5)
    #expect(activity.studiedDays == 9)
  }

  @Test func aStudyDayStartsAtFourInTheMorning() {
    // 03:00 on day 0 still belongs to the day before; 05:00 starts a new one.
    var h = JournalHistory()
    let midnight = moment(day: 0, hour: -12)
    h.append(
      deck: "d", card: "c", rating: 3, at: midnight.addingTimeInterval(3 * 3600), wasReview: false)
    h.append(
      deck: "d", card: "c", rating: 3, at: midnight.addingTimeInterval(5 * 3600), wasReview: false)
    let activity = Activity(history: h, now: moment(day: 0), day: utcDay)
    #expect(activity.lastDays.suffix(2) == [1, 1])
  }

  @Test func timeSpentCapsLongAnswers() {
    var h = JournalHistory()
    h.append(
      deck: "d", card: "c", rating: 3, at: moment(day: 0), durationMs: 3_600_000, wasReview: false)
    h.append(
      deck: "d", card: "c", rating: 3, at: moment(day: 0), durationMs: 20_000, wasReview: false)
    h.append(deck: "d", card: "c", rating: 3, at: moment(day: 0), durationMs: nil, wasReview: false)
    let activity = Activity(history: h, now: moment(day: 0), day: utcDay)
    #expect(activity.timeSpentMs == 320_000)
  }

  @Test func noAnswersGiveNoRatesAndNoStreak() {
    let activity = Activity(history: JournalHistory(), now: moment(day: 0), day: utcDay)
    #expect(activity.retention.allSatisfy { $0.rate == nil })
    #expect(activity.currentStreak == 0)
    #expect(activity.lastAnswer == nil)
  }
}
