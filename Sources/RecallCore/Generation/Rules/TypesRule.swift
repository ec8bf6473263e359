/// "There are three main categories of life cycles: diploid-dominant, in which …;
/// haploid-dominant, in which …", "two types of immunity: innate immunity, which …, and
/// adaptive immunity, which …": each kind named after a colon with the clause that says
/// which it is.
struct TypesRule: DefinitionRule {
  let id = RuleID.types
  let summary =
    "kinds listed after 'types / kinds / forms / classes / categories of N:', each with a"
    + " clause that says which"
  let examples: [RuleExample] = [
    .finds(
      "There are two types of immunity: innate immunity, which is present from birth, and"
        + " adaptive immunity, which develops after exposure.", "adaptive immunity",
      meaning: "a type of immunity, which develops after exposure"),
    .ignores("There are two types of immunity: innate and adaptive."),
    .ignores("Several types of cells: we will see them later."),
  ]

  static let kindWords: Set<String> = [
    "types", "kinds", "forms", "classes", "categories", "groups", "sorts",
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard let colon = sentence.index(of: ":"),
      let kind = (0..<colon).last(where: { Self.kindWords.contains(sentence.word($0)) }),
      sentence.word(kind + 1) == "of", let what = sentence.chunk(startingAt: kind + 2)
    else { return .none }
    let className = Inflection.singularPhrase(
      sentence.text(TermSpan.start(what, sentence)..<what.upperBound).lowercased())
    var found: [Definition] = []
    var index = colon + 1
    while index < sentence.count {
      // One item: a name, then ", which …", ", in which …" or ", where …" up to the next
      // item (", and", ";", "and" before a new name) or the end.
      while ["and", "or", ",", ";"].contains(sentence.word(index)) { index += 1 }
      guard
        let name = sentence.chunk(startingAt: index)
          ?? (sentence.tag(index) == .adj ? index..<(index + 1) : nil)
      else { break }
      var end = name.upperBound
      while end < sentence.count, ![";", "."].contains(sentence.word(end)),
        !(sentence.word(end) == "," && sentence.word(end + 1) == "and"),
        !(sentence.word(end) == "," && sentence.word(end + 1) == "or")
      {
        end += 1
      }
      var clause = name.upperBound
      if sentence.word(clause) == "," { clause += 1 }
      let opener = sentence.word(clause)
      let described =
        ["which", "where", "that", "whose"].contains(opener)
        || (opener == "in" && sentence.word(clause + 1) == "which")
      if described, end - clause >= 3, let term = TermSpan.name(name, sentence) {
        found.append(
          TermSpan.definition(
            term, article: nil,
            text: "a type of \(className), " + sentence.text(clause..<end),
            pattern: .relativeClause, sentence: input.text, input.context))
      }
      if end == index { break }
      index = end
    }
    return RuleOutcome(definitions: found)
  }
}
