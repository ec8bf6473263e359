/// "By their very nature, services are **intangible**. This means they can't be seen, …":
/// a stressed property of a subject, then the sentence after saying what it means.
struct ThisMeansRule: DefinitionRule {
  let id = RuleID.thisMeans
  let summary =
    "a stressed property ending the sentence before ('S are **X**.') and 'This means …' saying"
    + " what it is"
  let examples: [RuleExample] = [
    .finds(
      "This means they can't be seen, tasted, felt, smelled, or heard before they are"
        + " purchased.", "intangible", meaning: "services can't be seen",
      bold: ["intangible"], previous: "By their very nature, services are intangible."),
    .finds(
      "This means that only some molecules can pass through it.", "semipermeable",
      meaning: "only some molecules can pass", bold: ["semipermeable"],
      previous: "The plasma membrane is semipermeable."),
    .ignores(
      "This means they can't be seen before they are purchased.",
      previous: "By their very nature, services are intangible."),
    .ignores(
      "This means a lot to me.", bold: ["proud"], previous: "My parents were proud."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard sentence.word(0) == "this", sentence.word(1) == "means",
      let previous = input.context.previousAnalysis, previous.count >= 4
    else { return .none }
    // The sentence before: "… S are (ADV) X." with X stressed and ending it.
    var end = previous.count
    while end > 0, previous.tag(end - 1) == .punct { end -= 1 }
    guard
      let stressed = input.context.bold.lazy.compactMap({ phrase -> Range<Int>? in
        let length = Tokenizer.tokenize(phrase).count
        guard length > 0, end - length >= 0 else { return nil }
        return previous.emphasised(at: end - length, [phrase])
      }).first,
      let verb = (0..<stressed.lowerBound).last(where: {
        ["is", "are"].contains(previous.word($0))
      }),
      (verb + 1..<stressed.lowerBound).allSatisfy({ previous.tag($0) == .adv }),
      stressed.contains(where: { previous.tag($0) == .adj }),
      let subject = previous.chunk(endingBefore: verb), previous.tag(subject.lowerBound) != .pron,
      let term = TermSpan.name(stressed, previous)
    else { return .none }
    var start = 2
    if sentence.word(start) == "that" { start += 1 }
    var text = sentence.rest(from: start)
    // "they can't be seen" → "services can't be seen".
    if ["they", "it"].contains(sentence.word(start)) {
      text = previous.text(subject) + " " + sentence.rest(from: start + 1)
    }
    guard Lexicon.words(text).count >= 4 else { return .none }
    let definition = TermSpan.definition(
      term, article: nil, text: Sentences.lowercasedFirst(text), pattern: .copula,
      sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
