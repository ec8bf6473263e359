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
    .ignores("The cells divide (see Figure 3) every day."),
    .ignores("The test took place in Paris (France) last year."),
  ]

  static let dashes: Set<String> = ["–", "—", "-", "--"]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    var found: [Definition] = []
    var glossEnd = 0
    for var chunk in sentence.chunks {
      // "a code of ethics—formal guidelines for conducting research—consisting of …": the
      // words inside one gloss start no other.
      guard chunk.lowerBound >= glossEnd else { continue }
      let open = sentence.word(chunk.upperBound)
      let closer: Set<String>
      if open == "(" {
        closer = [")"]
      } else if Self.dashes.contains(open), open != "-" || sentence.isSpaced(chunk.upperBound),
        open != "--"
      {
        closer = Self.dashes.union([".", ";"])
      } else {
        continue
      }
      var end = chunk.upperBound + 1
      while end < sentence.count, !closer.contains(sentence.word(end)) { end += 1 }
      guard end < sentence.count || open != "(" else { continue }
      var gloss = (chunk.upperBound + 1)..<end
      glossEnd = end
      // "a code of ethics—…": the name with the phrase it is "of".
      if sentence.word(chunk.lowerBound - 1) == "of",
        let head = sentence.chunk(endingBefore: chunk.lowerBound - 1),
        chunk.upperBound - head.lowerBound <= 4
      {
        chunk = head.lowerBound..<chunk.upperBound
      }
      // "only those organisms that can grow without oxygen—anaerobic organisms—were …": a
      // short name between dashes after what it names.
      if open != "(", let named = Self.namedBetweenDashes(gloss, before: chunk, sentence, input) {
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
      let definition = TermSpan.definition(
        term, article: TermSpan.article(chunk, sentence), text: sentence.text(gloss),
        pattern: .parenthesisGloss, sentence: input.text, input.context)
      found.append(definition)
    }
    return RuleOutcome(definitions: found)
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
        "pl", "sing", "latin", "greek",
      ].contains(word)
    else { return false }
    let next = sentence.tag(first + 1)
    let opensNounPhrase =
      ["a", "an", "the"].contains(word) || sentence.tag(first) == .adj
      || (sentence.tag(first) == .noun && (next == .noun || sentence.word(first + 1) == "of"))
    guard opensNounPhrase else { return false }
    // "a donor (human or animal)": which ones, not what it is.
    if gloss.count == 3, ["or", "and"].contains(sentence.word(first + 1)) { return false }
    // "(less than 3 Hz)": a measurement, not a meaning; "(procedural memory, motor learning,
    // and classical conditioning)": examples, not a meaning.
    guard !gloss.contains(where: { sentence.tag($0) == .num }),
      !(gloss.contains(where: { sentence.word($0) == "," })
        && gloss.contains(where: { ["and", "or"].contains(sentence.word($0)) }))
    else { return false }
    return gloss.contains { sentence.tag($0) == .noun }
      && !gloss.contains { [.verb, .aux].contains(sentence.tag($0)) && $0 == first + 1 }
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
