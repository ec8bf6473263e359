/// "Menstrual periods become less frequent and finally cease; this is menopause.": a clause,
/// then a short technical name for what it describes; or a sentence, then "That's the concept
/// of X." naming it.
struct ThisIsRule: DefinitionRule {
  let id = RuleID.thisIs
  let summary =
    "'CLAUSE; this is X.' or 'SENTENCE. That's the concept of X.': X names what comes before"
  let examples: [RuleExample] = [
    .finds(
      "Menstrual periods become less frequent and finally cease; this is menopause.",
      "menopause", meaning: "menstrual periods become less frequent"),
    .ignores("The cells divide every day; this is normal."),
    .ignores("We met at the station; this is the place."),
    .finds(
      "That's the concept of service perishability.", "service perishability",
      meaning: "stored for later use", bold: ["service perishability"],
      previous: "Unlike most goods, services can't be produced and stored for later use."),
    .ignores("That is the idea.", previous: "We will all meet again at the station tomorrow."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    if let semicolon = sentence.index(of: ";"), semicolon >= 4,
      let found = Self.naming(sentence, from: semicolon + 1, input)
    {
      let clause = Sentences.lowercasedFirst(sentence.text(sentence.subjectStart..<semicolon))
      return RuleOutcome(definitions: [found(clause)])
    }
    // "… can't be produced and stored for later use. That's the concept of **service
    // perishability**.": the sentence before is what the name stands for.
    guard let previous = input.context.previous, !previous.hasSuffix("?"),
      Lexicon.words(previous).count >= 5, let found = Self.naming(sentence, from: 0, input)
    else { return .none }
    var clause = previous.trimmingCharacters(in: .whitespaces)
    if clause.hasSuffix(".") { clause.removeLast() }
    return RuleOutcome(definitions: [found(Sentences.lowercasedFirst(clause))])
  }

  /// Words that name an idea before "of": "the concept of X".
  static let ideas: Set<String> = ["concept", "idea", "principle", "notion", "phenomenon"]

  /// When the words from `start` are "this is X." or "that's the concept of X." with X a
  /// stressed or technical name ending the sentence, the definition of X for a meaning.
  static func naming(_ sentence: SentenceAnalysis, from start: Int, _ input: RuleInput)
    -> ((String) -> Definition)?
  {
    guard ["this", "that"].contains(sentence.word(start)),
      ["is", "was", "'s", "’s"].contains(sentence.word(start + 1))
    else { return nil }
    var nameStart = start + 2
    if sentence.word(nameStart) == "the", Self.ideas.contains(sentence.word(nameStart + 1)),
      sentence.word(nameStart + 2) == "of"
    {
      nameStart += 3
    }
    guard let chunk = sentence.chunk(startingAt: nameStart),
      [".", "!", ""].contains(sentence.word(chunk.upperBound)), chunk.count <= 4,
      let common = CommonWords.shipped,
      chunk.contains(where: { common.isTechnical(sentence.word($0)) })
        || sentence.emphasised(at: TermSpan.start(chunk, sentence), input.context.bold) != nil,
      let name = TermSpan.name(chunk, sentence)
    else { return nil }
    return { clause in
      TermSpan.definition(
        name, article: TermSpan.article(chunk, sentence), text: clause, pattern: .reverse,
        sentence: input.text, input.context)
    }
  }
}
