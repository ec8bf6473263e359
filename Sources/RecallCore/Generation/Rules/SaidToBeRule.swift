/// "When someone has two copies of the same allele, they are said to be homozygous": a
/// condition, then the word said of whoever meets it.
struct SaidToBeRule: DefinitionRule {
  let id = RuleID.saidToBe
  let summary = "'When / If CLAUSE, X is / are said to be Y': Y is being in that condition"
  let examples: [RuleExample] = [
    .finds(
      "When someone has two copies of the same allele, they are said to be homozygous for that"
        + " allele.", "homozygous", meaning: "having two copies of the same allele"),
    .finds(
      "If a solution has more solute than the cell, it is said to be hypertonic.", "hypertonic",
      meaning: "having more solute than the cell"),
    .ignores("When the war ended, he was said to be happy."),
    .ignores("The painting is said to be worth millions."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard ["when", "if"].contains(sentence.word(0)),
      let said = sentence.index(of: "said"), said >= 4,
      sentence.matches(["to", "be"], at: said + 1),
      ["is", "are"].contains(sentence.word(said - 1)),
      let comma = (1..<said).last(where: { sentence.word($0) == "," })
    else { return .none }
    let termStart = said + 3
    var termEnd = termStart
    while termEnd < sentence.count, [.adj, .noun].contains(sentence.tag(termEnd)) {
      termEnd += 1
    }
    // A term: one or two words outside everyday English ("homozygous"), not "happy".
    guard termEnd > termStart, termEnd - termStart <= 2, let common = CommonWords.shipped,
      (termStart..<termEnd).contains(where: { common.isTechnical(sentence.word($0)) })
    else { return .none }
    // The condition, said of anyone: "someone has …" → "having …".
    var first = 1
    while first < comma, [.det, .pron, .noun, .propn, .adj].contains(sentence.tag(first)),
      ![.verb, .aux].contains(sentence.tag(first))
    {
      first += 1
    }
    guard first < comma,
      ["has", "have"].contains(sentence.word(first))
        || sentence.tag(first)
          == .verb
        || sentence.tag(first) == .aux
    else { return .none }
    let verb = sentence.word(first)
    let condition: String
    if ["has", "have"].contains(verb) {
      condition = "having " + sentence.text((first + 1)..<comma)
    } else if ["is", "are"].contains(verb) {
      condition = "being " + sentence.text((first + 1)..<comma)
    } else {
      condition = "when " + Sentences.lowercasedFirst(sentence.text(1..<comma))
    }
    let name = sentence.text(termStart..<termEnd)
    var definition = TermSpan.definition(
      name, article: nil, text: condition, pattern: .copula, sentence: input.text,
      input.context)
    definition.isAdjective = sentence.tag(termEnd - 1) == .adj
    return RuleOutcome(definitions: [definition])
  }
}
