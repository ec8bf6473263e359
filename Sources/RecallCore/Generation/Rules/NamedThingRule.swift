/// "The Thirteenth Amendment abolished slavery in the United States.", "The Boston Port Act
/// shut down Boston Harbor …": a named law, document or event as subject, with what it did or
/// does — "the amendment that abolished slavery …".
struct NamedThingRule: DefinitionRule {
  let id = RuleID.namedThing
  let summary =
    "a capitalised name of a law, document or event ('the … Act / Amendment / Treaty /"
    + " Rebellion') as subject, with an active verb"
  let examples: [RuleExample] = [
    .finds(
      "The Thirteenth Amendment abolished slavery in the United States.", "Thirteenth Amendment",
      meaning: "the amendment that abolished slavery"),
    .finds(
      "The Boston Port Act shut down Boston Harbor until the East India Company was repaid.",
      "Boston Port Act", meaning: "the act that shut down Boston Harbor"),
    .finds(
      "The Ninth Amendment guarantees that liberties extend beyond those described in the"
        + " preceding documents.", "Ninth Amendment", meaning: "the amendment that guarantees"),
    .ignores("William Tecumseh Sherman marched through Georgia in 1864."),
    .ignores("The United States entered the war in 1917."),
    .ignores("The Stamp Act was repealed a year later."),
    .ignores("The Supreme Court ruled that the law was unconstitutional."),
  ]

  /// Head nouns of names of laws, documents and events; not of bodies ("the Supreme Court",
  /// "the Republican Party"), whose sentences tell what they did once, not what they are.
  static let heads: Set<String> = [
    "act", "acts", "amendment", "amendments", "clause", "treaty", "accords", "compromise",
    "doctrine", "proclamation", "declaration", "resolution", "resolves", "rebellion", "revolt",
    "uprising", "plan", "papers", "bill", "code", "ordinance", "agreement", "pact", "charter",
    "manifesto", "massacre",
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    var start = sentence.subjectStart
    if sentence.word(start) == "the" { start += 1 }
    // The name: capitalised words, with "of", "and" or "on" between them.
    var end = start
    while end < sentence.count {
      let text = sentence.tokens[end].text
      if text.first?.isUppercase == true || (text.first?.isNumber == true && end > start) {
        end += 1
      } else if ["of", "and", "on", "for"].contains(sentence.word(end)), end > start,
        end + 1 < sentence.count, sentence.tokens[end + 1].text.first?.isUppercase == true
      {
        end += 1
      } else {
        break
      }
    }
    guard end - start >= 2, end - start <= 6, Self.heads.contains(sentence.word(end - 1)) else {
      return .none
    }
    // An active verb after it: "abolished", "guarantees", "shut down"; not "was repealed".
    let verb = end
    let word = sentence.word(verb)
    let active =
      sentence.tag(verb) == .verb
      || (word.hasSuffix("ed") && [.adj, .noun].contains(sentence.tag(verb)))
    guard active, !Lexicon.modals.contains(word) else { return .none }
    let predicate = sentence.rest(from: verb)
    guard Lexicon.words(predicate).count >= 4 else { return .none }
    let name = sentence.text(start..<end)
    guard TermText.junkReason(name) == nil else { return .none }
    let head = sentence.word(end - 1)
    let text = "the " + head + " that " + predicate
    let definition = TermSpan.definition(
      name, article: sentence.word(sentence.subjectStart) == "the" ? "the" : nil, text: text,
      pattern: .copula, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
