/// "The number of breaths per minute is the respiratory rate.", "A variation on incomplete
/// dominance is codominance, in which …": a description as subject and a short name after
/// "is" or "are", ending the sentence or followed by a clause about it.
struct ReverseCopulaRule: DefinitionRule {
  let id = RuleID.reverseCopula
  let summary = "a long description as subject and the term after 'is/are': 'The N of … is X'"
  let examples: [RuleExample] = [
    .finds(
      "The number of breaths per minute is the respiratory rate.", "respiratory rate",
      meaning: "the number of breaths per minute"),
    .finds(
      "A variation on incomplete dominance is codominance, in which both alleles are"
        + " expressed.", "codominance", meaning: "both alleles are expressed"),
    .ignores("The result of the test is the same."),
    .ignores("The capital of France is Paris."),
    .ignores("The best part of the day is the evening."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    let start = sentence.subjectStart
    // The "is" whose short noun phrase ends the sentence (or a clause about it follows);
    // before it a description: a noun phrase, with a relative clause at most ("The lowest
    // temperature at which the organism can survive is its minimum growth temperature").
    guard
      let verb = (start..<sentence.count).last(where: {
        ["is", "are"].contains(sentence.word($0)) && sentence.chunk(startingAt: $0 + 1) != nil
      }), verb - start >= 4,
      ["the", "a", "an", "one"].contains(sentence.word(start)),
      // "The term used to describe … is X" is the term-for rule's.
      !["term", "name", "word"].contains(sentence.word(start + 1)),
      let firstClause = (start..<verb).first(where: {
        [.verb, .aux, .pron, .sconj].contains(sentence.tag($0))
      }).map({ $0 }) ?? Optional(verb),
      firstClause > start + 1,
      [.noun, .propn].contains(sentence.tag(firstClause - 1))
        || ["at", "in", "by", "for", "to"].contains(sentence.word(firstClause - 1)),
      !(start..<verb).contains(where: { sentence.word($0) == "," }),
      let named = sentence.chunk(startingAt: verb + 1), named.count <= 4,
      [.noun].contains(sentence.tag(named.upperBound - 1))
    else { return .none }
    // "The best part …", "The capital of France is Paris": a ranking or a proper name.
    let subjectWords = (start..<verb).map(sentence.word)
    guard !subjectWords.contains(where: { $0.hasSuffix("est") || $0 == "most" || $0 == "best" }),
      let head = sentence.lower[safe: named.upperBound - 1],
      !Lexicon.genericHeads.contains(head), !["same", "case", "opposite"].contains(head)
    else { return .none }
    let after = sentence.word(named.upperBound)
    var text = Sentences.lowercasedFirst(sentence.text(start..<verb))
    if after == ",", ["which", "in", "where", "that"].contains(sentence.word(named.upperBound + 1))
    {
      text += " " + sentence.rest(from: named.upperBound + 1)
    } else if ![".", "!", ""].contains(after) {
      return .none
    }
    // "… is its minimum growth temperature": the possessive belongs to the sentence.
    var term = named
    if ["its", "their"].contains(sentence.word(named.lowerBound)) {
      term = (named.lowerBound + 1)..<named.upperBound
    }
    guard !term.isEmpty, let name = TermSpan.name(term, sentence) else { return .none }
    let definition = TermSpan.definition(
      name, article: TermSpan.article(term, sentence), text: text,
      pattern: .reverse, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
