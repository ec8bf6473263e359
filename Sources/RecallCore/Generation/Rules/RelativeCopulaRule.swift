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
        : sentence.word(which + 1) == "are" && sentence.tag(complement.lowerBound) == .noun,
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
    var end = complement.lowerBound
    while end < sentence.count, ![";", ".", "!", "?"].contains(sentence.word(end)) { end += 1 }
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
    .ignores("The term for the loan is five years."),
    .ignores("Her name for the dog is Rex."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    let start = sentence.subjectStart
    let nouns = ["term", "name"]
    // "The term for X is Y".
    if sentence.word(start) == "the", nouns.contains(sentence.word(start + 1)),
      sentence.word(start + 2) == "for",
      let verb = sentence.index(of: "is", from: start + 3)
    {
      let described = sentence.text((start + 3)..<verb)
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

/// "The collective unconscious, as described by Jung, is a repository …", "The Calvin cycle
/// (named for Melvin Calvin), the pathway used for fixation of CO2, is …": the sentence
/// read again without the aside between its subject and its verb.
struct InterruptedSubjectRule: DefinitionRule {
  let id = RuleID.interruptedSubject
  let summary =
    "a subject and its verb parted by an aside in brackets or commas ('X, as described by Y,"
    + " is …'), read without the aside"
  let examples: [RuleExample] = [
    .finds(
      "The collective unconscious, as described by Jung, is a theoretical repository of"
        + " information shared by everyone.", "collective unconscious",
      meaning: "theoretical repository"),
    .finds(
      "The Calvin cycle (named for Melvin Calvin), the biochemical pathway used for fixation of"
        + " carbon dioxide, is located in the stroma.", "Calvin cycle",
      meaning: "biochemical pathway"),
    .finds(
      "In the brain, the hypothalamus, which lies above the pituitary gland, is a main center of"
        + " homeostasis.", "hypothalamus", meaning: "main center of homeostasis"),
    .ignores("The results, as described by Jung, were surprising."),
  ]

  /// Words that open an aside between a subject and its verb.
  static let asideOpenings: Set<String> = [
    "as", "according", "like", "unlike", "in", "on", "however", "which", "who", "by",
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    let start = sentence.subjectStart
    guard
      let subject = sentence.nounPhrase(
        endingBefore: sentence.chunks.first(where: {
          $0.lowerBound >= start
        })?.upperBound ?? start), subject.lowerBound == start
    else { return .none }
    var removed: Range<Int>?
    let after = subject.upperBound
    if sentence.word(after) == "(", let close = sentence.index(of: ")", from: after),
      close - after >= 3
    {
      removed = after..<(close + 1)
    } else if sentence.word(after) == ",", Self.asideOpenings.contains(sentence.word(after + 1)),
      let comma = sentence.index(of: ",", from: after + 1),
      [.aux, .verb].contains(sentence.tag(comma + 1))
    {
      removed = after..<(comma + 1)
    }
    guard let removed else { return .none }
    let text =
      sentence.text(0..<removed.lowerBound) + " "
      + sentence.text(removed.upperBound..<sentence.count)
    let cleaned = text.replacingOccurrences(of: " ,", with: ",")
    var found = DefinitionRules.scan(cleaned, input.context, tagger: input.tagger).definitions
    for index in found.indices { found[index].sentence = input.text }
    return RuleOutcome(definitions: found)
  }
}

/// "When someone has two copies of the same allele, they are said to be homozygous": a
/// condition, then the word said of whoever meets it.
struct SaidToBeRule: DefinitionRule {
  let id = RuleID.saidToBe
  let summary = "'When / If CLAUSE, X is / are said to be Y': Y is being in that condition"
  let examples: [RuleExample] = [
    .finds(
      "When someone has two copies of the same allele, they are said to be homozygous for that"
        + " allele.", "homozygous", meaning: "having two copies of the same allele"),
    .finds(
      "If a solution has more solute than the cell, it is said to be hypertonic.", "hypertonic",
      meaning: "having more solute than the cell"),
    .ignores("When the war ended, he was said to be happy."),
    .ignores("The painting is said to be worth millions."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard ["when", "if"].contains(sentence.word(0)),
      let said = sentence.index(of: "said"), said >= 4,
      sentence.matches(["to", "be"], at: said + 1),
      ["is", "are"].contains(sentence.word(said - 1)),
      let comma = (1..<said).last(where: { sentence.word($0) == "," })
    else { return .none }
    let termStart = said + 3
    var termEnd = termStart
    while termEnd < sentence.count, [.adj, .noun].contains(sentence.tag(termEnd)) {
      termEnd += 1
    }
    // A term: one or two words outside everyday English ("homozygous"), not "happy".
    guard termEnd > termStart, termEnd - termStart <= 2, let common = CommonWords.shipped,
      (termStart..<termEnd).contains(where: { common.isTechnical(sentence.word($0)) })
    else { return .none }
    // The condition, said of anyone: "someone has …" → "having …".
    var first = 1
    while first < comma, [.det, .pron, .noun, .propn, .adj].contains(sentence.tag(first)),
      ![.verb, .aux].contains(sentence.tag(first))
    {
      first += 1
    }
    guard first < comma,
      ["has", "have"].contains(sentence.word(first))
        || sentence.tag(first)
          == .verb
        || sentence.tag(first) == .aux
    else { return .none }
    let verb = sentence.word(first)
    let condition: String
    if ["has", "have"].contains(verb) {
      condition = "having " + sentence.text((first + 1)..<comma)
    } else if ["is", "are"].contains(verb) {
      condition = "being " + sentence.text((first + 1)..<comma)
    } else {
      condition = "when " + Sentences.lowercasedFirst(sentence.text(1..<comma))
    }
    let name = sentence.text(termStart..<termEnd)
    var definition = TermSpan.definition(
      name, article: nil, text: condition, pattern: .copula, sentence: input.text,
      input.context)
    definition.isAdjective = sentence.tag(termEnd - 1) == .adj
    return RuleOutcome(definitions: [definition])
  }
}

/// "Menstrual periods become less frequent and finally cease; this is menopause.": a clause,
/// then a short technical name for what it describes.
struct ThisIsRule: DefinitionRule {
  let id = RuleID.thisIs
  let summary = "'CLAUSE; this is X.': X names what the clause before describes"
  let examples: [RuleExample] = [
    .finds(
      "Menstrual periods become less frequent and finally cease; this is menopause.",
      "menopause", meaning: "menstrual periods become less frequent"),
    .ignores("The cells divide every day; this is normal."),
    .ignores("We met at the station; this is the place."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard let semicolon = sentence.index(of: ";"), semicolon >= 4,
      ["this", "that"].contains(sentence.word(semicolon + 1)),
      ["is", "was"].contains(sentence.word(semicolon + 2)),
      let chunk = sentence.chunk(startingAt: semicolon + 3),
      [".", "!", ""].contains(sentence.word(chunk.upperBound)), chunk.count <= 4,
      let common = CommonWords.shipped,
      chunk.contains(where: { common.isTechnical(sentence.word($0)) }),
      let name = TermSpan.name(chunk, sentence)
    else { return .none }
    let clause = Sentences.lowercasedFirst(sentence.text(sentence.subjectStart..<semicolon))
    let definition = TermSpan.definition(
      name, article: TermSpan.article(chunk, sentence), text: clause, pattern: .reverse,
      sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
