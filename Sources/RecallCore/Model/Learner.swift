import Foundation

/// A learner's name, checked so it can safely name a folder under `Progress/`.
public struct LearnerName: Hashable, Sendable, CustomStringConvertible {
  /// The name as typed.
  public let value: String

  /// Accepts letters, digits, `-`, `_` and `.`, 1–64 characters, not starting with `.` or `-`.
  public init(_ value: String) throws(ProgressError) {
    guard !value.isEmpty, value.count <= 64 else {
      throw .invalidLearnerName(value, reason: "use 1 to 64 characters")
    }
    guard !value.hasPrefix("."), !value.hasPrefix("-") else {
      throw .invalidLearnerName(
        value, reason: "it may not start with '\(value.prefix(1))' (an option starts with '-')")
    }
    let allowed = value.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
          || scalar == "-" || scalar == "_" || scalar == ".")
    }
    guard allowed else {
      throw .invalidLearnerName(value, reason: "use only letters, digits, '-', '_' and '.'")
    }
    self.value = value
  }

  public var description: String { value }
}

/// What one learner has done with one card.
public struct CardProgress: Codable, Hashable, Sendable {
  /// The scheduler's state of the card.
  public var memory: MemoryState
  /// Number of reviews.
  public var reps: Int
  /// Times the card was forgotten after it had graduated.
  public var lapses: Int
  /// Suspended cards are never shown until unsuspended.
  public var suspended: Bool
  /// Buried cards are hidden until this time.
  public var buriedUntil: Date?
  /// Flagged by the learner for attention.
  public var flagged: Bool
  /// When the card was first answered (it stopped being new).
  public var firstReview: Date?
  /// Forgotten so often (8 lapses) that it was suspended as a leech.
  public var leech: Bool

  /// Progress of a card with `memory` and the given counts.
  public init(
    memory: MemoryState, reps: Int = 0, lapses: Int = 0, suspended: Bool = false,
    buriedUntil: Date? = nil, flagged: Bool = false, firstReview: Date? = nil, leech: Bool = false
  ) {
    self.memory = memory
    self.reps = reps
    self.lapses = lapses
    self.suspended = suspended
    self.buriedUntil = buriedUntil
    self.flagged = flagged
    self.firstReview = firstReview
    self.leech = leech
  }

  enum CodingKeys: String, CodingKey {
    case memory, reps, lapses, suspended, flagged, leech
    case buriedUntil = "buried_until"
    case firstReview = "first_review"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    memory = try c.decode(MemoryState.self, forKey: .memory)
    reps = try c.decodeIfPresent(Int.self, forKey: .reps) ?? 0
    lapses = try c.decodeIfPresent(Int.self, forKey: .lapses) ?? 0
    suspended = try c.decodeIfPresent(Bool.self, forKey: .suspended) ?? false
    buriedUntil = try c.decodeIfPresent(Date.self, forKey: .buriedUntil)
    flagged = try c.decodeIfPresent(Bool.self, forKey: .flagged) ?? false
    firstReview = try c.decodeIfPresent(Date.self, forKey: .firstReview)
    leech = try c.decodeIfPresent(Bool.self, forKey: .leech) ?? false
    for (key, value) in [(CodingKeys.reps, reps), (.lapses, lapses)] {
      if let problem = FileLimits.countProblem(value) {
        throw DecodingError.dataCorrupted(
          DecodingError.Context(codingPath: c.codingPath + [key], debugDescription: problem))
      }
    }
  }

  /// True when the counts and the memory state are in range, as a file must hold them.
  var isSound: Bool {
    FileLimits.countProblem(reps) == nil && FileLimits.countProblem(lapses) == nil
      && memory.isSound
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(memory, forKey: .memory)
    try c.encode(reps, forKey: .reps)
    try c.encode(lapses, forKey: .lapses)
    if suspended { try c.encode(true, forKey: .suspended) }
    try c.encodeIfPresent(buriedUntil, forKey: .buriedUntil)
    if flagged { try c.encode(true, forKey: .flagged) }
    try c.encodeIfPresent(firstReview, forKey: .firstReview)
    if leech { try c.encode(true, forKey: .leech) }
  }
}

/// Everything recall knows about one learner: card progress per deck.
public struct LearnerProgress: Hashable, Sendable {
  /// How many answers can be undone one by one.
  public static let undoDepth = 100

  /// The learner.
  public var learner: String
  /// Card progress, by deck name and then card id.
  public var decks: [String: [String: CardProgress]]
  /// Answers recorded and not undone.
  public var reviewCount: Int
  /// The latest answers not undone, oldest first (at most `undoDepth`).
  public var undoable: [ReviewRecord]

  /// An empty record for `learner`.
  public init(
    learner: String, decks: [String: [String: CardProgress]] = [:], reviewCount: Int = 0,
    undoable: [ReviewRecord] = []
  ) {
    self.learner = learner
    self.decks = decks
    self.reviewCount = reviewCount
    self.undoable = undoable
  }

  /// The progress of card `cardID` in deck `deck`, nil for a card never seen.
  public func progress(deck: String, card cardID: String) -> CardProgress? {
    decks[deck]?[cardID]
  }

  /// Applies one answer: the card takes the record's `after` state.
  public mutating func apply(_ record: ReviewRecord) {
    apply(.review(record))
  }

  /// Applies one journal line: the card takes its `after` state.
  public mutating func apply(_ entry: JournalEntry) {
    switch entry {
    case .review(let review):
      decks[review.deck, default: [:]][review.card] = review.after
      reviewCount += 1
      undoable.append(review)
      if undoable.count > LearnerProgress.undoDepth { undoable.removeFirst() }
    case .change(let change):
      decks[change.deck, default: [:]][change.card] = change.after
      if change.event == .undo {
        reviewCount = max(0, reviewCount - 1)
        if let index = undoable.lastIndex(where: {
          $0.card == change.card && $0.deck == change.deck
        }) {
          undoable.remove(at: index)
        }
      }
    }
  }

  /// The change that takes back the latest answer not yet undone, made at `date`; nil if none.
  public func undoLast(at date: Date) -> CardChange? {
    guard let last = undoable.last else { return nil }
    return CardChange(
      event: .undo, deck: last.deck, card: last.card, at: date,
      before: progress(deck: last.deck, card: last.card), after: last.before, undoes: last.at)
  }
}
