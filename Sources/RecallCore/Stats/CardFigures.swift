import Foundation

/// How well one tag's cards are known: the share whose retrievability now is above 90 %.
public struct TagMastery: Codable, Hashable, Sendable {
  /// The tag (`(untagged)` for cards without one).
  public var tag: String
  /// Cards with the tag.
  public var cards: Int
  /// Of those, cards recalled now with probability above `CardFigures.masteryThreshold`.
  public var mastered: Int

  /// `mastered / cards` (0 for no cards).
  public var share: Double { cards == 0 ? 0 : Double(mastered) / Double(cards) }

  /// A tag's counts.
  public init(tag: String, cards: Int, mastered: Int) {
    self.tag = tag
    self.cards = cards
    self.mastered = mastered
  }

  enum CodingKeys: String, CodingKey { case tag, cards, mastered, share }

  /// Reads the counts back (`share`/`rate` are derived, not read).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    tag = try c.decode(String.self, forKey: .tag)
    cards = try c.decode(Int.self, forKey: .cards)
    mastered = try c.decode(Int.self, forKey: .mastered)
  }

  /// Writes the counts and the derived share or rate (`null` when undefined).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(tag, forKey: .tag)
    try c.encode(cards, forKey: .cards)
    try c.encode(mastered, forKey: .mastered)
    try c.encode(share, forKey: .share)
  }
}

/// A card the learner struggles with.
public struct HardCard: Codable, Hashable, Sendable {
  /// The card's id.
  public var card: String
  /// Its question.
  public var front: String
  /// Times forgotten after graduating.
  public var lapses: Int
  /// Probability of recalling it now.
  public var retrievability: Double

  /// A hard card from its parts.
  public init(card: String, front: String, lapses: Int, retrievability: Double) {
    self.card = card
    self.front = front
    self.lapses = lapses
    self.retrievability = retrievability
  }
}

/// Where a learner's cards stand now: counts by state, what falls due, mastery, hardest cards.
public struct CardFigures: Hashable, Sendable {
  /// Retrievability above which a card counts as mastered.
  public static let masteryThreshold = 0.9
  /// Days in the forecast.
  public static let forecastDays = 30
  /// Cards listed as hardest.
  public static let hardestCount = 10

  /// Cards considered.
  public var cards = 0
  /// Never answered.
  public var new = 0
  /// In learning steps (not suspended).
  public var learning = 0
  /// Graduated (not suspended).
  public var review = 0
  /// Relearning after a lapse (not suspended).
  public var relearning = 0
  /// Suspended (leeches included).
  public var suspended = 0
  /// Suspended as leeches.
  public var leech = 0
  /// Due before the end of today.
  public var dueToday = 0
  /// Due before the end of tomorrow.
  public var dueTomorrow = 0
  /// Due now (overdue included): the backlog.
  public var dueNow = 0
  /// Cards with retrievability above the threshold now.
  public var mastered = 0
  /// Cards falling due on each of the next `forecastDays` days; today's count includes overdue.
  public var forecast: [Int]
  /// Mastery by tag, weakest first.
  public var mastery: [TagMastery]
  /// Most lapses first, then lowest retrievability.
  public var hardest: [HardCard]

  /// The figures of `cards` (of deck `deckName`) for `progress` at `now`.
  public init(
    cards: [Card], deckName: String, progress: LearnerProgress, now: Date, day: StudyDay,
    scheduler: Scheduler = Scheduler()
  ) {
    let states = progress.decks[deckName] ?? [:]
    var indexer = DayIndexer(day)
    let today = indexer.day(of: now)
    var forecast = [Int](repeating: 0, count: Self.forecastDays)
    var tags: [String: (cards: Int, mastered: Int)] = [:]
    var hard: [HardCard] = []
    self.cards = cards.count
    for card in cards {
      let state = states[card.id]
      var isMastered = false
      if let state, !state.memory.isNew {
        let retrievability = scheduler.retrievability(state.memory, at: now)
        isMastered = retrievability > Self.masteryThreshold
        if state.suspended {
          suspended += 1
          if state.leech { leech += 1 }
        } else {
          switch state.memory.state {
          case .learning: learning += 1
          case .review: review += 1
          case .relearning: relearning += 1
          }
          let dueDay = indexer.day(of: state.memory.due)
          if dueDay <= today { dueToday += 1 }
          if dueDay <= today + 1 { dueTomorrow += 1 }
          if state.memory.due <= now { dueNow += 1 }
          let offset = max(0, dueDay - today)
          if offset < Self.forecastDays { forecast[offset] += 1 }
        }
        if state.lapses > 0 {
          hard.append(
            HardCard(
              card: card.id, front: card.front, lapses: state.lapses,
              retrievability: retrievability))
        }
      } else {
        new += 1
      }
      if isMastered { mastered += 1 }
      for tag in card.tags.isEmpty ? ["(untagged)"] : card.tags {
        tags[tag, default: (0, 0)].cards += 1
        if isMastered { tags[tag, default: (0, 0)].mastered += 1 }
      }
    }
    self.forecast = forecast
    self.mastery = tags.map {
      TagMastery(tag: $0.key, cards: $0.value.cards, mastered: $0.value.mastered)
    }
    .sorted { ($0.share, $0.tag) < ($1.share, $1.tag) }
    self.hardest = Array(
      hard.sorted {
        ($0.lapses, -$0.retrievability, $1.card) > ($1.lapses, -$1.retrievability, $0.card)
      }.prefix(Self.hardestCount))
  }
}
