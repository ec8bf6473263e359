import Foundation

/// A learner's figures for one deck (optionally one tag): cards by state, what is due, true
/// retention, activity, forecast, mastery by tag and the hardest cards.
public struct LearnerStats: Hashable, Sendable {
  /// The learner.
  public var learner: String
  /// The deck.
  public var deck: String
  /// The tag the figures are limited to, if any.
  public var tag: String?
  /// Answers recorded for this learner, all decks, undone ones excluded.
  public var totalReviews: Int
  /// The retention the learner aims for.
  public var desiredRetention: Double
  /// Cards by state, due counts, forecast, mastery, hardest cards.
  public var cards: CardFigures
  /// Answers on this deck (and tag) over time.
  public var activity: Activity
  /// The parameters fitted to the learner's answers that the scheduler uses, nil for the defaults.
  public var fittedParameters: FittedParameters?

  /// The figures of `progress` and `history` on `deck` at `now`.
  public init(
    progress: LearnerProgress, history: JournalHistory, deck: Deck, deckName: String,
    tag: String? = nil, now: Date, day: StudyDay = StudyDay(), desiredRetention: Double = 0.9,
    scheduler: Scheduler = Scheduler(), fittedParameters: FittedParameters? = nil
  ) {
    self.fittedParameters = fittedParameters
    learner = progress.learner
    self.deck = deckName
    self.tag = tag
    self.desiredRetention = desiredRetention
    totalReviews = history.standingCount
    let selected = tag.map { tag in deck.cards.filter { $0.hasTag(tag) } } ?? deck.cards
    cards = CardFigures(
      cards: selected, deckName: deckName, progress: progress, now: now, day: day,
      scheduler: scheduler)
    let deckID = history.id(of: deckName)
    var cardIDs = Set<Int32>()
    if tag != nil {
      for card in selected { if let id = history.id(of: card.id) { cardIDs.insert(id) } }
    }
    let filterCards = tag != nil
    activity = Activity(history: history, now: now, day: day) { answer in
      answer.deck == deckID && (!filterCards || cardIDs.contains(answer.card))
    }
  }
}

extension LearnerStats: Encodable {
  private enum Keys: String, CodingKey {
    case learner, deck, tag, cards, new, learning, review, relearning, suspended, leech
    case totalReviews = "total_reviews"
    case deckReviews = "deck_reviews"
    case dueToday = "due_today"
    case dueTomorrow = "due_tomorrow"
    case desiredRetention = "desired_retention"
    case retention
    case reviewsPerDay = "reviews_per_day"
    case heatmap
    case currentStreak = "current_streak"
    case longestStreak = "longest_streak"
    case studiedDays = "studied_days"
    case timeSpentMs = "time_spent_ms"
    case lastStudied = "last_studied"
    case forecast, mastery, hardest, parameters
  }

  private struct Parameters: Encodable {
    var source: String
    var fittedAt: String?
    var reviews: Int?
    var items: Int?

    enum CodingKeys: String, CodingKey {
      case source, reviews, items
      case fittedAt = "fitted_at"
    }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(source, forKey: .source)
      try c.encode(fittedAt, forKey: .fittedAt)
      try c.encode(reviews, forKey: .reviews)
      try c.encode(items, forKey: .items)
    }
  }

  private struct DayCount: Encodable {
    var date: String
    var count: Int
  }

  private struct Heatmap: Encodable {
    var from: String
    var to: String
    var counts: [Int]
  }

  /// Writes the figures as documented in docs/FORMATS.md (`recall stats --json`).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(learner, forKey: .learner)
    try c.encode(deck, forKey: .deck)
    try c.encode(tag, forKey: .tag)
    try c.encode(totalReviews, forKey: .totalReviews)
    try c.encode(activity.reviews, forKey: .deckReviews)
    try c.encode(cards.cards, forKey: .cards)
    try c.encode(cards.new, forKey: .new)
    try c.encode(cards.learning, forKey: .learning)
    try c.encode(cards.review, forKey: .review)
    try c.encode(cards.relearning, forKey: .relearning)
    try c.encode(cards.suspended, forKey: .suspended)
    try c.encode(cards.leech, forKey: .leech)
    try c.encode(cards.dueToday, forKey: .dueToday)
    try c.encode(cards.dueTomorrow, forKey: .dueTomorrow)
    try c.encode(desiredRetention, forKey: .desiredRetention)
    try c.encode(activity.retention, forKey: .retention)
    let today = activity.today
    let bars = activity.lastDays
    try c.encode(
      bars.enumerated().map {
        DayCount(
          date: CivilDate.string(days: today - bars.count + 1 + $0.offset), count: $0.element)
      }, forKey: .reviewsPerDay)
    try c.encode(
      Heatmap(
        from: CivilDate.string(days: today - activity.perDay.count + 1),
        to: CivilDate.string(days: today), counts: activity.perDay), forKey: .heatmap)
    try c.encode(activity.currentStreak, forKey: .currentStreak)
    try c.encode(activity.longestStreak, forKey: .longestStreak)
    try c.encode(activity.studiedDays, forKey: .studiedDays)
    try c.encode(activity.timeSpentMs, forKey: .timeSpentMs)
    try c.encode(
      activity.lastAnswer.map { JSONCoding.formatDate(Date(timeIntervalSince1970: $0)) },
      forKey: .lastStudied)
    try c.encode(
      cards.forecast.enumerated().map {
        DayCount(date: CivilDate.string(days: today + $0.offset), count: $0.element)
      }, forKey: .forecast)
    try c.encode(cards.mastery, forKey: .mastery)
    try c.encode(cards.hardest, forKey: .hardest)
    try c.encode(
      Parameters(
        source: fittedParameters == nil ? "default" : "fitted",
        fittedAt: fittedParameters.map { JSONCoding.formatDate($0.fittedAt) },
        reviews: fittedParameters?.reviews, items: fittedParameters?.items),
      forKey: .parameters)
  }
}
