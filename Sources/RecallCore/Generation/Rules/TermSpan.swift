/// A noun phrase as a term: its words without a determiner, and the article it took.
enum TermSpan {
  /// Where the name starts: after "the", "a", "an".
  static func start(_ chunk: Range<Int>, _ sentence: SentenceAnalysis) -> Int {
    sentence.tag(chunk.lowerBound) == .det ? chunk.lowerBound + 1 : chunk.lowerBound
  }

  /// The name, or nil when the phrase is a pronoun, a demonstrative or possessive phrase, a
  /// number, or longer than five words.
  static func name(_ chunk: Range<Int>, _ sentence: SentenceAnalysis) -> String? {
    let opening = sentence.word(chunk.lowerBound)
    if sentence.tag(chunk.lowerBound) == .det, !["a", "an", "the"].contains(opening) {
      return nil
    }
    if NounPhraseChunker.possessives.contains(opening) { return nil }
    let first = afterPossessor(start(chunk, sentence), chunk, sentence)
    guard first < chunk.upperBound, chunk.upperBound - first <= 5,
      sentence.tag(first) != .num, sentence.tag(first) != .pron
    else { return nil }
    let name = sentence.text(first..<chunk.upperBound)
    guard TermText.junkReason(TermText.clean(name)) == nil else { return nil }
    // "William Tecumseh Sherman", "South Carolina", "Georgia" mid-sentence: names of people
    // and places, not terms ("Streptococcus pneumoniae" and "Kirchhoff's rules" are).
    let words = name.split(separator: " ")
    if words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) { return nil }
    if words.count == 1, sentence.tag(first) == .propn, first > sentence.subjectStart {
      return nil
    }
    return name
  }

  /// Where the name starts in "the enzyme's active site": after the possessor, whose thing
  /// it names ("Newton's laws", with no article, keeps its possessor).
  static func afterPossessor(_ first: Int, _ chunk: Range<Int>, _ sentence: SentenceAnalysis)
    -> Int
  {
    guard sentence.word(chunk.lowerBound) == "the",
      let possessive = (first..<chunk.upperBound).last(where: {
        ["'s", "’s", "'", "’"].contains(sentence.word($0)) && sentence.tag($0 - 1) == .noun
      }), possessive + 1 < chunk.upperBound
    else { return first }
    return possessive + 1
  }

  /// The definition of `name`, found in `sentence`, with the article it took there.
  static func definition(
    _ name: String, article: String?, text: String, pattern: Definition.Pattern,
    sentence: String, _ context: SentenceContext
  ) -> Definition {
    var definition = DefiningPatterns.make(
      term: name, text: text, pattern: pattern, sentence: sentence, context)
    definition.article = article
    return definition
  }

  /// "a" for a/an, "the", or nil.
  static func article(_ chunk: Range<Int>, _ sentence: SentenceAnalysis) -> String? {
    switch sentence.word(chunk.lowerBound) {
    case "a", "an": "a"
    case "the": "the"
    default: nil
    }
  }
}
