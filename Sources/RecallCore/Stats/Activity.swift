import Foundation

/// What a learner did and when: answers per day, streaks, retention windows and time spent.
public struct Activity: Hashable, Sendable {
  /// Longest time counted for one answer (a learner who walked away is not studying).
  public static let answerTimeCap = 300_000
  /// Days shown as bars.
  public static let barDays = 30
  /// Days in the calendar heatmap.
  public static let heatmapDays = 365
  /// Retention windows, in days.
  public static let retentionWindows = [7, 30, 365]

  /// Today's study day number (see `DayIndexer`).
  public var today: Int
  /// Answers counted.
  public var reviews = 0
  /// Answers on each of the last `heatmapDays` days, oldest first, today last.
  public var perDay: [Int]
  /// True retention over 7, 30 and 365 days.
  public var retention: [Retention]
  /// Consecutive study days with an answer up to today (or up to yesterday when today has none yet).
  public var currentStreak = 0
  /// The longest run of consecutive study days with an answer.
  public var longestStreak = 0
  /// Days with at least one answer.
  public var studiedDays = 0
  /// Milliseconds spent answering, each answer capped at `answerTimeCap`.
  public var timeSpentMs = 0
  /// When the latest answer was given (seconds since 1970), nil without answers.
  public var lastAnswer: Double?

  /// Answers on each of the last `barDays` days, oldest first.
  public var lastDays: [Int] { Array(perDay.suffix(Self.barDays)) }

  /// The figures of the answers `include` accepts in `history`, with today being the day of `now`.
  public init(
    history: JournalHistory, now: Date, day: StudyDay,
    include: (HistoryAnswer) -> Bool = { _ in true }
  ) {
    var indexer = DayIndexer(day)
    let today = indexer.day(of: now)
    self.today = today
    var perDay = [Int](repeating: 0, count: Self.heatmapDays)
    var windows = Self.retentionWindows.map { Retention(days: $0) }
    var days = Set<Int>()
    var lastDay = Int.min
    var reviews = 0
    var time = 0
    var latest: Double?
    history.forEachStanding { answer in
      guard include(answer) else { return }
      reviews += 1
      if answer.durationMs > 0 { time += min(Int(answer.durationMs), Self.answerTimeCap) }
      if latest.map({ answer.at > $0 }) ?? true { latest = answer.at }
      let day = indexer.day(of: answer.at)
      if day != lastDay {
        days.insert(day)
        lastDay = day
      }
      let ago = today - day
      guard ago >= 0 else { return }
      if ago < Self.heatmapDays { perDay[Self.heatmapDays - 1 - ago] += 1 }
      if answer.wasReview {
        for k in windows.indices where ago < windows[k].days {
          windows[k].answers += 1
          if answer.passed { windows[k].passed += 1 }
        }
      }
    }
    self.perDay = perDay
    self.retention = windows
    self.reviews = reviews
    self.timeSpentMs = time
    self.lastAnswer = latest
    self.studiedDays = days.count
    let sorted = days.sorted()
    var run = 0
    var previous = Int.min
    for day in sorted {
      run = day == previous + 1 ? run + 1 : 1
      longestStreak = max(longestStreak, run)
      previous = day
    }
    var streakEnd = today
    if !days.contains(today) { streakEnd -= 1 }
    while days.contains(streakEnd) {
      currentStreak += 1
      streakEnd -= 1
    }
  }

  /// Answers in the last `days` study days, today included.
  public func reviews(inLast days: Int) -> Int {
    perDay.suffix(days).reduce(0, +)
  }

  /// The retention window of `days`, if one of `retentionWindows`.
  public func retention(days: Int) -> Retention? {
    retention.first { $0.days == days }
  }
}
