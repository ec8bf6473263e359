/// Rules written over the sentence's characters before the finder read tags, each now a
/// named unit with its own examples. The copula (`CopulaRule.swift`) still reads its subject
/// and complement from the characters but judges them by tags.

/// "… is called X", "we call this X", "X; once it erupts it is known as lava".
struct NamedAfterRule: DefinitionRule {
  let id = RuleID.namedAfter
  let summary = "a clause naming a term after what it describes: '… is called X', 'we call this X'"
  let examples: [RuleExample] = [
    .finds(
      "Molten rock below the surface is called magma.", "magma", meaning: "molten rock"),
    .finds(
      "Scientists call this the energy flow.", "energy flow", meaning: "energy moves",
      previous: "Energy moves through the food chain."),
    .ignores("They called the meeting to order at noon."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.text
    let clauses = sentence.containsASCII("; ") ? sentence.components(separatedBy: "; ") : [sentence]
    var found: [Definition] = []
    if clauses.count > 1 {
      for (index, clause) in clauses.enumerated() {
        var own = input.context
        if index > 0 { own.previous = clauses[index - 1] }
        guard var definition = DefiningPatterns.reverseForm(clause, own, ownClause: true) else {
          continue
        }
        definition.sentence = sentence
        found.append(definition)
      }
    } else if let definition = DefiningPatterns.reverseForm(sentence, input.context) {
      found.append(definition)
    }
    return RuleOutcome(definitions: found)
  }
}

/// "Weather is what you get on a day; climate is the average …": each later clause alone.
struct SemicolonClauseRule: DefinitionRule {
  let id = RuleID.semicolonClause
  let summary = "a copula in a clause after a semicolon: 'A is …; B is …'"
  let examples: [RuleExample] = [
    .finds(
      "Weather is what happens on one day; climate is the average weather over thirty years.",
      "climate", meaning: "average weather"),
    .ignores("Weather changes quickly; it is hard to predict."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    guard input.text.containsASCII("; ") else { return .none }
    let clauses = input.text.components(separatedBy: "; ")
    var found: [Definition] = []
    for clause in clauses.dropFirst() {
      let own = Sentences.capitalizedFirst(clause)
      if case .success(var definition)? = DefiningPatterns.copula(own, input.context) {
        definition.sentence = input.text
        found.append(definition)
      }
    }
    return RuleOutcome(definitions: found)
  }
}

/// "Shield volcanoes are broad …, stratovolcanoes are tall …, and cinder cones are …".
struct ListedCopulasRule: DefinitionRule {
  let id = RuleID.listedCopulas
  let summary = "several terms defined in turn in one sentence: 'X are …, Y are …, and Z are …'"
  let examples: [RuleExample] = [
    .finds(
      "Shield volcanoes are broad domes built by runny lava, stratovolcanoes are steep cones of"
        + " layered ash, and cinder cones are small hills of loose fragments.",
      "stratovolcanoes", meaning: "steep cones"),
    .ignores("The sky is blue, the grass is green."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    RuleOutcome(definitions: DefiningPatterns.listedDefinitions(input.text, input.context))
  }
}

/// A gloss rule from `Glosses.swift`, by the function that reads it.
struct GlossRule: DefinitionRule {
  let id: RuleID
  let summary: String
  let examples: [RuleExample]
  let read: @Sendable (RuleInput) -> [Definition]

  func apply(_ input: RuleInput) -> RuleOutcome {
    RuleOutcome(definitions: read(input))
  }

  static let alsoKnownAs = GlossRule(
    id: .alsoKnownAs, summary: "another name after the term: 'X, also known as Y'",
    examples: [
      .finds(
        "Adult stem cells, also known as somatic stem cells, repair tissues.", "adult stem cells"),
      .ignores("Adult stem cells repair tissues, as is well known."),
    ], read: { DefiningPatterns.aliasGlosses($0.text, $0.context) })

  static let abbreviation = GlossRule(
    id: .abbreviation, summary: "an abbreviation in brackets after its long form: 'Long Form (LF)'",
    examples: [
      .finds("Researchers grew embryonic stem cells (ESCs) in a dish.", "embryonic stem cells"),
      .ignores("Researchers grew cells (see Figure 2) in a dish."),
    ], read: { DefiningPatterns.abbreviationGlosses($0.text, $0.context) })

  static let meaning = GlossRule(
    id: .meaning, summary: "a property word glossed by ', meaning …' or ', capable of …'",
    examples: [
      .finds(
        "These cells are pluripotent, meaning they can become any cell type.", "pluripotent",
        meaning: "any cell type"),
      .finds(
        "The two strands are antiparallel, meaning the two strands run in opposite directions.",
        "antiparallel", meaning: "opposite directions"),
      .ignores("These cells divide quickly, which is meaningful."),
    ], read: { DefiningPatterns.meaningGlosses($0.text, $0.context, analysis: $0.analysis) })

  static let relativeClause = GlossRule(
    id: .relativeClause,
    summary: "a term glossed by a clause: 'X, that is, …', 'X, which refers to …', '… X, where …'",
    examples: [
      .finds(
        "Cells rely on homeostasis, which is the balance of conditions inside a body.",
        "homeostasis", meaning: "balance", bold: ["homeostasis"]),
      .ignores("The cells divided, which surprised everyone."),
    ], read: { DefiningPatterns.clauseGlosses($0.text, $0.context) })

  static let parenthesisGloss = GlossRule(
    id: .parenthesisGloss, summary: "an adjective glossed in brackets before its noun",
    examples: [
      .finds(
        "Doctors prefer autologous (patient's own) therapies.", "autologous therapies",
        meaning: "patient's own"),
      .finds(
        "It produced a pyroclastic flow (a fast current of hot gas and ash) that burned"
          + " the town.", "pyroclastic flow", meaning: "fast current"),
      .ignores("They used cells (see the table) from the donor."),
    ], read: { DefiningPatterns.parenthesisGlosses($0.text, $0.context) })
}

/// "While distinct, **gene therapy** often complements … by modifying …" under "Gene Therapy".
struct SectionLeadRule: DefinitionRule {
  let id = RuleID.sectionLead
  let summary = "the bold term a section is named after, with what the sentence says of it"
  let examples: [RuleExample] = [
    .finds(
      "While distinct, gene therapy often complements cell therapies by modifying genes.",
      "gene therapy", meaning: "modifying genes", bold: ["gene therapy"],
      heading: "Gene Therapy"),
    .ignores(
      "While distinct, gene therapy often complements cell therapies.", bold: ["gene therapy"],
      heading: "Risks"),
    .finds(
      "People-based services are when people primarily deliver the service.",
      "people-based services", meaning: "when people primarily deliver",
      bold: ["People-based services"], heading: "People-Based Services"),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    // "In **people processing** services, the customer is …" under "People Processing".
    if let kind = SettingRule.stressedKind(input) { return RuleOutcome(definitions: [kind]) }
    guard let lead = DefiningPatterns.sectionLead(input.text, input.context) else { return .none }
    return RuleOutcome(definitions: [
      DefiningPatterns.make(
        term: lead.term, text: lead.text, pattern: .sectionLead, sentence: input.text,
        input.context)
    ])
  }
}

/// "A dormant volcano is …, while an extinct volcano is one that …": the second half alone.
struct ContrastHalfRule: DefinitionRule {
  let id = RuleID.contrastHalf
  let summary =
    "the half of a sentence after ', while' or ', whereas' (or before the comma after an"
    + " opening 'While'), read as a sentence"
  let examples: [RuleExample] = [
    .finds(
      "Weather changes by the hour, whereas climate is the average weather over decades.",
      "climate", meaning: "average weather"),
    .ignores("Weather changes by the hour, while we sleep."),
    .finds(
      "While globalization refers to the integration of markets, diffusion relates to a similar"
        + " process.", "globalization", meaning: "the integration of markets"),
    .ignores("While we slept, the weather changed."),
    .ignores(
      "Oxygen, for example, has the configuration 1s22s22p4, whereas the oxygen anion has the"
        + " electron configuration of neon."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    // "Oxygen, for example, has …, whereas the oxygen anion has …": both halves are the
    // example's.
    guard !input.analysis.givesExample else { return .none }
    var found: [Definition] = []
    // "While globalization refers to the integration of markets, diffusion …": the fronted
    // half read as a sentence of its own.
    let words = input.analysis
    if ["while", "whereas"].contains(words.word(0)), let comma = words.index(of: ","),
      comma > 3
    {
      let half = Sentences.capitalizedFirst(words.text(1..<comma)) + "."
      found += DefinitionRules.scan(half, input.context, tagger: input.tagger).definitions.map {
        definition in
        var definition = definition
        definition.sentence = input.text
        return definition
      }
    }
    for joiner in [", while ", ", whereas "] {
      guard let range = input.text.range(ofASCII: joiner) else { continue }
      let tail = Sentences.capitalizedFirst(String(input.text[range.upperBound...]))
      found += DefinitionRules.scan(tail, input.context, tagger: input.tagger).definitions.map {
        definition in
        var definition = definition
        definition.sentence = input.text
        return definition
      }
    }
    return RuleOutcome(definitions: found)
  }
}
