import Foundation

/// Quiz mode: a mixed set of questions, each answered and scored at once.
public enum Quiz {
  /// Kinds that make good quiz questions: short answers or options to pick from.
  public static let quizKinds: Set<CardKind> = [
    .choice, .truefalse, .cloze, .reverse, .abbreviation, .comparison,
  ]

  /// Up to `count` cards of `deck` for a quiz, mixing kinds, reproducible for a given `seed`.
  /// Falls back to every card when the deck has none of the quiz kinds.
  public static func pick(
    from deck: Deck, count: Int, kinds: Set<CardKind>? = nil, seed: UInt64,
    include: (Card) -> Bool = { _ in true }
  ) -> [Card] {
    let wanted = kinds ?? quizKinds
    var pool = deck.cards.filter { wanted.contains($0.kind) && include($0) }
    if pool.isEmpty && kinds == nil { pool = deck.cards.filter(include) }
    var generator = SeededGenerator(seed: seed)
    pool.shuffle(using: &generator)
    // One question per term first, so a short quiz covers more ground.
    var seenTerms = Set<String>()
    var first: [Card] = []
    var rest: [Card] = []
    for card in pool {
      if seenTerms.insert(card.noteID).inserted { first.append(card) } else { rest.append(card) }
    }
    return Array((first + rest).prefix(max(0, count)))
  }

  /// The verdict for `input` as the answer to `card`: an option letter or number for
  /// multiple choice, t/f/y/n for true/false, typed text otherwise.
  public static func check(_ card: Card, input: String) -> AnswerVerdict {
    let typed = input.trimmingCharacters(in: .whitespaces)
    if let choices = card.choices, let index = choiceIndex(typed, count: choices.count) {
      return choices[index] == card.back ? .correct : .wrong
    }
    if card.kind == .truefalse, let said = truth(typed) {
      let expected = card.back.lowercased().hasPrefix("true")
      return said == expected ? .correct : .wrong
    }
    return AnswerMatcher.grade(typed, expected: card.back, alternatives: card.accept ?? [])
  }

  /// `a`…`z` or `1`… as an index into `count` options.
  public static func choiceIndex(_ typed: String, count: Int) -> Int? {
    let word = typed.lowercased()
    if let number = Int(word), (1...count).contains(number) { return number - 1 }
    if word.count == 1, let scalar = word.unicodeScalars.first, scalar.value >= 97 {
      let index = Int(scalar.value) - 97
      if index < count { return index }
    }
    return nil
  }

  /// `t`, `true`, `y`, `yes` → true; `f`, `false`, `n`, `no` → false.
  public static func truth(_ typed: String) -> Bool? {
    switch typed.lowercased() {
    case "t", "true", "y", "yes": true
    case "f", "false", "n", "no": false
    default: nil
    }
  }
}
