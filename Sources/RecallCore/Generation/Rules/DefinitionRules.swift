/// The sentence rules of the definition finder, in the order they run, and the runner.
enum DefinitionRules {
  /// Every sentence rule with when it runs. A rule's definitions come out in this order;
  /// a gated rule sees what the rules before it found in the same sentence.
  static let ordered: [(rule: any DefinitionRule, gate: RuleGate)] = [
    (ClassCalledRule(), .always),
    (NamedAfterRule(), .unlessFoundBy([.classCalled])),
    (SemicolonClauseRule(), .always),
    (ListedCopulasRule(), .unlessFoundBy([.namedAfter])),
    (CopulaRule(), .unlessFoundBy([.namedAfter, .listedCopulas])),
    (PronounSubjectRule(), .unlessFoundBy([.copula, .namedAfter])),
    (ReverseCopulaRule(), .unlessFoundBy([.copula, .namedAfter, .classCalled])),
    (DescribedClassRule(), .unlessFoundBy([.copula, .namedAfter, .classCalled, .reverseCopula])),
    (ClaimRule(), .unlessFoundBy([.copula])),
    (GlossRule.alsoKnownAs, .always),
    (GlossRule.abbreviation, .always),
    (GlossRule.meaning, .always),
    (GlossRule.relativeClause, .always),
    (GlossRule.parenthesisGloss, .always),
    (AppositiveRule(), .unlessFoundBy([.relativeClause])),
    (BracketGlossRule(), .unlessFoundBy([.parenthesisGloss, .abbreviation])),
    (RelativeCopulaRule(), .unlessFoundBy([.relativeClause])),
    (TermForRule(), .unlessFoundBy([.copula, .reverseCopula])),
    (SaidToBeRule(), .always),
    (ThisIsRule(), .always),
    (TypesRule(), .always),
    (ColonGlossRule(), .unlessFoundBy([.copula, .namedAfter, .types])),
    (OrAliasRule(), .always),
    (SoNamedRule(), .always),
    (ExamplesRule(), .always),
    (WhatWeCallRule(), .unlessFoundBy([.classCalled, .namedAfter])),
    (ThereAreRule(), .unlessFoundBy([.classCalled, .relativeClause, .relativeCopula])),
    (ThinkOfAsRule(), .unlessFoundBy([.copula])),
    (ThisMeansRule(), .always),
    (InWhichRule(), .unlessFoundBy([.relativeClause, .appositive, .bracketGloss])),
    (LabelAsRule(), .unlessFoundBy([.classCalled, .namedAfter])),
    (SectionLeadRule(), .ifNothingFound),
    (EmphasisedSubjectRule(), .ifNothingFound),
    (TechnicalSubjectRule(), .ifNothingFound),
    (DefiningVerbRule(), .ifNothingFound),
    (NamedThingRule(), .ifNothingFound),
    (SettingRule(), .ifNothingFound),
    (InterruptedSubjectRule(), .ifNothingFound),
    (ContrastHalfRule(), .always),
  ]

  /// The definitions `sentence` gives, each marked with the rule that found it, and the
  /// first reason a rule gave for finding none (kept only when nothing was found).
  static func scan(
    _ sentence: String, _ context: SentenceContext, tagger: PartOfSpeechTagger?
  ) -> SentenceFindings {
    scan(SentenceAnalysis(sentence, tagger: tagger), context, tagger: tagger)
  }

  /// "Infinite elasticity or perfect elasticity refers to …", "an excess supply or a
  /// surplus": the first name is the term, the second another name of it; not "fight or
  /// flight response", where one word stands on a side.
  static func splittingOtherName(_ definition: Definition) -> Definition {
    let parts = definition.term.components(separatedBy: " or ")
    guard parts.count == 2 else { return definition }
    var other = parts[1]
    for article in ["a ", "an ", "the "] where other.lowercased().hasPrefix(article) {
      other = String(other.dropFirst(article.count))
    }
    let first = Lexicon.words(parts[0])
    let second = Lexicon.words(other)
    guard first.count >= 2, second.count >= 1, first.count <= 3, second.count <= 3,
      first.count >= 2 && (second.count >= 2 || other != parts[1])
    else { return definition }
    var definition = definition
    definition.term = parts[0]
    definition.aliases.append(other)
    return definition
  }

  /// "… this is often called a shooting star, but it is properly known as a meteor": the
  /// proper name after "properly / technically / correctly known as / called" is the term,
  /// the everyday one another name of it.
  static func properlyNamed(_ definition: Definition, in sentence: String) -> Definition {
    let lower = sentence.lowercased()
    guard let named = lower.range(of: definition.term.lowercased()) else { return definition }
    for adverb in ["properly", "technically", "correctly", "scientifically", "formally"] {
      for verb in [" known as ", " called ", " termed "] {
        guard let range = lower.range(of: adverb + verb, range: named.upperBound..<lower.endIndex)
        else { continue }
        var rest = lower[range.upperBound...]
        for article in ["a ", "an ", "the "] where rest.hasPrefix(article) {
          rest = rest.dropFirst(article.count)
        }
        let name = String(rest.prefix { !".,;:()!?".contains($0) }).trimmingSpaces
        guard (1...4).contains(Lexicon.words(name).count),
          Slug.of(name) != Slug.of(definition.term), TermText.junkReason(name) == nil
        else { return definition }
        var renamed = definition
        renamed.aliases = [definition.term] + definition.aliases
        renamed.term = name
        return renamed
      }
    }
    return definition
  }

  /// The definitions of an analysed sentence, as `scan(_:_:tagger:)` finds them.
  static func scan(
    _ analysis: SentenceAnalysis, _ context: SentenceContext, tagger: PartOfSpeechTagger?
  ) -> SentenceFindings {
    let input = RuleInput(text: analysis.text, analysis: analysis, context: context, tagger: tagger)
    var findings = SentenceFindings()
    var foundBy: Set<RuleID> = []
    for (rule, gate) in ordered {
      switch gate {
      case .always: break
      case .unlessFoundBy(let earlier): if !foundBy.isDisjoint(with: earlier) { continue }
      case .ifNothingFound: if !findings.definitions.isEmpty { continue }
      }
      var outcome = rule.apply(input)
      // A "term" that is no term ("lithotrophs (\"litho"): the rule found nothing, and the
      // rules after it may read the sentence.
      if !outcome.definitions.isEmpty {
        var kept: [Definition] = []
        for definition in outcome.definitions {
          if let reason = TermText.junkReason(definition.term) {
            if outcome.rejection == nil { outcome.rejection = .notATerm(reason) }
          } else {
            kept.append(definition)
          }
        }
        outcome.definitions = kept
      }
      if !outcome.definitions.isEmpty { foundBy.insert(rule.id) }
      findings.definitions += outcome.definitions.map { definition in
        var definition = properlyNamed(splittingOtherName(definition), in: analysis.text)
        definition.rule = rule.id
        return definition
      }
      if findings.rejection == nil { findings.rejection = outcome.rejection }
    }
    if !findings.definitions.isEmpty { findings.rejection = nil }
    return findings
  }
}
