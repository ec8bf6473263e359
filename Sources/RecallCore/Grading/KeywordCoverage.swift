import Foundation

/// How much of a long answer a typed one recalls: the key words of the expected answer that
/// the learner gave. A definition is too long to type word for word, so its answer is judged
/// by the ideas it names rather than by spelling.
public struct KeywordCoverage: Hashable, Sendable {
  /// Key words of the expected answer found in the typed one, in the answer's order.
  public var matched: [String]
  /// Key words of the expected answer the typed one left out, in the answer's order.
  public var missed: [String]

  /// Share of the key words recalled, 0 to 1.
  public var share: Double {
    let total = matched.count + missed.count
    return total == 0 ? 0 : Double(matched.count) / Double(total)
  }

  /// Good from 60 % of the key words, Hard from 30 %, Again below.
  public var suggestedRating: Rating {
    share >= 0.6 ? .good : share >= 0.3 ? .hard : .again
  }
}

extension AnswerMatcher {
  /// Answers with at least this many key words are judged by coverage.
  public static let longAnswerKeyWords = 5

  /// The key words of `expected` that `typed` recalls, or nil when `expected` is short enough
  /// to be typed exactly (then `grade` applies). Word forms count as the same word
  /// ("restores" recalls "restoring"), and so does a typo in a long word.
  public static func coverage(typed: String, expected: String) -> KeywordCoverage? {
    let keys = keyWords(expected)
    guard keys.count >= longAnswerKeyWords else { return nil }
    let given = keyWords(typed)
    var coverage = KeywordCoverage(matched: [], missed: [])
    for key in keys {
      let found = given.contains { word in
        word.stem == key.stem
          || (key.singular.count >= 6 && editDistance(word.singular, key.singular) <= 1)
      }
      if found { coverage.matched.append(key.text) } else { coverage.missed.append(key.text) }
    }
    return coverage
  }

  /// The content words of `text`, once each: no function words, nothing under three letters.
  private static func keyWords(_ text: String) -> [(text: String, singular: String, stem: String)] {
    var seen = Set<String>()
    var result: [(String, String, String)] = []
    let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    for raw in words {
      let word = raw.lowercased()
      // Adverbs and praise ("rapidly", "groundbreaking") carry no idea a learner must recall.
      guard word.count >= 3, !functionWords.contains(word), !praise.contains(word),
        !(word.hasSuffix("ly") && word.count > 4)
      else { continue }
      let single = singular(word)
      let stem = String(single.prefix(5))
      guard seen.insert(stem).inserted else { continue }
      result.append((word, single, stem))
    }
    return result
  }

  /// Words that praise rather than say what a thing is.
  private static let praise: Set<String> = [
    "groundbreaking", "remarkable", "crucial", "significant", "important", "vital", "essential",
    "major", "critical", "novel", "unique", "various", "diverse", "revolutionary", "advanced",
    "innovative", "promising", "exciting", "powerful", "key",
  ]

  /// Words that carry no idea of their own.
  private static let functionWords: Set<String> = [
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "her", "was", "one",
    "our", "out", "has", "have", "had", "his", "how", "its", "may", "who", "did", "yes", "she",
    "this", "that", "these", "those", "with", "from", "into", "onto", "than", "then", "them",
    "they", "their", "there", "which", "where", "when", "what", "while", "whose", "such", "also",
    "been", "being", "were", "will", "would", "could", "should", "shall", "does", "each", "both",
    "either", "neither", "other", "some", "more", "most", "very", "just", "only", "over", "under",
    "about", "after", "before", "between", "through", "within", "without", "upon", "because",
    "like", "including", "e.g", "etc", "via", "per", "often", "thing", "things", "something",
  ]
}
