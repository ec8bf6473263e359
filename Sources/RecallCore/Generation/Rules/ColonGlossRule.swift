/// "the greenhouse effect: the warming of Earth due to …", "generalists: species which live
/// …", and the other way round, "protected by the root-tip covering: the coleorhiza".
struct ColonGlossRule: DefinitionRule {
  let id = RuleID.colonGloss
  let summary =
    "a noun phrase glossed after a colon ('X: the N of …', 'X: Ns that …'), or a short name"
    + " after its description ('the root-tip covering: the coleorhiza')"
  let examples: [RuleExample] = [
    .finds(
      "Greenhouse gases are a factor in the greenhouse effect: the warming of Earth due to"
        + " carbon dioxide.", "greenhouse effect", meaning: "the warming of Earth"),
    .finds(
      "Other species are generalists: species which live in a wide variety of areas.",
      "generalists", meaning: "species which live"),
    .finds(
      "The young shoot is protected by a sheath of cells: the coleoptile.", "coleoptile",
      meaning: "a sheath of cells"),
    .finds(
      "He formulated the equipotentiality hypothesis: if one area of the brain is damaged,"
        + " another part can take over its function.", "equipotentiality hypothesis",
      meaning: "the idea that if one area"),
    .finds(
      "Most traits are polygenic: controlled by more than one gene.", "polygenic",
      meaning: "controlled by more than one gene"),
    .ignores("The answer is simple: more money."),
    .ignores("The rule is simple: if you break it, you pay for it."),
    .ignores("There are three reasons: cost, time and risk."),
    .ignores("Note: the results were not significant."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    if let theory = Self.namedTheory(input) ?? Self.property(input) {
      return RuleOutcome(definitions: [theory])
    }
    let sentence = input.analysis
    guard let colon = sentence.index(of: ":"), colon > 0,
      let before = sentence.chunk(endingBefore: colon),
      let after = sentence.chunk(startingAt: colon + 1)
    else { return .none }
    var end = colon + 1
    while end < sentence.count, ![";", "."].contains(sentence.word(end)) { end += 1 }
    let gloss = (colon + 1)..<end
    // A list after the colon ("cost, time and risk") is no gloss.
    guard !gloss.contains(where: { sentence.word($0) == "," && $0 < after.upperBound + 2 }),
      !gloss.contains(where: {
        ["and", "or"].contains(sentence.word($0)) && $0 == after.upperBound
      })
    else { return .none }
    let term: Range<Int>
    let meaning: Range<Int>
    let described = sentence.nounPhrase(endingBefore: colon) ?? before
    if after.upperBound == end, after.count <= 3, sentence.word(after.lowerBound) == "the",
      described.count >= 2
    {
      term = after
      meaning = described
    } else if Self.isClause(gloss, sentence) {
      // "…: learning is a relatively permanent change …" is a sentence after a colon.
      return .none
    } else if sentence.word(after.upperBound) == "of" || AppositiveRule.hasClause(gloss, sentence) {
      guard gloss.count >= 4 else { return .none }
      term = before
      meaning = gloss
    } else {
      return .none
    }
    guard let name = TermSpan.name(term, sentence) else { return .none }
    let definition = TermSpan.definition(
      name, article: TermSpan.article(term, sentence), text: sentence.text(meaning),
      pattern: .relativeClause, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}

extension ColonGlossRule {
  /// "Most traits are polygenic: controlled by more than one gene.": a property word after
  /// "is / are" glossed after a colon.
  static func property(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    guard let colon = sentence.index(of: ":"), colon > 2,
      sentence.tag(colon - 1) == .adj || Lexicon.looksAdjective(sentence.word(colon - 1)),
      ["is", "are"].contains(sentence.word(colon - 2)), let common = CommonWords.shipped,
      common.isTechnical(sentence.word(colon - 1))
    else { return nil }
    var end = colon + 1
    while end < sentence.count, ![";", "."].contains(sentence.word(end)) { end += 1 }
    let gloss = (colon + 1)..<end
    guard gloss.count >= 3, !isClause(gloss, sentence) else { return nil }
    var definition = TermSpan.definition(
      sentence.text((colon - 1)..<colon), article: nil, text: sentence.text(gloss),
      pattern: .meaning, sentence: input.text, input.context)
    definition.isAdjective = true
    return definition
  }

  /// "… he formulated the equipotentiality hypothesis: if part of one area … is damaged,
  /// another part … can take over": a named theory before a colon and the clause it holds.
  static func namedTheory(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    guard let colon = sentence.index(of: ":"), colon > 1,
      let described = sentence.nounPhrase(endingBefore: colon), described.count >= 2,
      ClaimRule.theoryHeads.contains(sentence.word(colon - 1)),
      let name = TermSpan.name(described, sentence), name.contains(" ")
    else { return nil }
    var end = colon + 1
    while end < sentence.count, ![";", "."].contains(sentence.word(end)) { end += 1 }
    let gloss = (colon + 1)..<end
    guard isClause(gloss, sentence), gloss.count >= 5 else { return nil }
    return TermSpan.definition(
      name, article: TermSpan.article(described, sentence),
      text: "the idea that " + sentence.text(gloss), pattern: .copula, sentence: input.text,
      input.context)
  }

  /// True when `gloss` has a verb of its own, not one in a relative clause: "the loss of the
  /// insulation it provides can be detrimental" is a sentence; "species which live …" is not.
  static func isClause(_ gloss: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
    for index in gloss {
      if ["which", "that", "who", "whose", "where", "whereby"].contains(sentence.word(index)) {
        return false
      }
      let word = sentence.word(index)
      if sentence.tag(index) == .aux
        || (sentence.tag(index) == .verb && !word.hasSuffix("ing") && !word.hasSuffix("ed"))
      {
        return true
      }
    }
    return false
  }
}

/// "The C horizon, or soil base, includes …": another name after ", or", given to a term the
/// article defines somewhere (an alias alone makes no card).
struct OrAliasRule: DefinitionRule {
  let id = RuleID.orAlias
  let summary = "another name between ', or' and a comma: 'X, or Y, …'"
  let examples: [RuleExample] = [
    .finds("The C horizon, or soil base, includes the parent material.", "soil base"),
    .finds(
      "Their hands are adapted for brachiation, or climbing and swinging through trees.",
      "brachiation", meaning: "climbing and swinging through trees"),
    .ignores("You can take the bus, or the train, to get there quickly today."),
    .finds(
      "To explore these questions, we turn to demography, or the study of populations.",
      "demography", meaning: "the study of populations"),
    .ignores("We can meet at noon, or the rest of us will wait."),
    .ignores("They can stay home, or going out may be better."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    var found: [Definition] = []
    if let gerund = Self.gerundGloss(input) { found.append(gerund) }
    if let study = Self.studyGloss(input) { found.append(study) }
    for first in sentence.chunks where sentence.word(first.upperBound) == "," {
      guard sentence.word(first.upperBound + 1) == "or",
        let other = sentence.chunk(startingAt: first.upperBound + 2),
        other.count <= 4, sentence.word(other.upperBound) == ",",
        first.lowerBound == sentence.subjectStart,
        let name = TermSpan.name(first, sentence), let alias = TermSpan.name(other, sentence)
      else { continue }
      var definition = DefiningPatterns.make(
        term: name, text: "", pattern: .alsoKnownAs, sentence: input.text, input.context)
      definition.aliases = [TermText.clean(alias)]
      found.append(definition)
    }
    return RuleOutcome(definitions: found)
  }
}

extension OrAliasRule {
  /// Nouns that open a definition: "the study of …", "the process of …".
  static let definingHeads: Set<String> = [
    "study", "science", "process", "practice", "theory", "art", "state", "condition", "branch",
    "measure", "ability", "belief", "idea", "use", "loss", "lack", "absence",
  ]

  /// "… we turn to demography, or the study of populations.": a term glossed by ", or the
  /// study / process / practice of …".
  static func studyGloss(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    guard
      let comma = (1..<max(sentence.count - 4, 1)).first(where: {
        sentence.word($0) == "," && sentence.word($0 + 1) == "or"
          && ["the", "a", "an"].contains(sentence.word($0 + 2))
          && definingHeads.contains(sentence.word($0 + 3)) && sentence.word($0 + 4) == "of"
      }), let named = sentence.chunk(endingBefore: comma),
      [.noun, .propn].contains(sentence.tag(named.upperBound - 1)),
      let term = TermSpan.name(named, sentence)
    else { return nil }
    var end = comma + 2
    while end < sentence.count, ![",", ";", ".", "("].contains(sentence.word(end)) { end += 1 }
    let meaning = sentence.text((comma + 2)..<end)
    guard Lexicon.words(meaning).count >= 4 else { return nil }
    return TermSpan.definition(
      term, article: TermSpan.article(named, sentence), text: meaning, pattern: .copula,
      sentence: input.text, input.context)
  }

  /// "… adapted for brachiation, or climbing and swinging through trees": a word outside
  /// everyday English glossed by ", or" and what doing it is.
  static func gerundGloss(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    guard
      let comma = (1..<max(sentence.count - 2, 1)).first(where: {
        sentence.word($0) == "," && sentence.word($0 + 1) == "or"
          && sentence.word($0 + 2).hasSuffix("ing")
          && [.verb, .noun].contains(sentence.tag($0 + 2))
      }), let common = CommonWords.shipped, common.isTechnical(sentence.word(comma - 1)),
      [.noun, .propn].contains(sentence.tag(comma - 1))
    else { return nil }
    var end = comma + 2
    while end < sentence.count, ![",", ";", ".", "("].contains(sentence.word(end)) { end += 1 }
    let meaning = sentence.text((comma + 2)..<end)
    guard Lexicon.words(meaning).count >= 2 else { return nil }
    return TermSpan.definition(
      sentence.text((comma - 1)..<comma), article: nil, text: meaning, pattern: .relativeClause,
      sentence: input.text, input.context)
  }
}
