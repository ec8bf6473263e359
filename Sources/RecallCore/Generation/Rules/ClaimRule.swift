/// "Dispositionism holds that our behaviour is determined by …", "The good genes hypothesis
/// states that …": a theory named as the subject of a verb of saying with its claim.
struct ClaimRule: DefinitionRule {
  let id = RuleID.claim
  let summary =
    "a theory, law or view as subject of 'states / holds / proposes / suggests / asserts that …'"
  let examples: [RuleExample] = [
    .finds(
      "In contrast, dispositionism holds that our behavior is determined by internal factors.",
      "dispositionism", meaning: "the idea that our behavior is determined"),
    .finds(
      "The good genes hypothesis states that males develop ornaments to show their fitness.",
      "good genes hypothesis", meaning: "males develop ornaments"),
    .finds(
      "In the 1960s, Lynn Margulis developed endosymbiotic theory, which states that eukaryotes"
        + " arose from one cell engulfing another.", "endosymbiotic theory",
      meaning: "the idea that eukaryotes arose"),
    .ignores("The committee issued a report, which states that costs rose."),
    .ignores("Darwin argued that species change over time."),
    .ignores("The results suggest that the drug works."),
    .finds(
      "The blending theory of inheritance asserted that the original parental traits were lost"
        + " in the offspring.", "blending theory of inheritance",
      meaning: "the idea that the original parental traits"),
    .ignores("The researchers argued that the results were wrong."),
  ]

  /// Verbs that put forward a claim.
  static let claimVerbs: Set<String> = [
    "states", "holds", "proposes", "suggests", "asserts", "posits", "argues", "predicts",
    "maintains", "claims",
    // "The blending theory of inheritance asserted that …": a theory of the past.
    "stated", "held", "proposed", "suggested", "asserted", "posited", "argued", "predicted",
    "maintained", "claimed",
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    if let relative = Self.relativeClaim(input) { return RuleOutcome(definitions: [relative]) }
    let sentence = input.analysis
    let start = sentence.subjectStart
    // The claim verb and "that", whatever the tagger made of the verb; before it a noun
    // phrase ("Festinger's theory of cognitive dissonance states …").
    guard
      let verb = (start..<min(start + 9, sentence.count)).first(where: {
        Self.claimVerbs.contains(sentence.word($0)) && sentence.word($0 + 1) == "that"
      })
    else { return .none }
    var end = verb
    while end > start, sentence.tag(end - 1) == .adv { end -= 1 }
    let nominal: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .part]
    let term = start..<end
    guard !term.isEmpty,
      term.allSatisfy({ nominal.contains(sentence.tag($0)) || sentence.word($0) == "of" })
    else { return .none }
    let words = term.map(sentence.word)
    // A claim of a theory, a law or a view ("-ism"), not of a person or a study's results.
    let named =
      words.contains { Self.theoryHeads.contains($0) } || words.last?.hasSuffix("ism") == true
    guard named, let name = TermSpan.name(term, sentence) else { return .none }
    let claim = sentence.rest(from: verb + 2)
    guard Lexicon.words(claim).count >= 4 else { return .none }
    let definition = TermSpan.definition(
      name, article: TermSpan.article(term, sentence), text: "the idea that " + claim,
      pattern: .copula, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }

  /// "… developed endosymbiotic theory, which states that eukaryotes …": a named theory
  /// anywhere, with its claim in a relative clause.
  static func relativeClaim(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    guard let which = sentence.index(of: "which"), which >= 2, sentence.word(which - 1) == ",",
      claimVerbs.contains(sentence.word(which + 1)), sentence.word(which + 2) == "that",
      let named = sentence.nounPhrase(endingBefore: which - 1),
      theoryHeads.contains(sentence.word(named.upperBound - 1))
        || sentence.word(named.upperBound - 1).hasSuffix("ism"),
      named.count >= 2 || sentence.word(named.lowerBound).hasSuffix("ism"),
      let name = TermSpan.name(named, sentence)
    else { return nil }
    let claim = sentence.rest(from: which + 3)
    guard Lexicon.words(claim).count >= 4 else { return nil }
    return TermSpan.definition(
      name, article: TermSpan.article(named, sentence), text: "the idea that " + claim,
      pattern: .copula, sentence: input.text, input.context)
  }

  /// Nouns that name a claim.
  static let theoryHeads: Set<String> = [
    "theory", "hypothesis", "law", "principle", "model", "view", "perspective", "approach",
    "theorem", "rule",
  ]
}

/// "In cross-sectional research, a researcher compares …", "With random assignment, all
/// participants have …": what happens in a method or condition named by a fronted phrase.
struct SettingRule: DefinitionRule {
  let id = RuleID.setting
  let summary =
    "a method or condition named in a fronted 'In X, …' / 'With X, …' and what happens in it,"
    + " asked as 'What happens in X?'"
  let examples: [RuleExample] = [
    .finds(
      "In cross-sectional research, a researcher compares multiple segments of the population"
        + " at the same time.", "cross-sectional research", meaning: "a researcher compares"),
    .finds(
      "In the light-dependent reactions, energy from sunlight is absorbed by pigment molecules.",
      "light-dependent reactions", meaning: "energy from sunlight"),
    .finds(
      "In people processing services, the customer is a direct recipient of the service.",
      "people processing", meaning: "services in which the customer", bold: ["people processing"]),
    .ignores("In people processing services, the customer is a direct recipient of the service."),
    .ignores("In contrast, the other group waited."),
    .ignores("In the morning, the birds sing loudly near the house."),
    .ignores("In 1990, the team published the results of the study."),
    .ignores("In the eighteenth century, it was recognized that acids have a sour taste."),
  ]

  private let common: CommonWords?

  /// The rule, with the shipped list of everyday words.
  init(common: CommonWords? = CommonWords.shipped) {
    self.common = common
  }

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    if let kind = Self.stressedKind(input) { return RuleOutcome(definitions: [kind]) }
    guard ["in", "with", "during"].contains(sentence.word(0)),
      let phrase = sentence.chunk(startingAt: 1), sentence.word(phrase.upperBound) == ",",
      sentence.tag(1) != .det || ["a", "an", "the"].contains(sentence.word(1)),
      sentence.subjectStart > phrase.upperBound
    else { return .none }
    let words = phrase.map(sentence.word)
    guard let common else { return .none }

    // After "the", a named stage or method ("the light-dependent reactions": a compound of
    // the subject's own, or a term for a head), not "the eighteenth century" or "the reverse
    // direction".
    let technical =
      sentence.word(1) == "the"
      ? (common.isTechnical(words[words.count - 1])
        || words.contains { $0.contains("-") && common.isTechnical($0) })
      : words.contains(where: common.isTechnical)
    guard words.count >= 2, technical, let name = TermSpan.name(phrase, sentence) else {
      return .none
    }
    let clause = sentence.rest(from: sentence.subjectStart)
    guard Lexicon.words(clause).count >= 5 else { return .none }
    let definition = TermSpan.definition(
      name, article: nil, text: clause, pattern: .setting, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }

  /// "In **people processing** services, the customer is …": the stressed words after "In
  /// (the)" name a kind of the one noun after them ("services in which the customer is …").
  static func stressedKind(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    guard sentence.word(0) == "in" else { return nil }
    let first = ["a", "an", "the"].contains(sentence.word(1)) ? 2 : 1
    guard let stressed = sentence.emphasised(at: first, input.context.bold),
      sentence.tag(stressed.upperBound) == .noun, sentence.word(stressed.upperBound + 1) == ",",
      let name = TermSpan.name(stressed, sentence)
    else { return nil }
    let clause = sentence.rest(from: stressed.upperBound + 2)
    guard Lexicon.words(clause).count >= 5 else { return nil }
    let head = sentence.word(stressed.upperBound)
    // A kind of thing, asked as "What is X?", not "What happens in X?".
    return TermSpan.definition(
      name, article: nil, text: head + " in which " + Sentences.lowercasedFirst(clause),
      pattern: .copula, sentence: input.text, input.context)
  }
}
