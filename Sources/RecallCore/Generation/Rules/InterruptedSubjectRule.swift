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
    .finds(
      "Organotrophs, including humans, fungi, and many prokaryotes, are chemotrophs that obtain"
        + " energy from organic compounds.", "organotrophs", meaning: "chemotrophs that obtain"),
    .finds(
      "A variable, usually notated by capital letters such as X and Y, is a characteristic or"
        + " measurement that can be determined for each member of a population.", "variable",
      meaning: "characteristic or measurement"),
    .ignores("The results, as described by Jung, were surprising."),
    .ignores("The samples, collected in May, were small."),
    .ignores("The visitors, including my parents and my aunt, were late."),
  ]

  /// Words that open an aside between a subject and its verb.
  static let asideOpenings: Set<String> = [
    "as", "according", "like", "unlike", "in", "on", "however", "which", "who", "by",
    "including", "such", "especially", "particularly",
  ]

  /// The comma that closes an aside opened at `from`: the first one a verb follows ("…,
  /// including humans, fungi, and many prokaryotes, are …"), with no verb of the sentence's
  /// own before it.
  static func closingComma(_ sentence: SentenceAnalysis, from: Int) -> Int? {
    var index = from + 1
    while index < sentence.count {
      if sentence.word(index) == "," {
        if [.aux, .verb].contains(sentence.tag(index + 1)) { return index }
      } else if sentence.tag(index) == .aux || [";", ".", ":"].contains(sentence.word(index)) {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// True for "usually notated by …", "first described in …": a past participle, perhaps
  /// after an adverb, opening an aside.
  static func opensParticiple(_ sentence: SentenceAnalysis, at index: Int) -> Bool {
    let verb = sentence.skippingAdverbs(from: index)
    return verb - index <= 1 && sentence.tag(verb) == .verb && sentence.word(verb).hasSuffix("ed")
      && [.adp, .adv].contains(sentence.tag(verb + 1))
  }

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
    } else if sentence.word(after) == ",",
      Self.asideOpenings.contains(sentence.word(after + 1))
        || Self.opensParticiple(sentence, at: after + 1),
      let comma = Self.closingComma(sentence, from: after + 1)
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
