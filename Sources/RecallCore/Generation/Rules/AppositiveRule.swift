/// Two noun phrases side by side between commas, one naming what the other is: "Cartilage, a
/// connective tissue that …", "ammonification, the process by which …", "Virions, single
/// virus particles, are …", and the other way round, "a pair of rod-like objects, the
/// centrioles, which …".
struct AppositiveRule: DefinitionRule {
  let id = RuleID.appositive
  let summary =
    "an appositive: 'X, a N that …', 'X, the process by which …', 'Xs, plural Ns, are …'"
    + " (or the short name after its description: 'a pair of objects, the centrioles, …')"
  let examples: [RuleExample] = [
    .finds(
      "Cartilage, a connective tissue that cushions joints, contains few cells.", "cartilage",
      meaning: "a connective tissue"),
    .finds(
      "The body releases histamine, a chemical that widens blood vessels.", "histamine",
      meaning: "a chemical that widens"),
    .finds(
      "Another source of ammonia is ammonification, the process by which ammonia is released"
        + " from dead matter.", "ammonification", meaning: "the process by which"),
    .finds(
      "Virions, single virus particles, are very small.", "virions",
      meaning: "single virus particles"),
    .finds(
      "Each centrosome holds a pair of rod-like objects, the centrioles, which lie at right"
        + " angles.", "centrioles", meaning: "a pair of rod-like objects"),
    .finds(
      "The Calvin cycle, the biochemical pathway used for fixation of carbon dioxide, is located"
        + " in the stroma.", "Calvin cycle", meaning: "the biochemical pathway used"),
    .finds(
      "This leads to the next developmental stage, the gastrula, in which the gut forms.",
      "gastrula", meaning: "the next developmental stage"),
    .finds(
      "A major effect of runoff is eutrophication, a process whereby nutrients cause the growth"
        + " of algae.", "eutrophication", meaning: "a process whereby"),
    .finds(
      "Cow milkers who developed cowpox, a disease similar to smallpox but milder, were immune"
        + " to smallpox.", "cowpox", meaning: "a disease similar to smallpox"),
    .finds(
      "The inhibitor binds to the enzyme at an allosteric site, a location other than the active"
        + " site, and still manages to block substrate binding.", "allosteric site",
      meaning: "a location other than"),
    .finds(
      "It is illustrated by the dihybrid cross, a cross between two true-breeding parents that"
        + " express different traits.", "dihybrid cross", meaning: "a cross between"),
    .ignores(
      "An individual with an error in chromosome number is described as aneuploid, a term that"
        + " includes monosomy."),
    .finds(
      "Luther took issue with the practice of selling indulgences, documents that absolved"
        + " sinners of their errant behavior.", "indulgences", meaning: "documents that absolved"),
    .ignores("We visited the farms, places that we loved as children, and the town."),
    .finds(
      "Boston lies in a megalopolis, a huge urban corridor encompassing multiple cities and"
        + " their surrounding suburbs.", "megalopolis",
      meaning: "a huge urban corridor encompassing"),
    .ignores("The results, a surprise to us, were published."),
    .ignores("It protects the brain, a part of which is shown in the figure, and the spinal cord."),
    .ignores("The answer, a little different from ours, was wrong, and nobody noticed."),
    .ignores("The report, the one written in 1990, is lost."),
    .ignores("In 1990, a team of doctors tried it."),
    .ignores("Flatworms, comb jellies, and corals use this kind of digestion."),
    .ignores("The patient, the doctor and the nurse met."),
    .ignores("Universal statements are, in fact, an alternative expression of a conditional."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    var found: [Definition] = []
    for var first in sentence.chunks {
      let comma = first.upperBound
      // "In addition, the inside of the cell …": a fronted phrase is no term.
      guard sentence.word(comma) == ",", comma >= sentence.subjectStart else { continue }
      // "vesicles that house **neurotransmitters**, the chemical messengers …": the stressed
      // words are the term.
      if let stressed = sentence.emphasised(endingBefore: comma, input.context.bold),
        stressed.lowerBound > first.lowerBound
      {
        first = stressed
      }
      let second = sentence.chunk(startingAt: comma + 1) ?? (comma + 1)..<(comma + 2)
      // A list ("X, Y, and Z") is no apposition.
      var end = second.upperBound
      // "a huge urban corridor encompassing multiple cities and their suburbs": once a
      // participle or clause has begun, "and" joins its own phrases.
      let opensClause = { (index: Int) -> Bool in
        let word = sentence.word(index)
        return ["that", "which", "who"].contains(word)
          || (word.hasSuffix("ing") && [.verb, .adj].contains(sentence.tag(index))
            && sentence.tag(index - 1) == .noun)
      }
      // Only for a class with its own clause ("a huge corridor encompassing …", "devices that
      // …"), not after "the", where a comma often ends a fronted phrase ("In a recession,
      // the Keynesian model points out that …").
      let classLead =
        ["a", "an"].contains(sentence.word(comma + 1))
        || sentence.tag(comma + 1) == .noun
      var clauseBegun = classLead && (comma + 1..<end).contains(where: opensClause)
      while end < sentence.count, ![",", ";", ")", ".", "–", "—", "("].contains(sentence.word(end))
      {
        if ["and", "or"].contains(sentence.word(end)), !clauseBegun { break }
        if classLead, opensClause(end) { clauseBegun = true }
        end += 1
      }
      let after = sentence.word(end)
      // "X, a Y, and Z" is a list; "…, a location other than the site, and still manages …"
      // goes on with the sentence's verb.
      let verbAfterAnd =
        after == "," && [.verb, .adv, .aux].contains(sentence.tag(end + 2))
        && sentence.chunk(startingAt: end + 2) == nil
      guard !["and", "or"].contains(after),
        !["and", "or"].contains(sentence.word(end + 1)) || verbAfterAnd,
        !["and", "or"].contains(sentence.word(first.lowerBound - 1)),
        sentence.word(first.lowerBound - 1) != ",",
        // "… are, in fact, an alternative …": a phrase set off by commas is an aside.
        !(sentence.tag(first.lowerBound - 1) == .adp && sentence.word(first.lowerBound - 2) == ",")
      else { continue }
      let gloss = (comma + 1)..<end
      let lead = sentence.word(gloss.lowerBound)
      // "the brain, a part of which is shown in …": a clause about part of it, no class.
      if sentence.word(gloss.lowerBound + 2) == "of", sentence.word(gloss.lowerBound + 3) == "which"
      {
        continue
      }
      let clauseFollows =
        after == ","
        && ([.verb, .aux, .adv].contains(sentence.tag(end + 1)) || verbAfterAnd)
      let relative = Self.hasClause(gloss, sentence)
      if let definition = Self.pair(
        first, gloss, second: second, lead: lead, clauseFollows: clauseFollows,
        relative: relative, input)
      {
        found.append(definition)
      }
    }
    return RuleOutcome(definitions: found)
  }

  /// The definition two apposed phrases give, or nil when they do not read as one.
  private static func pair(
    _ first: Range<Int>, _ gloss: Range<Int>, second: Range<Int>, lead: String,
    clauseFollows: Bool, relative: Bool, _ input: RuleInput
  ) -> Definition? {
    let sentence = input.analysis
    let opensSentence = first.lowerBound == sentence.subjectStart
    var term = first
    var meaning = gloss
    switch lead {
    case "a", "an":
      // "PKU, a genetic disorder discussed earlier, causes …", "… of Taq polymerase, an
      // enzyme isolated from T. aquaticus.": where the sentence goes on, or ends, after it.
      let endsSentence = [".", "!", ""].contains(sentence.word(gloss.upperBound))
      guard classifies(gloss, sentence), relative || opensSentence || clauseFollows || endsSentence
      else {
        return nil
      }
    case "the":
      let shortSecond = second.upperBound == gloss.upperBound && second.count <= 3
      if shortSecond, !relative, first.count >= 2,
        sentence.word(first.lowerBound) != "the" || first.count >= 3
      {
        // "a pair of rod-like objects, the centrioles, which …": the short name is the term.
        guard let described = sentence.nounPhrase(endingBefore: first.upperBound) else {
          return nil
        }
        term = second
        meaning = described
      } else {
        // "The Calvin cycle, the biochemical pathway used for fixation of CO2, is …".
        let participle = opensSentence && clauseFollows && classifies(gloss, sentence)
        guard relative || participle || sentence.word(second.upperBound) == "of",
          gloss.count >= 4
        else {
          return nil
        }
      }
    default:
      // "Virions, single virus particles, are …": no article, so the sentence must go on
      // with its verb after the second comma; or "selling indulgences, documents that
      // absolved sinners", a plural class with its clause after a plural term.
      let pluralClass =
        relative && gloss.count >= 5 && sentence.tag(gloss.lowerBound) == .noun
        && Inflection.isPlural(sentence.word(first.upperBound - 1))
        && Inflection.isPlural(sentence.word(gloss.lowerBound))
        && ["that", "which", "who"].contains(sentence.word(gloss.lowerBound + 1))
      guard
        pluralClass
          || (opensSentence && clauseFollows && gloss.count >= 2
            && [.adj, .noun].contains(sentence.tag(gloss.lowerBound)))
      else { return nil }
    }
    guard let name = TermSpan.name(term, sentence) else { return nil }
    let definition = TermSpan.definition(
      name, article: TermSpan.article(term, sentence), text: sentence.text(meaning),
      pattern: .relativeClause, sentence: input.text, input.context)
    return definition
  }

  /// True when `gloss` holds a clause: "that …", "which …", "by which …".
  static func hasClause(_ gloss: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
    gloss.contains {
      ["that", "which", "who", "whose", "where", "whereby"].contains(sentence.word($0))
    }
  }

  /// True when an appositive names a class and says which: "a connective tissue that …", "a
  /// type of cell found in …", "a green pigment" (three words or more, ending the phrase); not
  /// "a surprise to us".
  static func classifies(_ gloss: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
    guard gloss.count >= 3 else { return false }
    // Not "to": "a surprise to us" says how someone took it, not what it is.
    let leads: Set<String> = [
      "that", "which", "who", "whose", "of", "in", "for", "used", "found", "made", "where",
      "whereby", "by",
    ]
    // "aneuploid, a term that includes …": a word about the name, not a class.
    if ["term", "word", "name", "phrase", "label"].contains(sentence.word(gloss.lowerBound + 1)) {
      return false
    }
    let afterNoun: Set<String> = ["between", "with", "from", "on", "within", "among"]
    let leadsOn = { (index: Int) -> Bool in
      if afterNoun.contains(sentence.word(index)) { return sentence.tag(index - 1) == .noun }
      // "a huge urban corridor encompassing multiple cities": a participle after the class.
      return leads.contains(sentence.word(index))
        || (sentence.tag(index) == .verb && sentence.word(index).hasSuffix("ed"))
        || (sentence.word(index).hasSuffix("ing") && [.verb, .adj].contains(sentence.tag(index))
          && sentence.tag(index - 1) == .noun)
    }
    // "a disease similar to smallpox", "a location other than the active site": the class
    // with an adjective and its preposition after it.
    let postModifier = gloss.dropFirst(2).first(where: {
      sentence.tag($0) == .adj && [.adp, .sconj].contains(sentence.tag($0 + 1))
        && sentence.word($0 + 1) != "and" && sentence.tag($0 - 1) == .noun
    })
    if let lead = gloss.dropFirst(2).first(where: leadsOn) ?? postModifier {
      // The class before the clause: "a chemical that …", not "a surprise to us that …".
      return (gloss.lowerBound + 1..<lead).allSatisfy {
        [.adj, .noun, .propn, .num].contains(sentence.tag($0))
      }
    }
    let last = gloss.upperBound - 1
    return [.noun, .propn].contains(sentence.tag(last))
      && gloss.dropFirst().allSatisfy { [.adj, .noun, .propn, .adv].contains(sentence.tag($0)) }
  }
}
