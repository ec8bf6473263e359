import Foundation

/// One learner's line in a trainer's report.
public struct LearnerRow: Hashable, Sendable {
  /// The learner.
  public var learner: String
  /// Why the learner's progress could not be read, nil when it could.
  public var problem: String?
  /// Time of the latest answer, nil if none.
  public var lastStudied: Date?
  /// Answers in the last 7 study days.
  public var reviews7 = 0
  /// Answers in the last 30 study days.
  public var reviews30 = 0
  /// True retention over the last 30 days.
  public var retention30 = Retention(days: 30)
  /// Cards recalled now with probability above 90 %.
  public var mastered = 0
  /// Cards suspended as leeches.
  public var leeches = 0
  /// Cards due now (overdue included), not suspended.
  public var backlog = 0

  /// A row for `learner` with no figures yet.
  public init(learner: String, problem: String? = nil) {
    self.learner = learner
    self.problem = problem
  }
}

/// A card many learners fail: worth rewriting if it confuses.
public struct CardFailure: Hashable, Sendable {
  /// The card's deck.
  public var deck: String
  /// The card's id.
  public var card: String
  /// Its question, when the deck is known.
  public var front: String?
  /// Answers rated again, all learners.
  public var again: Int
  /// Answers, all learners.
  public var answers: Int
  /// Learners who answered it.
  public var learners: Int

  /// `again / answers`.
  public var failRate: Double { answers == 0 ? 0 : Double(again) / Double(answers) }
}

/// A trainer's view of a class: one row per learner, the cards failed most, daily activity.
public struct ClassReport: Sendable {
  /// Columns a report can be sorted by, in display order.
  public enum Column: String, CaseIterable, Sendable {
    case learner
    case lastStudied = "last_studied"
    case reviews7 = "reviews_7d"
    case reviews30 = "reviews_30d"
    case retention30 = "retention_30d"
    case mastered, leeches, backlog
  }

  /// Cards listed as failed most.
  public static let failureCount = 10

  /// The deck the report is limited to, nil for all decks.
  public var deck: String?
  /// When the report was made.
  public var now: Date
  /// Today's study day number.
  public var today: Int
  /// One row per learner.
  public var rows: [LearnerRow]
  /// Cards with the most answers rated again, most first.
  public var failures: [CardFailure]
  /// Answers of the whole class on each of the last 30 days, oldest first.
  public var dailyReviews: [Int]

  /// Reads every learner under `root` (`home/Progress`); unreadable learners get a row saying why.
  public init(
    root: URL, deck: Deck? = nil, deckName: String? = nil, now: Date, day: StudyDay = StudyDay(),
    cache: Bool = true
  ) {
    let learners = ProgressStore.learners(root: root)
    let results = ResultSlots<Summary>(count: learners.count)
    DispatchQueue.concurrentPerform(iterations: learners.count) { index in
      let learner = learners[index]
      do {
        let data = try LearnerData.load(root: root, learner: learner, now: now, cache: cache)
        results.set(
          index,
          Self.summarize(data, learner: learner, deck: deck, deckName: deckName, now: now))
      } catch {
        results.set(index, (LearnerRow(learner: learner, problem: "\(error)"), [:], []))
      }
    }
    self.deck = deckName
    self.now = now
    var indexer = DayIndexer(day)
    today = indexer.day(of: now)
    var rows: [LearnerRow] = []
    var failures: [String: CardFailure] = [:]
    var daily = [Int](repeating: 0, count: Activity.barDays)
    for result in results.values {
      guard let (row, cards, days) = result else { continue }
      rows.append(row)
      for (offset, count) in days.enumerated() where offset < daily.count { daily[offset] += count }
      for (key, failure) in cards {
        if var known = failures[key] {
          known.again += failure.again
          known.answers += failure.answers
          known.learners += 1
          failures[key] = known
        } else {
          failures[key] = failure
        }
      }
    }
    self.rows = rows
    self.dailyReviews = daily
    self.failures = Array(
      failures.values.filter { $0.again > 0 }.sorted {
        ($0.again, $0.failRate, $1.card) > ($1.again, $1.failRate, $0.card)
      }.prefix(Self.failureCount)
    ).map { failure in
      var failure = failure
      if failure.deck == deckName { failure.front = deck?.card(withID: failure.card)?.front }
      return failure
    }
  }

  private typealias Summary = (LearnerRow, [String: CardFailure], [Int])

  private static func summarize(
    _ data: LearnerData, learner: String, deck: Deck?, deckName: String?, now: Date
  ) -> Summary {
    let history = data.history
    let deckID = deckName.flatMap { history.id(of: $0) }
    let onlyDeck = deckName != nil
    let activity = Activity(history: history, now: now, day: data.studyDay) { answer in
      !onlyDeck || answer.deck == deckID
    }
    var row = LearnerRow(learner: learner)
    row.lastStudied = activity.lastAnswer.map { Date(timeIntervalSince1970: $0) }
    row.reviews7 = activity.reviews(inLast: 7)
    row.reviews30 = activity.reviews(inLast: 30)
    row.retention30 = activity.retention(days: 30) ?? Retention(days: 30)
    let scheduler = Scheduler(settings: data.settings.schedulerSettings)
    let states: [CardProgress]
    if let deck, let deckName {
      let cards = data.progress.decks[deckName] ?? [:]
      states = deck.cards.compactMap { cards[$0.id] }
    } else {
      states = data.progress.decks.values.flatMap(\.values)
    }
    for state in states where !state.memory.isNew {
      if scheduler.retrievability(state.memory, at: now) > CardFigures.masteryThreshold {
        row.mastered += 1
      }
      if state.leech { row.leeches += 1 }
      if !state.suspended, state.memory.due <= now { row.backlog += 1 }
    }
    // Answers and agains per card, one table a deck indexed by the card's name id: a class
    // report counts ten million answers, too many for a dictionary lookup each.
    let nameCount = history.names.count
    var decks: [Int32] = []
    var tables: [[(again: Int32, answers: Int32)]] = []
    var lastDeck: Int32 = -1
    var table = -1
    history.forEachStanding { answer in
      guard !onlyDeck || answer.deck == deckID else { return }
      if answer.deck != lastDeck {
        lastDeck = answer.deck
        if let known = decks.firstIndex(of: answer.deck) {
          table = known
        } else {
          decks.append(answer.deck)
          tables.append(Array(repeating: (0, 0), count: nameCount))
          table = tables.count - 1
        }
      }
      tables[table][Int(answer.card)].answers += 1
      if answer.rating == 1 { tables[table][Int(answer.card)].again += 1 }
    }
    var cards: [String: CardFailure] = [:]
    for (deckIndex, deckName) in decks.enumerated() {
      let deck = history.names[Int(deckName)]
      for (card, count) in tables[deckIndex].enumerated() where count.answers > 0 {
        let card = history.names[card]
        cards[deck + "\t" + card] = CardFailure(
          deck: deck, card: card, front: nil, again: Int(count.again), answers: Int(count.answers),
          learners: 1)
      }
    }
    return (row, cards, activity.lastDays)
  }

  /// The rows ordered by `column`: names A to Z, figures largest first, missing figures last.
  public func sorted(by column: Column) -> [LearnerRow] {
    func key(_ row: LearnerRow) -> Double? {
      switch column {
      case .learner: nil
      case .lastStudied: row.lastStudied?.timeIntervalSince1970
      case .reviews7: Double(row.reviews7)
      case .reviews30: Double(row.reviews30)
      case .retention30: row.retention30.rate
      case .mastered: Double(row.mastered)
      case .leeches: Double(row.leeches)
      case .backlog: Double(row.backlog)
      }
    }
    guard column != .learner else { return rows.sorted { $0.learner < $1.learner } }
    return rows.sorted { a, b in
      switch (key(a), key(b)) {
      case (let x?, let y?): x != y ? x > y : a.learner < b.learner
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): a.learner < b.learner
      }
    }
  }
}
