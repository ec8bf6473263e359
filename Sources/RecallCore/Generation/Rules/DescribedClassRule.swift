/// "Organisms that convert carbon dioxide into organic compounds are autotrophs.",
/// "Reactions that release energy are exergonic reactions, whereas …", "…; those that add
/// electrons are reduction reactions": a class with a relative clause as the subject, and the
/// name of what it describes after "is" or "are", ending its clause.
struct DescribedClassRule: DefinitionRule {
  let id = RuleID.describedClass
  let summary =
    "a class described by a relative clause as subject and the term after 'is/are': 'Ns that"
    + " … are X'"
  let examples: [RuleExample] = [
    .finds(
      "Organisms that convert inorganic carbon dioxide into organic carbon compounds are"
        + " autotrophs.", "autotrophs", meaning: "organisms that convert"),
    .finds(
      "Reactions that are spontaneous and release energy are exergonic reactions, whereas"
        + " endergonic reactions require energy to proceed.", "exergonic reactions",
      meaning: "reactions that are spontaneous"),
    .finds(
      "Reactions that remove electrons from donor molecules are oxidation reactions; those that"
        + " add electrons to acceptor molecules are reduction reactions.", "reduction reactions",
      meaning: "reactions that add electrons"),
    .finds(
      "Goods that consumers buy more of as their income rises are normal goods.", "normal goods",
      meaning: "goods that consumers buy"),
    .ignores("Cells that divide rapidly are more sensitive to radiation."),
    .ignores("Students who study every day are the ones who pass."),
    .ignores("Animals that we saw in the zoo yesterday are dogs."),
    .ignores("The people who came to the meeting are members."),
  ]

  private let common: CommonWords?

  init(common: CommonWords? = CommonWords.shipped) {
    self.common = common
  }

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    var found: [Definition] = []
    var earlierHead: String?
    var start = sentence.subjectStart
    while start < sentence.count {
      let semicolon = sentence.index(of: ";", from: start) ?? sentence.count
      let clause = start..<semicolon
      if let (definition, head) = describedClass(in: clause, earlierHead: earlierHead, input) {
        found.append(definition)
        earlierHead = head
      } else {
        earlierHead = sentence.chunk(startingAt: clause.lowerBound).map {
          sentence.word($0.upperBound - 1)
        }
      }
      start = semicolon + 1
    }
    return RuleOutcome(definitions: found)
  }

  /// The definition one clause gives, with the head noun of its subject.
  private func describedClass(
    in clause: Range<Int>, earlierHead: String?, _ input: RuleInput
  ) -> (Definition, String)? {
    let sentence = input.analysis
    var start = clause.lowerBound
    // "…; conversely, those that …": an adverb and its comma before the subject.
    if sentence.tag(start) == .adv, sentence.word(start + 1) == "," { start += 2 }
    // The described class: a plain noun phrase ("Organisms", "Reactions"), or "those"
    // standing for the class of the clause before.
    let head: String
    let relative: Int
    if sentence.word(start) == "those", let earlierHead {
      head = earlierHead
      relative = start + 1
    } else if let chunk = sentence.chunk(startingAt: start), chunk.count <= 3,
      [.noun, .propn].contains(sentence.tag(chunk.upperBound - 1)),
      sentence.tag(chunk.lowerBound) != .det || ["a", "an"].contains(sentence.word(start))
    {
      head = sentence.word(chunk.upperBound - 1)
      relative = chunk.upperBound
    } else {
      return nil
    }
    guard ["that", "which", "who"].contains(sentence.word(relative)) else { return nil }
    // Where the clause ends: its full stop, or a contrast ("…, whereas …").
    var end = relative
    while end < clause.upperBound, ![".", "!", "?"].contains(sentence.word(end)),
      !(sentence.word(end) == ","
        && ["whereas", "while", "but", "and"].contains(sentence.word(end + 1)))
    {
      end += 1
    }
    // The verb whose noun phrase ends the clause, after a clause of its own.
    guard
      let verb = (relative + 2..<end).last(where: {
        ["is", "are"].contains(sentence.word($0))
          && sentence.chunk(startingAt: $0 + 1)?.upperBound == end
      }),
      (relative + 1..<verb).contains(where: { [.verb, .aux].contains(sentence.tag($0)) }),
      let named = sentence.chunk(startingAt: verb + 1), named.count <= 4,
      sentence.tag(named.upperBound - 1) == .noun,
      sentence.tag(named.lowerBound) != .det
        || ["a", "an"].contains(sentence.word(named.lowerBound))
    else { return nil }
    let first = TermSpan.start(named, sentence)
    let termHead = sentence.word(named.upperBound - 1)
    guard !Lexicon.genericHeads.contains(termHead), !Lexicon.genericHeads.contains(head) else {
      return nil
    }
    // The name must be one: stressed, a word outside everyday English, or a kind of the
    // described class ("reactions that … are exergonic reactions"); not "… are dogs".
    let stressed = sentence.emphasised(at: first, input.context.bold) != nil
    let technical = (first..<named.upperBound).contains {
      common?.isTechnical(sentence.word($0)) ?? false
    }
    let kind =
      named.upperBound - first >= 2
      && Inflection.singular(termHead) == Inflection.singular(head)
    guard stressed || technical || kind, let name = TermSpan.name(named, sentence) else {
      return nil
    }
    let subject =
      sentence.word(start) == "those"
      ? head + " " + sentence.text(relative..<verb) : sentence.text(start..<verb)
    let definition = TermSpan.definition(
      name, article: TermSpan.article(named, sentence),
      text: Sentences.lowercasedFirst(subject), pattern: .reverse, sentence: input.text,
      input.context)
    return (definition, head)
  }
}
