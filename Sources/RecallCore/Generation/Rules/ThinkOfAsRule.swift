/// "You can think of a population as a collection of persons …", "A gene can be thought of
/// as a recipe for a protein": a term and the picture a text asks the reader to hold of it.
struct ThinkOfAsRule: DefinitionRule {
  let id = RuleID.thinkOfAs
  let summary =
    "a term the reader is asked to see as something: 'think of X as Y', 'X can be"
    + " thought of as Y'"
  let examples: [RuleExample] = [
    .finds(
      "You can think of a population as a collection of persons, things, or objects under"
        + " study.", "population", meaning: "a collection of persons"),
    .finds(
      "A gene can be thought of as a recipe for making one protein.", "gene",
      meaning: "a recipe for making"),
    .ignores("I think of my grandmother as a very kind person."),
    .ignores("We think of this as a problem."),
    .ignores("Nobody thought of it as a risk."),
    .ignores("Think of social order as an employee handbook and social control as a manager."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard
      let of = (1..<max(1, sentence.count)).first(where: {
        sentence.word($0) == "of" && ["think", "thought"].contains(sentence.word($0 - 1))
      })
    else { return .none }
    let named: Range<Int>
    let meaningStart: Int
    if sentence.word(of - 1) == "think" {
      // "You can think of X as Y": the phrase after "of", then "as".
      guard let chunk = sentence.chunk(startingAt: of + 1), sentence.word(chunk.upperBound) == "as"
      else { return .none }
      named = chunk
      meaningStart = chunk.upperBound + 1
    } else {
      // "X can be thought of as Y": the sentence's subject, then "be thought of as".
      guard sentence.word(of - 2) == "be", sentence.word(of + 1) == "as",
        let chunk = sentence.chunks.first(where: { $0.lowerBound == sentence.subjectStart }),
        (chunk.upperBound..<(of - 2)).allSatisfy({ [.aux, .adv].contains(sentence.tag($0)) })
      else { return .none }
      named = chunk
      meaningStart = of + 2
    }
    let end = sentence.clauseEnd(from: meaningStart)
    // "think of social order as a handbook and social control as a manager": an analogy
    // drawn in pairs, not a definition.
    guard !(meaningStart..<end).contains(where: { sentence.word($0) == "as" }),
      ["a", "an", "the"].contains(sentence.word(meaningStart))
        || sentence.tag(meaningStart) == .noun
        || sentence.tag(meaningStart) == .adj,
      end - meaningStart >= 3, sentence.tag(named.upperBound - 1) == .noun,
      let term = TermSpan.name(named, sentence)
    else { return .none }
    let definition = TermSpan.definition(
      term, article: TermSpan.article(named, sentence), text: sentence.text(meaningStart..<end),
      pattern: .copula, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
