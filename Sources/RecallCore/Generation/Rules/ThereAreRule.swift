/// "In addition to inhibitors, there are allosteric activators that bind to locations away
/// from the active site.": a term introduced by "there is / there are" with a relative clause
/// saying what it does or is.
struct ThereAreRule: DefinitionRule {
  let id = RuleID.thereAre
  let summary =
    "a term introduced by 'there is / are' with what it does: 'there are X that …'"
  let examples: [RuleExample] = [
    .finds(
      "In addition to allosteric inhibitors, there are allosteric activators that bind to"
        + " locations on an enzyme away from the active site.", "allosteric activators",
      meaning: "bind to locations"),
    .finds(
      "There are also chemoreceptors, which detect changes in the chemistry of the blood.",
      "chemoreceptors", meaning: "detect changes"),
    .ignores("There are many cells that divide quickly."),
    .ignores("There is a problem that we must solve first."),
    .ignores("There are people who never forget a face."),
  ]

  private let common: CommonWords?

  init(common: CommonWords? = CommonWords.shipped) {
    self.common = common
  }

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard
      let there = (0..<sentence.count).first(where: {
        sentence.word($0) == "there" && ["is", "are"].contains(sentence.word($0 + 1))
          && ($0 == 0 || sentence.word($0 - 1) == "," || $0 == sentence.subjectStart)
      })
    else { return .none }
    let opening = sentence.skippingAdverbs(from: there + 2)
    guard let named = sentence.chunk(startingAt: opening), named.count <= 4,
      sentence.tag(named.upperBound - 1) == .noun,
      sentence.tag(named.lowerBound) != .det
        || ["a", "an"].contains(sentence.word(named.lowerBound))
    else { return .none }
    var relative = named.upperBound
    if sentence.word(relative) == "," { relative += 1 }
    guard ["that", "which"].contains(sentence.word(relative)) else { return .none }
    let first = TermSpan.start(named, sentence)
    let stressed = sentence.emphasised(at: first, input.context.bold) != nil
    let technical = (first..<named.upperBound).contains {
      common?.isTechnical(sentence.word($0)) ?? false
    }
    guard stressed || technical, let name = TermSpan.name(named, sentence) else { return .none }
    // What it does, to the end of the clause.
    let verb = sentence.skippingAdverbs(from: relative + 1)
    guard sentence.tag(verb) == .verb || sentence.tag(verb) == .aux else { return .none }
    let end = sentence.clauseEnd(from: verb)
    let isCopula = ["is", "are"].contains(sentence.word(verb))
    let text = sentence.text((isCopula ? verb + 1 : verb)..<end)
    guard Lexicon.words(text).count >= 3 else { return .none }
    let definition = TermSpan.definition(
      name, article: TermSpan.article(named, sentence), text: text,
      pattern: isCopula ? .copula : .function, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
