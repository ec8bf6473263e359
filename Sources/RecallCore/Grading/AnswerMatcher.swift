import Foundation

/// How close a typed answer is to the expected one.
public enum AnswerVerdict: String, Hashable, Sendable {
  /// The same answer, after normalising case, punctuation, accents, articles and plurals.
  case correct
  /// Off by a typo or two for its length.
  case almost
  /// Not the answer.
  case wrong

  /// The grade a verdict suggests: Good, Hard, or Again (a wrong answer is never Hard).
  public var suggestedRating: Rating {
    switch self {
    case .correct: .good
    case .almost: .hard
    case .wrong: .again
    }
  }
}

/// Grades typed answers against a card's answer and its accepted alternatives.
public enum AnswerMatcher {
  /// The verdict for `typed` against `expected` or any of `alternatives`.
  public static func grade(_ typed: String, expected: String, alternatives: [String] = [])
    -> AnswerVerdict
  {
    let answer = normalize(typed)
    guard !answer.isEmpty else { return .wrong }
    var best = AnswerVerdict.wrong
    for candidate in [expected] + alternatives {
      let target = normalize(candidate)
      guard !target.isEmpty else { continue }
      if answer == target { return .correct }
      let distance = editDistance(answer, target)
      if distance <= allowedTypos(for: target.count) { best = .almost }
    }
    return best
  }

  /// Typos tolerated in an answer of `length` characters: none up to 3, then one per 5 characters.
  public static func allowedTypos(for length: Int) -> Int {
    length <= 3 ? 0 : max(1, length / 5)
  }

  /// Lower case, no accents or punctuation, no leading article, each word singular.
  public static func normalize(_ text: String) -> String {
    let folded = text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var words: [String] = []
    var current = ""
    for character in folded {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    if let first = words.first, ["a", "an", "the"].contains(first), words.count > 1 {
      words.removeFirst()
    }
    return words.map(singular).joined(separator: " ")
  }

  /// A crude singular: "cells" → "cell", "therapies" → "therapy", "ESCs" → "esc".
  static func singular(_ word: String) -> String {
    guard word.count > 3 else {
      return word.hasSuffix("s") && word.count == 4 ? String(word.dropLast()) : word
    }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches")
      || word.hasSuffix("shes")
    {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
    if word.hasSuffix("s") { return String(word.dropLast()) }
    return word
  }

  /// Levenshtein distance between two strings, by characters.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}

extension AnswerMatcher {
  /// The differences worth showing a learner whose answer was wrong: only when the answer
  /// shares a word with the expected one and differs in at most four places (a list of
  /// everything for an answer that has nothing to do with it is noise).
  public static func wrongAnswerHint(typed: String, expected: String) -> [String] {
    let differences = differences(typed: typed, expected: expected)
    let typedWords = typed.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
    let expectedWords = expected.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
    // Every entry but a substitution accounts for one word; with none shared, the entries
    // cover all of both answers.
    let covered = differences.reduce(0) { $0 + ($1.contains(" → ") ? 2 : 1) }
    guard covered < typedWords + expectedWords, differences.count <= 4 else { return [] }
    return differences
  }

  /// Where a typed answer differs from the expected one, word by word: `stme → stem`,
  /// `+extra` for a word too many, `-missing` for a word left out. Empty when they agree.
  public static func differences(typed: String, expected: String) -> [String] {
    let a = typed.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
    let b = expected.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
    // Longest common subsequence of words, then walk both lists.
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var result: [String] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        i += 1
        j += 1
      } else if i < a.count, j < b.count, table[i + 1][j + 1] == table[i][j] {
        result.append("\(a[i]) → \(b[j])")
        i += 1
        j += 1
      } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
        result.append("-\(b[j])")
        j += 1
      } else {
        result.append("+\(a[i])")
        i += 1
      }
    }
    return result
  }
}
