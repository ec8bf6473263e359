/// How well a learner recalled a card: the four grades of FSRS and Anki.
public enum Rating: Int, Codable, Sendable, CaseIterable, Comparable {
  /// Forgot: the card comes back soon.
  case again = 1
  /// Recalled with serious difficulty.
  case hard = 2
  /// Recalled after a hesitation.
  case good = 3
  /// Recalled without effort.
  case easy = 4

  /// The word a learner may type for this grade (`again`, `hard`, `good`, `easy`).
  public var name: String {
    switch self {
    case .again: "again"
    case .hard: "hard"
    case .good: "good"
    case .easy: "easy"
    }
  }

  /// Reads a grade typed by a learner: `1`–`4` or the grade's name, any case.
  public init?(answer: String) {
    let word = answer.trimmingCharacters(in: .whitespaces).lowercased()
    if let number = Int(word), let rating = Rating(rawValue: number) {
      self = rating
      return
    }
    guard let rating = Rating.allCases.first(where: { $0.name == word }) else { return nil }
    self = rating
  }

  public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}
