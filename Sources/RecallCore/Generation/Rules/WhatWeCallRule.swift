/// "… using combinations of labor, materials, and machinery, or what we call inputs.",
/// "… the greatest utility, which is the term economists use to describe a person's level of
/// satisfaction": a name given to the phrase just before it by the writer or a field.
struct WhatWeCallRule: DefinitionRule {
  let id = RuleID.whatWeCall
  let summary =
    "a name given to the phrase before it: '…, or what we call X', '…, what is known as X',"
    + " 'X, which is the term N use to describe Y'"
  let examples: [RuleExample] = [
    .finds(
      "Goods are produced using combinations of labor, materials, and machinery, or what we"
        + " call inputs.", "inputs", meaning: "combinations of labor"),
    .finds(
      "José wishes to choose the combination that will provide him with utility, which is the"
        + " term economists use to describe a person's level of satisfaction.", "utility",
      meaning: "a person's level of satisfaction"),
    .ignores("She asked what we call our dog."),
    .ignores("I wonder what is known as a good result."),
    .ignores("They chose the road, which is the term of the contract."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    if let named = namedByTerm(input) { return RuleOutcome(definitions: [named]) }
    // ", or what we call X", ", what is called X", ", what is known as X".
    guard
      let what = (1..<max(sentence.count, 1)).first(where: { index in
        sentence.word(index) == "what"
          && (sentence.word(index - 1) == ","
            || (sentence.word(index - 1) == "or" && sentence.word(index - 2) == ","))
      })
    else { return .none }
    var name = what + 1
    if sentence.tag(name) == .pron || sentence.tag(name) == .noun,
      ["call", "calls", "term", "terms", "name", "names"].contains(sentence.word(name + 1))
    {
      name += 2
    } else if ["is", "are"].contains(sentence.word(name)),
      ["called", "termed", "named"].contains(sentence.word(name + 1))
    {
      name += 2
    } else if ["is", "are"].contains(sentence.word(name)), sentence.word(name + 1) == "known",
      sentence.word(name + 2) == "as"
    {
      name += 3
    } else {
      return .none
    }
    let comma = sentence.word(what - 1) == "," ? what - 1 : what - 2
    guard let term = sentence.chunk(startingAt: name), let termName = TermSpan.name(term, sentence),
      let described = Self.phrase(endingBefore: comma, sentence)
    else { return .none }
    return RuleOutcome(definitions: [
      TermSpan.definition(
        termName, article: TermSpan.article(term, sentence), text: sentence.text(described),
        pattern: .reverse, sentence: input.text, input.context)
    ])
  }

  /// "X, which is the term economists use to describe Y": X, with Y as what it means.
  private func namedByTerm(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    guard
      let which = (1..<max(sentence.count, 1)).first(where: { index in
        sentence.word(index - 1) == "," && sentence.word(index) == "which"
          && sentence.matches(["is", "the"], at: index + 1)
          && ["term", "name", "word"].contains(sentence.word(index + 3))
      }),
      let from = (which + 4..<min(which + 9, sentence.count)).lazy.compactMap({
        TermForRule.meaningStart(afterNamingVerbAt: $0, sentence)
      }).first,
      let term = sentence.chunk(endingBefore: which - 1),
      let name = TermSpan.name(term, sentence)
    else { return nil }
    let meaning = sentence.rest(from: from)
    guard Lexicon.words(meaning).count >= 3 else { return nil }
    return TermSpan.definition(
      name, article: nil, text: meaning, pattern: .copula, sentence: input.text, input.context)
  }

  /// The phrase a name is given to: back from the comma over a list of noun phrases and the
  /// phrases they are "of", to the verb or preposition before it.
  static func phrase(endingBefore comma: Int, _ sentence: SentenceAnalysis) -> Range<Int>? {
    guard sentence.chunk(endingBefore: comma) != nil else { return nil }
    let nominal: Set<UPOS> = [.noun, .adj, .det, .num, .propn]
    var start = comma
    while start > 0 {
      let before = start - 1
      let word = sentence.word(before)
      guard nominal.contains(sentence.tag(before)) || [",", "and", "or", "of"].contains(word)
      else { break }
      start = before
    }
    while start < comma, [",", "and", "or", "of"].contains(sentence.word(start)) { start += 1 }
    guard comma - start >= 2, sentence.chunks.contains(where: { $0.lowerBound == start }) else {
      return nil
    }
    return start..<comma
  }
}
