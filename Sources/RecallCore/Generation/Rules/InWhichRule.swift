/// "There is some evidence of chattel slavery, in which people are treated as personal
/// property, …", "the practice of dynastic succession, in which the monarch's child inherits
/// the throne": a term glossed by the arrangement or process a clause describes.
struct InWhichRule: DefinitionRule {
  let id = RuleID.inWhich
  let summary =
    "a term glossed by ', in which / by which / whereby CLAUSE' (a technical term, or one"
    + " named by 'the practice / process / system of')"
  let examples: [RuleExample] = [
    .finds(
      "There is some evidence of chattel slavery, in which people are treated as personal"
        + " property to be bought and sold, in the Nile Valley.", "chattel slavery",
      meaning: "slavery in which people are treated as personal property"),
    .finds(
      "Monarchy rests on the practice of dynastic succession, in which the monarch's child or"
        + " other relative inherits the throne.", "dynastic succession",
      meaning: "succession in which the monarch's child"),
    .finds(
      "Many insurers require a copayment, in which the policyholder must pay a small amount.",
      "copayment", meaning: "one in which the policyholder"),
    .ignores("We visited the old house, in which my grandparents lived for fifty years."),
    .ignores("They ran the second experiment, in which participants waited alone."),
  ]

  /// Nouns that name a kind of arrangement before "of": "the practice of X".
  static let arrangements: Set<String> = [
    "practice", "process", "system", "method", "technique", "form", "type", "kind", "policy",
    "strategy", "condition", "state", "procedure", "principle",
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard let common = CommonWords.shipped else { return .none }
    var found: [Definition] = []
    for comma in sentence.tokens.indices where sentence.word(comma) == "," {
      let pronoun: Int
      if ["in", "by", "through", "during"].contains(sentence.word(comma + 1)),
        sentence.word(comma + 2) == "which"
      {
        pronoun = comma + 2
      } else if sentence.word(comma + 1) == "whereby" {
        pronoun = comma + 1
      } else {
        continue
      }
      guard let named = sentence.chunk(endingBefore: comma),
        sentence.tag(named.upperBound - 1) == .noun
      else { continue }
      let first = TermSpan.start(named, sentence)
      let words = (first..<named.upperBound).map(sentence.word)
      let arrangement =
        sentence.word(named.lowerBound - 1) == "of"
        && Self.arrangements.contains(sentence.word(named.lowerBound - 2))
      let technical = words.contains(where: common.isTechnical)
      guard technical || (arrangement && words.count >= 2) else { continue }
      let end = sentence.clauseEnd(from: pronoun + 1)
      let clause = (pronoun + 1)..<end
      // The clause says what happens: a verb of its own and four words or more; it ends at
      // the comma before the rest of the sentence ("…, in the Nile Valley").
      var stop = clause.upperBound
      if let close = clause.first(where: {
        sentence.word($0) == "," && [.adp, .sconj].contains(sentence.tag($0 + 1))
      }) {
        stop = close
      }
      let said = (pronoun + 1)..<stop
      // "… relative inherits the throne": a word in -s before an article is a verb too,
      // whatever the tagger made of it.
      let verb = said.contains {
        [.verb, .aux].contains(sentence.tag($0))
          || (sentence.word($0).hasSuffix("s") && sentence.tag($0 + 1) == .det)
      }
      guard said.count >= 4, verb,
        let term = TermSpan.name(named, sentence)
      else { continue }
      // "slavery in which …" for "chattel slavery"; a one-word term takes the arrangement it
      // is "of" ("a process in which …") or "one", never itself.
      let head =
        words.count >= 2
        ? sentence.word(named.upperBound - 1)
        : arrangement
          ? Lexicon.indefiniteArticle(for: sentence.word(named.lowerBound - 2)) + " "
            + sentence.word(named.lowerBound - 2) : "one"
      let text = head + " " + sentence.text((comma + 1)..<stop)
      found.append(
        TermSpan.definition(
          term, article: TermSpan.article(named, sentence), text: text, pattern: .relativeClause,
          sentence: input.text, input.context))
    }
    return RuleOutcome(definitions: found)
  }
}
