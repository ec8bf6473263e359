/// "… neurons in the lateral amygdala, which is the area of the brain responsible for fear
/// memories": a noun phrase followed by ", which is (a|the) N …", the relative clause saying
/// what the phrase is.
struct RelativeCopulaRule: DefinitionRule {
  let id = RuleID.relativeCopula
  let summary =
    "a technical noun phrase followed by ', which is / which are' and a noun phrase saying what"
    + " it is"
  let examples: [RuleExample] = [
    .finds(
      "The researchers damaged neurons in the lateral amygdala, which is the area of the brain"
        + " responsible for fear memories.", "lateral amygdala",
      meaning: "the area of the brain responsible for fear memories"),
    .finds(
      "The soil holds numerous nematodes, which are worms that feed on roots and bacteria.",
      "nematodes", meaning: "worms that feed on roots"),
    .finds(
      "The environment holds numerous pathogens, which are agents, usually microorganisms, that"
        + " cause diseases in their hosts.", "pathogens", meaning: "agents"),
    .finds(
      "For example, life tables, which detail the life expectancy of individuals, were first"
        + " made by insurers.", "life tables", meaning: "detail the life expectancy"),
    .ignores("The old house, which stands on the hill, was sold."),
    .finds(
      "Scientific research is based on empirical evidence, which is evidence that comes from"
        + " direct experience.", "empirical evidence", meaning: "evidence that comes from"),
    .ignores("The family moved to the city, which is a large port on the coast."),
    .ignores("The enzyme binds to the substrate, which is important for the reaction."),
    .ignores("The cells divided rapidly, which is a sign of cancer."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    if let function = Self.whatItDoes(input) { return RuleOutcome(definitions: [function]) }
    let sentence = input.analysis
    guard let common = CommonWords.shipped,
      let which = sentence.index(of: "which"), which >= 2, sentence.word(which - 1) == ",",
      ["is", "are"].contains(sentence.word(which + 1)),
      let complement = sentence.chunk(startingAt: which + 2),
      // "which is the area …", or a bare plural class: "which are agents that …".
      ["a", "an", "the"].contains(sentence.word(which + 2))
        ? complement.count >= 2
        : sentence.tag(complement.lowerBound) == .noun
          && (sentence.word(which + 1) == "are"
            || ["that", "which", "who"].contains(sentence.word(complement.upperBound))
            || (sentence.tag(complement.upperBound) == .verb
              && sentence.word(complement.upperBound).hasSuffix("ed"))),
      [.noun, .propn].contains(sentence.tag(complement.upperBound - 1)),
      var named = sentence.chunk(endingBefore: which - 1),
      [.noun, .propn].contains(sentence.tag(named.upperBound - 1))
    else { return .none }
    // "numerous nematodes": the kind, without how many.
    while named.count > 1, Lexicon.quantifiers.contains(sentence.word(named.lowerBound)) {
      named = (named.lowerBound + 1)..<named.upperBound
    }
    // The phrase the clause is about, not a clause ending in a verb ("The cells divided,
    // which is …"), and a term, not an everyday place or thing.
    // To the end of the clause: "…, which are costs that cannot be recovered, should not
    // …" closes at the comma before the sentence's own verb.
    var end = complement.lowerBound
    while end < sentence.count, ![";", ".", "!", "?"].contains(sentence.word(end)) {
      if sentence.word(end) == ",", sentence.tag(sentence.skippingAdverbs(from: end + 1)) == .aux {
        break
      }
      end += 1
    }
    // A class with its own clause ("agents, usually microorganisms, that cause diseases")
    // defines whatever it follows; a bare class ("a large port") only a term.
    let words = named.map(sentence.word)
    let classified = (complement.upperBound..<end).contains {
      ["that", "which", "who", "whose"].contains(sentence.word($0))
    }
    guard classified || words.contains(where: common.isTechnical),
      let name = TermSpan.name(named, sentence)
    else { return .none }
    let meaning = sentence.text(complement.lowerBound..<end)
    guard Lexicon.words(meaning).count >= 3 else { return .none }
    let definition = TermSpan.definition(
      name, article: TermSpan.article(named, sentence), text: meaning,
      pattern: .relativeClause, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}

extension RelativeCopulaRule {
  /// "For example, life tables, which detail the life expectancy of individuals …, were
  /// developed …": the subject, and what a clause set off by commas says it does.
  static func whatItDoes(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    let start = sentence.subjectStart
    guard let subject = sentence.chunk(startingAt: start), sentence.word(subject.upperBound) == ",",
      ["which", "that"].contains(sentence.word(subject.upperBound + 1)),
      sentence.tag(subject.upperBound + 2) == .verb
    else { return nil }
    let verb = subject.upperBound + 2
    let word = sentence.word(verb)
    let plural = Inflection.isPlural(sentence.word(subject.upperBound - 1))
    guard !word.hasSuffix("ed"), !word.hasSuffix("ing"),
      plural != (word.hasSuffix("s") && !word.hasSuffix("ss")),
      let close = sentence.index(of: ",", from: verb), close - verb >= 3,
      [.verb, .aux].contains(sentence.tag(sentence.skippingAdverbs(from: close + 1))),
      // A kind named bare ("life tables, which …") or a term; not one particular thing
      // ("The old house, which stands …").
      let name = TermSpan.name(subject, sentence),
      sentence.tag(subject.lowerBound) != .det
        || subject.contains(where: {
          CommonWords.shipped?.isTechnical(sentence.word($0)) ?? false
        })
    else { return nil }
    return TermSpan.definition(
      name, article: TermSpan.article(subject, sentence), text: sentence.text(verb..<close),
      pattern: .function, sentence: input.text, input.context)
  }
}
