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
