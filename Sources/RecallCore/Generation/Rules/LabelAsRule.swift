/// "Historians have described this lack of strict enforcement of the Navigation Acts as
/// salutary neglect.": a name given to what the sentence describes, at the sentence's end.
struct LabelAsRule: DefinitionRule {
  let id = RuleID.labelAs
  let summary =
    "a name given to a described thing: 'N have described / labelled / dubbed X as Y.', Y a"
    + " short noun phrase ending the sentence"
  let examples: [RuleExample] = [
    .finds(
      "Historians have described this lack of strict enforcement of the Navigation Acts as"
        + " salutary neglect.", "salutary neglect",
      meaning: "lack of strict enforcement of the Navigation Acts"),
    .finds(
      "Critics labeled the rapid growth of suburbs after the war as urban sprawl.",
      "urban sprawl", meaning: "rapid growth of suburbs"),
    .finds(
      "Sociologists describe this aspect of schools as the hidden curriculum, the informal"
        + " teaching done by schools.", "hidden curriculum",
      meaning: "the informal teaching done by schools"),
    .ignores("She described the results of the second experiment as very surprising."),
    .ignores("We described the house as a mess."),
  ]

  static let naming: Set<String> = [
    "described", "describe", "describes", "labeled", "labelled", "label", "labels", "dubbed",
    "termed", "characterized", "characterised",
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard
      let verb = (0..<sentence.count).first(where: {
        Self.naming.contains(sentence.word($0)) && sentence.tag($0) == .verb
      }),
      let described = sentence.chunk(startingAt: verb + 1)
    else { return .none }
    // The described thing with its phrases ("of suburbs", "after the war"), up to "as".
    var end = described.upperBound
    while sentence.word(end) != "as", sentence.tag(end) == .adp,
      let more = sentence.chunk(startingAt: end + 1), more.upperBound - verb <= 14
    {
      end = more.upperBound
    }
    var last = sentence.count
    while last > 0, sentence.tag(last - 1) == .punct { last -= 1 }
    // "… as the hidden curriculum, the informal teaching done by schools.": an appositive
    // after the name says what it is better than the described thing.
    guard sentence.word(end) == "as", let name = sentence.chunk(startingAt: end + 1) else {
      return .none
    }
    let apposed =
      sentence.word(name.upperBound) == ","
      && ["the", "a", "an"].contains(sentence.word(name.upperBound + 1))
      && !(name.upperBound + 1..<last).contains(where: { [",", ";"].contains(sentence.word($0)) })
      && last - name.upperBound >= 4
    guard name.upperBound == last || apposed, name.count <= 4,
      sentence.tag(name.upperBound - 1) == .noun,
      !["a", "an"].contains(sentence.word(name.lowerBound)),
      (described.lowerBound..<end).filter({ sentence.tag($0) == .noun }).count >= 2,
      let term = TermSpan.name(name, sentence)
    else { return .none }
    var start = described.lowerBound
    if ["this", "these", "that", "those", "the"].contains(sentence.word(start)) { start += 1 }
    let text =
      apposed ? sentence.text((name.upperBound + 1)..<last) : sentence.text(start..<end)
    let definition = TermSpan.definition(
      term, article: nil, text: text, pattern: apposed ? .copula : .reverse,
      sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
