/// "a thesis (a central claim)", "alleles – versions of a gene –", "(literally, 'green
/// leaf')": a gloss in brackets or between dashes right after a noun phrase.
struct BracketGlossRule: DefinitionRule {
  let id = RuleID.bracketGloss
  let summary = "a gloss in brackets or dashes after a noun phrase: 'X (a N …)', 'X – N of … –'"
  let examples: [RuleExample] = [
    .finds(
      "Each essay needs a thesis (a central claim) in its first paragraph.", "thesis",
      meaning: "central claim"),
    .finds(
      "Genes come in alleles – versions of a gene – that differ slightly.", "alleles",
      meaning: "versions of a gene"),
    .finds(
      "Leaves are green because of chlorophyll (literally, green leaf) in their cells.",
      "chlorophyll",
      meaning: "green leaf"),
    .finds(
      "Only those organisms that can grow without oxygen—anaerobic organisms—were able to live.",
      "anaerobic organisms", meaning: "organisms that can grow without oxygen"),
    .finds(
      "These sporadic meteors—those not associated with a meteor shower (explained later)—are"
        + " caused by chance encounters.", "sporadic meteors",
      meaning: "meteors not associated with a meteor shower"),
    .finds(
      "Give your eyes 15 minutes to get “dark adapted”—that is, for the pupils of your eyes to"
        + " open up as much as possible.", "dark adapted", meaning: "pupils of your eyes"),
    .ignores("The cells divide (see Figure 3) every day."),
    .ignores("The test took place in Paris (France) last year."),
    .ignores("These meteors—those we saw last night—were bright."),
    .finds(
      "It is what's known as service variability—the quality of the service depends on who"
        + " provides it, when it is provided, and how it is provided.", "service variability",
      meaning: "quality of the service depends"),
    .ignores("We studied memory (procedural memory, motor learning, and classical conditioning)."),
    .finds(
      "France authorized him to issue letters of marque—documents authorizing ships to engage in"
        + " piracy—to arm ships.", "letters of marque", meaning: "documents authorizing ships"),
    .finds(
      "During those centuries, artisans—skilled, experienced craft workers—produced goods by"
        + " hand.", "artisans", meaning: "skilled, experienced craft workers"),
    .ignores("The cells (the body divides) grow."),
    .finds(
      "Many molds make toxins of fungi (mycotoxins) that harm animals.", "mycotoxins",
      meaning: "toxins of fungi"),
    .finds(
      "Plants depend on abiotic components (non-living things) such as water.",
      "abiotic components", meaning: "non-living things"),
    .ignores("They used cells (neurons) from the donor."),
    .ignores("She spent a lot of money (dollars) on it."),
    .ignores("Waves need a medium (such as a river) to travel through."),
    .ignores("She said “never again” (twice) and left."),
  ]

  static let dashes: Set<String> = ["–", "—", "-", "--"]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    var found: [Definition] = []
    var glossEnd = 0
    for var chunk in Self.candidates(sentence) {
      // "a code of ethics—formal guidelines for conducting research—consisting of …": the
      // words inside one gloss start no other.
      guard chunk.lowerBound >= glossEnd else { continue }
      // “dark adapted”—that is, …: a quoted name, its gloss after the closing quote.
      let quoted = Self.quotes.contains(sentence.word(chunk.upperBound))
      let opening = quoted ? chunk.upperBound + 1 : chunk.upperBound
      let open = sentence.word(opening)
      let closer: Set<String>
      if open == "(" {
        closer = [")"]
      } else if Self.dashes.contains(open), open != "-" || sentence.isSpaced(opening),
        open != "--"
      {
        // "—those not associated with a shower (explained later)—": the aside in brackets
        // is not part of the gloss.
        closer = Self.dashes.union([".", ";", "("])
      } else {
        continue
      }
      var end = opening + 1
      while end < sentence.count, !closer.contains(sentence.word(end)) { end += 1 }
      guard end < sentence.count || open != "(" else { continue }
      var gloss = (opening + 1)..<end
      glossEnd = end
      // "Effective interpretation of data (inference) is …": the name in brackets after
      // what it names.
      if !quoted, open == "(", let named = Self.nameInBrackets(chunk, gloss: gloss, sentence, input)
      {
        found.append(named)
        continue
      }
      // "These sporadic meteors—those not associated with a meteor shower—": the gloss says
      // which of the head noun's kind the term names.
      if !quoted, open != "(",
        let definition = Self.whichOnes(chunk, gloss: gloss, sentence, input)
      {
        found.append(definition)
        continue
      }
      // "a code of ethics—…": the name with the phrase it is "of".
      if !quoted, sentence.word(chunk.lowerBound - 1) == "of",
        let head = sentence.chunk(endingBefore: chunk.lowerBound - 1),
        chunk.upperBound - head.lowerBound <= 4
      {
        chunk = head.lowerBound..<chunk.upperBound
      }
      // "only those organisms that can grow without oxygen—anaerobic organisms—were …": a
      // short name between dashes after what it names.
      if !quoted, open != "(",
        let named = Self.namedBetweenDashes(gloss, before: chunk, sentence, input)
      {
        found.append(named)
        continue
      }
      // "(literally, green leaf)", "(i.e. the …)": the lead-in is not part of the meaning.
      if ["literally", "i.e.", "ie", "that"].contains(sentence.word(gloss.lowerBound)) {
        var start = gloss.lowerBound + 1
        if sentence.word(start) == "is" { start += 1 }
        if sentence.word(start) == "," { start += 1 }
        gloss = start..<gloss.upperBound
      } else {
        guard Self.readsAsGloss(gloss, sentence) else { continue }
      }
      // "(the stimulus)", "(the effectors)": a role in the story, not what the thing is.
      let definite = sentence.word(gloss.lowerBound) == "the"
      guard gloss.count >= (definite ? 4 : 2), gloss.count <= 25,
        chunk.count - (sentence.tag(chunk.lowerBound) == .det ? 1 : 0) <= 3,
        let term = TermSpan.name(chunk, sentence)
      else {
        continue
      }
      var definition = TermSpan.definition(
        term, article: TermSpan.article(chunk, sentence), text: sentence.text(gloss),
        pattern: .parenthesisGloss, sentence: input.text, input.context)
      // “dark adapted”: a state, asked as "What does the term … mean?".
      definition.isAdjective = quoted && sentence.tag(chunk.upperBound - 1) != .noun
      found.append(definition)
    }
    return RuleOutcome(definitions: found)
  }

  /// Opening and closing quotation marks.
  static let quotes: Set<String> = ["“", "”", "\""]

  /// The noun phrases of `sentence`, and the words of each short quotation (“dark adapted”)
  /// that a bracket or dash follows, in the order they stand.
  static func candidates(_ sentence: SentenceAnalysis) -> [Range<Int>] {
    var spans = sentence.chunks
    for close in sentence.tokens.indices where ["”", "\""].contains(sentence.word(close)) {
      let after = sentence.word(close + 1)
      guard after == "(" || dashes.contains(after),
        let open = (max(0, close - 5)..<close).last(where: {
          ["“", "\""].contains(sentence.word($0))
        }), open + 1 < close,
        !(open + 1..<close).contains(where: { sentence.tag($0) == .punct })
      else { continue }
      spans.append((open + 1)..<close)
    }
    return spans.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// "Toxins made by fungi (mycotoxins)": a short lower-case technical name in brackets after
  /// a description of two content words or more in everyday words, the description with its
  /// of-phrase; not "cells (neurons)", "a lot of money (dollars)" or "abiotic components
  /// (non-living things)", where the gloss is in brackets.
  static func nameInBrackets(
    _ chunk: Range<Int>, gloss: Range<Int>, _ sentence: SentenceAnalysis, _ input: RuleInput
  ) -> Definition? {
    var inner = gloss
    if sentence.word(inner.lowerBound) == "the" {
      inner = (inner.lowerBound + 1)..<inner.upperBound
    }
    guard (1...3).contains(inner.count),
      inner.allSatisfy({ [.noun, .adj].contains(sentence.tag($0)) }),
      sentence.tag(inner.upperBound - 1) == .noun,
      inner.allSatisfy({ sentence.tokens[$0].text.first?.isLowercase == true })
    else { return nil }
    var start = chunk.lowerBound
    if sentence.word(start - 1) == "of", let head = sentence.chunk(endingBefore: start - 1) {
      start = head.lowerBound
    }
    guard
      !["this", "that", "these", "those", "its", "their", "our", "your"].contains(
        sentence.word(start))
    else { return nil }
    let description = start..<chunk.upperBound
    let content = description.filter { [.noun, .adj, .propn].contains(sentence.tag($0)) }
    let names = Set(inner.map { Inflection.singular(sentence.word($0)) })
    guard !content.contains(where: { names.contains(Inflection.singular(sentence.word($0))) })
    else { return nil }
    // The name is the more technical side: "fungal toxins (mycotoxins)", not "abiotic
    // components (non-living things)".
    guard let common = CommonWords.shipped,
      inner.contains(where: { common.isTechnical(sentence.word($0)) }),
      !description.contains(where: { common.isTechnical(sentence.word($0)) }),
      !inner.contains(where: { Lexicon.numberWords.contains(sentence.word($0)) }),
      content.count >= 2, let term = TermSpan.name(inner, sentence)
    else { return nil }
    var text = sentence.text(description)
    if sentence.word(start) == "the" { text = sentence.text((start + 1)..<description.upperBound) }
    return TermSpan.definition(
      term, article: nil, text: Sentences.lowercasedFirst(text), pattern: .reverse,
      sentence: input.text, input.context)
  }

  /// "These sporadic meteors—those not associated with a meteor shower—": a gloss opening
  /// with "those" or "one(s)" and a participle or clause, read as the term's head noun with
  /// what sets it apart ("meteors not associated with a meteor shower").
  static func whichOnes(
    _ chunk: Range<Int>, gloss: Range<Int>, _ sentence: SentenceAnalysis, _ input: RuleInput
  ) -> Definition? {
    let lead = sentence.word(gloss.lowerBound)
    let next = gloss.lowerBound + 1
    guard ["those", "one", "ones"].contains(lead), gloss.count >= 4,
      ["not", "that", "which", "who", "with", "without"].contains(sentence.word(next))
        || sentence.tag(next) == .verb
    else { return nil }
    var start = chunk.lowerBound
    if ["these", "those", "this", "such"].contains(sentence.word(start)) { start += 1 }
    guard start < chunk.upperBound, sentence.tag(chunk.upperBound - 1) == .noun,
      let term = TermSpan.name(start..<chunk.upperBound, sentence)
    else { return nil }
    let head = sentence.word(chunk.upperBound - 1)
    let text = head + " " + sentence.text(next..<gloss.upperBound)
    return TermSpan.definition(
      term, article: nil, text: text, pattern: .parenthesisGloss, sentence: input.text,
      input.context)
  }

  /// The short name between dashes when what stands before it is its description: a noun
  /// phrase with a relative clause, and the name itself a few words outside everyday English.
  static func namedBetweenDashes(
    _ gloss: Range<Int>, before chunk: Range<Int>, _ sentence: SentenceAnalysis,
    _ input: RuleInput
  ) -> Definition? {
    guard let name = sentence.chunk(startingAt: gloss.lowerBound), name == gloss,
      gloss.count <= 3, dashes.contains(sentence.word(gloss.upperBound)),
      let common = CommonWords.shipped,
      gloss.contains(where: { common.isTechnical(sentence.word($0)) }),
      let term = TermSpan.name(gloss, sentence)
    else { return nil }
    // The description: the noun phrase with its clause ("organisms that can grow …").
    let opening = (max(0, chunk.lowerBound - 12)..<chunk.lowerBound).last {
      ["that", "which", "who"].contains(sentence.word($0))
    }
    guard let relative = opening, let head = sentence.chunk(endingBefore: relative) else {
      return nil
    }
    var start = head.lowerBound
    if ["those", "these"].contains(sentence.word(start)) { start += 1 }
    let description = sentence.text(start..<chunk.upperBound)
    return TermSpan.definition(
      term, article: nil, text: Sentences.lowercasedFirst(description),
      pattern: .reverse, sentence: input.text, input.context)
  }

  /// A gloss is a noun phrase that opens with "a/an" or a common noun or adjective, not a
  /// reference, a place, a number, a list of examples or another name.
  static func readsAsGloss(_ gloss: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
    let first = gloss.lowerBound
    let word = sentence.word(first)
    guard gloss.count >= 2,
      ![
        "see", "e.g.", "eg", "or", "and", "also", "from", "fig", "figure", "plural", "singular",
        "pl", "sing", "latin", "greek", "such", "like", "including", "especially", "termed",
        "called", "known", "similar", "familiar",
      ].contains(word)
    else { return false }
    let next = sentence.tag(first + 1)
    // "documents authorizing ships …": a noun with a participle after it.
    let participle = { (index: Int) -> Bool in
      sentence.tag(index) == .verb
        && (sentence.word(index).hasSuffix("ing") || sentence.word(index).hasSuffix("ed"))
    }
    // "skilled, experienced craft workers": a participle used as an adjective.
    let adjective =
      sentence.tag(first) == .adj
      || (participle(first) && sentence.word(first).hasSuffix("ed")
        && ([",", "and"].contains(sentence.word(first + 1)) || next == .adj))
    let opensNounPhrase =
      ["a", "an", "the"].contains(word) || adjective
      || (sentence.tag(first) == .noun
        && (next == .noun || sentence.word(first + 1) == "of" || participle(first + 1)))
    guard opensNounPhrase else { return false }
    // "a donor (human or animal)": which ones, not what it is.
    if gloss.count == 3, ["or", "and"].contains(sentence.word(first + 1)) { return false }
    // "(less than 3 Hz)": a measurement, not a meaning; "(procedural memory, motor learning,
    // and classical conditioning)": examples, not a meaning.
    // A clause, its verb among the first words ("—the quality of the service depends on who
    // provides it, when …, and how …"), may list with commas.
    let clause = (first + 1..<min(gloss.upperBound, first + 7)).contains {
      sentence.tag($0) == .verb && sentence.tag($0 - 1) == .noun
        && !sentence.word($0).hasSuffix("ing") && !sentence.word($0).hasSuffix("ed")
    }
    guard !gloss.contains(where: { sentence.tag($0) == .num }),
      clause
        || !(gloss.contains(where: { sentence.word($0) == "," })
          && gloss.contains(where: { ["and", "or"].contains(sentence.word($0)) }))
    else { return false }
    return gloss.contains { sentence.tag($0) == .noun }
      && !gloss.contains {
        [.verb, .aux].contains(sentence.tag($0)) && $0 == first + 1 && !participle($0)
      }
  }
}

/// "X, so named because …", "X is so named because …".
struct SoNamedRule: DefinitionRule {
  let id = RuleID.soNamed
  let summary = "where a name comes from: 'X, so named because …'"
  let examples: [RuleExample] = [
    .finds(
      "The Golgi apparatus, so named because Camillo Golgi first saw it, packs proteins.",
      "Golgi apparatus", meaning: "Camillo Golgi"),
    .ignores("The river, so wide in spring, floods the valley."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard let so = sentence.index(of: "so"), sentence.word(so + 1) == "named" else { return .none }
    var before = so - 1
    if [",", "is", "are", "was", "were"].contains(sentence.word(before)) { before -= 1 }
    guard let chunk = sentence.chunk(endingBefore: before + 1),
      let term = TermSpan.name(chunk, sentence)
    else { return .none }
    var end = so + 2
    while end < sentence.count, ![",", ";", "."].contains(sentence.word(end)) { end += 1 }
    let reason = sentence.text((so + 2)..<end)
    guard Lexicon.words(reason).count >= 3 else { return .none }
    let definition = TermSpan.definition(
      term, article: TermSpan.article(chunk, sentence), text: "so named " + reason,
      pattern: .relativeClause, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
