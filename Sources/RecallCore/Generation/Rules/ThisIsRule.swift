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
