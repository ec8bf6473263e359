/// "The term for this mode of replication is 'semiconservative'", "Semiconservative is the
/// term for …": a sentence about a term's name.
struct TermForRule: DefinitionRule {
  let id = RuleID.termFor
  let summary = "'the term / name for X is Y' and 'Y is the term / name for X'"
  let examples: [RuleExample] = [
    .finds(
      "The term for this mode of replication is “semiconservative,” because half of the"
        + " original molecule is conserved.", "semiconservative",
      meaning: "this mode of replication"),
    .finds(
      "Biome is the term for a large community of plants and animals.", "biome",
      meaning: "a large community of plants and animals"),
    .finds(
      "Sociologists use the term high culture to describe the cultural experiences of the highest"
        + " class.", "high culture", meaning: "the cultural experiences"),
    .finds(
      "The term used to describe all of the chemical reactions inside a cell is metabolism.",
      "metabolism", meaning: "all of the chemical reactions"),
    .ignores("The term for the loan is five years."),
    .ignores("The term of the lease is a problem for the tenants."),
    .ignores("Her name for the dog is Rex."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    if let used = Self.termUsedFor(input) { return RuleOutcome(definitions: [used]) }
    let sentence = input.analysis
    let start = sentence.subjectStart
    let nouns = ["term", "name"]
    // "The term for X is Y", "The term used to describe X is Y".
    if sentence.word(start) == "the", nouns.contains(sentence.word(start + 1)),
      let lead = Self.describedStart(sentence, after: start + 2),
      let verb = sentence.index(of: "is", from: lead)
    {
      let described = sentence.text(lead..<verb)
      var first = verb + 1
      while first < sentence.count, ["“", "\"", "‘", "'"].contains(sentence.word(first)) {
        first += 1
      }
      guard
        let term = sentence.chunk(startingAt: first)
          ?? ClassCalledRule.unknownWord(
            at: first, sentence),
        let name = TermSpan.name(term, sentence), Lexicon.words(described).count >= 2,
        CommonWords.shipped?.isTechnical(name.lowercased()) ?? false
          || name.contains(" ")
          || sentence.emphasised(at: term.lowerBound, input.context.bold) != nil
          || sentence.word(start + 2) != "for"
      else { return .none }
      return RuleOutcome(definitions: [
        TermSpan.definition(
          name, article: nil, text: Sentences.lowercasedFirst(described), pattern: .reverse,
          sentence: input.text, input.context)
      ])
    }
    // "Y is the term for X".
    guard let verb = sentence.index(of: "is", from: start), verb > start,
      sentence.word(verb + 1) == "the", nouns.contains(sentence.word(verb + 2)),
      sentence.word(verb + 3) == "for" || sentence.matches(["used", "for"], at: verb + 3),
      let term = sentence.chunk(endingBefore: verb), term.lowerBound == start,
      let name = TermSpan.name(term, sentence)
    else { return .none }
    let from = sentence.word(verb + 3) == "for" ? verb + 4 : verb + 5
    let meaning = sentence.rest(from: from)
    guard Lexicon.words(meaning).count >= 3 else { return .none }
    return RuleOutcome(definitions: [
      TermSpan.definition(
        name, article: TermSpan.article(term, sentence), text: meaning, pattern: .copula,
        sentence: input.text, input.context)
    ])
  }
}

extension TermForRule {
  /// Where the description starts after "the term": "for X", "used for X", "used to describe
  /// X", "given to X"; nil when "the term" is not followed by what it names ("the term of the
  /// loan").
  static func describedStart(_ sentence: SentenceAnalysis, after index: Int) -> Int? {
    var lead = index
    let participle = ["used", "given", "applied"].contains(sentence.word(lead))
    if participle { lead += 1 }
    if let meaning = meaningStart(afterNamingVerbAt: lead, sentence) { return meaning }
    if sentence.word(lead) == "for" || (participle && sentence.word(lead) == "to") {
      return lead + 1
    }
    return nil
  }

  /// Where what a name means starts after "to describe", "to refer to", "to mean" … standing
  /// at `index`; nil when no such words stand there.
  static func meaningStart(afterNamingVerbAt index: Int, _ sentence: SentenceAnalysis) -> Int? {
    let verbs: Set<String> = ["describe", "refer", "mean", "denote", "name", "identify"]
    guard sentence.word(index) == "to", verbs.contains(sentence.word(index + 1)) else {
      return nil
    }
    // "to refer to".
    return sentence.word(index + 2) == "to" ? index + 3 : index + 2
  }

  /// "Sociologists use the term high culture to describe the pattern of …": the term and
  /// what it is used for.
  static func termUsedFor(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    guard
      let use = (0..<sentence.count).first(where: {
        ["use", "uses", "used"].contains(sentence.word($0))
          && sentence.matches(["the", "term"], at: $0 + 1)
      })
    else { return nil }
    let first = use + 3
    guard
      let to = (first..<min(first + 6, sentence.count)).first(where: {
        meaningStart(afterNamingVerbAt: $0, sentence) != nil
      }), to > first, let from = meaningStart(afterNamingVerbAt: to, sentence)
    else { return nil }
    let name = TermText.clean(sentence.text(first..<to))
    let meaning = sentence.rest(from: from)
    guard !name.isEmpty, Lexicon.words(name).count <= 4, Lexicon.words(meaning).count >= 3,
      TermText.junkReason(name) == nil
    else { return nil }
    return TermSpan.definition(
      name, article: nil, text: meaning, pattern: .copula, sentence: input.text, input.context)
  }
}
