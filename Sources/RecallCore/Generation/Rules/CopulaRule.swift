/// "X is / are / refers to / means …".
struct CopulaRule: DefinitionRule {
  let id = RuleID.copula
  let summary = "a term as subject of 'is', 'are', 'refers to', 'means', 'is defined as'"
  let examples: [RuleExample] = [
    .finds("Osmosis is the movement of water across a membrane.", "osmosis", meaning: "movement"),
    .finds(
      "A dormant volcano is one that has not erupted for a long time.", "dormant volcano",
      meaning: "a volcano that has not erupted"),
    .finds(
      "Rapid eye movement sleep is characterized by darting movements of the eyes.",
      "rapid eye movement sleep", meaning: "characterized by darting movements"),
    .finds(
      "A checkpoint is one of several points in the cell cycle at which the cycle can be halted.",
      "checkpoint", meaning: "one of several points"),
    .ignores("Penicillin is one of the most important discoveries of the century."),
    .finds(
      "Conventional crowds are those who come together for a scheduled event.",
      "conventional crowds", meaning: "crowds who come together"),
    .finds(
      "An elastic demand is one in which the elasticity is greater than one.", "elastic demand",
      meaning: "a demand in which the elasticity"),
    .finds(
      "Infinite elasticity or perfect elasticity refers to the extreme case where quantity changes"
        + " without limit.", "infinite elasticity or perfect elasticity",
      meaning: "the extreme case"),
    .finds(
      "The term hominin is used to refer to those species that evolved after the split of the"
        + " primate line.", "hominin", meaning: "those species that evolved"),
    .finds(
      "Autoinducers are signaling molecules secreted by bacteria to communicate with other"
        + " bacteria.", "autoinducers", meaning: "signaling molecules"),
    .finds(
      "Present in small concentrations in the plasma membrane, inositol phospholipids are lipids"
        + " that can be converted into second messengers.", "inositol phospholipids",
      meaning: "lipids that can be converted"),
    .ignores("The result is pluripotent."),
    .ignores("The students are making progress in their reading."),
    .ignores("Plants and cyanobacteria are well-known examples of autotrophs."),
    .ignores("Ionic solids are also poor conductors of electricity for the same reason."),
    .ignores("DNA vaccines are a relatively new and promising approach to vaccination."),
    .ignores("AMP is one of the nucleotides in RNA."),
    .ignores("Thus, cells are continually balancing catabolism with anabolism."),
    .ignores("For many diseases, prevention is the best form of treatment."),
    .ignores("It is a very common problem."),
    .finds(
      "These microRNAs are short RNA molecules that are only 21 to 24 nucleotides in length.",
      "microRNAs", meaning: "short RNA molecules that"),
    .ignores("These cells are small structures that divide quickly."),
    .finds(
      "The radius is located along the lateral side of the forearm and articulates with the"
        + " humerus at the elbow.", "radius", meaning: "located along the lateral side"),
    .ignores("The money is found in the drawer."),
    .finds(
      "The limbic system is involved in processing both emotion and memory.", "limbic system",
      meaning: "involved in processing"),
    .ignores(
      "In people processing services, the customer is a direct recipient of the service.",
      bold: ["people processing"]),
    .ignores("Just because something is a mammal does not mean that it must be a dog."),
    .ignores("Being a dog is a sufficient condition for being a mammal."),
    .ignores("Perhaps what you have experienced is a delay in the service."),
    .ignores("Keeping the records is the job of the secretary."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let analysis = input.analysis
    // "In short, ecology is …", "Recall that a reduction is …": the sentence's own subject.
    let start = analysis.subjectStart
    let sentence =
      start == 0 ? input.text : Sentences.capitalizedFirst(analysis.text(start..<analysis.count))
    let opensNounPhrase = { (complement: String) -> Bool in
      let offset = analysis.text.utf8.count - complement.utf8.count
      guard let index = analysis.tokens.firstIndex(where: { $0.start == offset }) else {
        return false
      }
      if Self.gerundModifies(analysis, at: index) { return true }
      guard let chunk = analysis.chunk(startingAt: index) else { return false }
      // "signaling molecules secreted by …": two words or more, ending in a noun.
      return chunk.count >= 2
    }
    // "The term hominin is used to refer to …" names its term before any verb.
    let namesATerm = ["the term", "the word"].contains(
      analysis.text(start..<(start + 2)).lowercased())
    if let problem = Self.gerundSubject(analysis) { return RuleOutcome(rejection: problem) }
    // "Perhaps what you've experienced is …": a clause standing for a thing.
    if ["what", "whatever", "whoever", "how", "why"].contains(
      analysis.word(analysis.skippingAdverbs(from: start)))
    {
      return RuleOutcome(rejection: .clauseBeforeVerb)
    }
    // "In **people processing** services, the customer is …": the sentence is about the
    // stressed words before its subject, not about the subject.
    if start > 0, !input.context.bold.isEmpty, SettingRule.stressedKind(input) != nil {
      return RuleOutcome(rejection: .boldWithoutDefinition)
    }
    if !namesATerm, let verb = analysis.firstVerbGroup(from: start),
      let problem = Self.verbProblem(analysis, verb)
    {
      return RuleOutcome(rejection: problem)
    }
    switch DefiningPatterns.copula(sentence, input.context, opensNounPhrase: opensNounPhrase) {
    case .success(let definition):
      if Self.makesExample(definition.text) { return RuleOutcome(rejection: .example) }
      if let praised = Self.onlyPraisesClass(analysis, complement: definition.text) {
        return RuleOutcome(rejection: .describes(praised))
      }
      return RuleOutcome(definitions: [definition])
    case .failure(let reason): return RuleOutcome(rejection: reason)
    case nil: return .none
    }
  }
}

extension CopulaRule {
  /// Words that judge a class rather than say which part of it is meant.
  static let judging: Set<String> = CardLexicon.praise.union([
    "new", "good", "useful", "popular", "common", "simple", "effective", "interesting",
    "valuable", "helpful", "successful", "well-known", "famous",
  ])

  /// The judging word of a complement that only praises a class ("a relatively new and
  /// promising approach to vaccination"): an article, judging adjectives, one head noun and
  /// at most a phrase after it, no clause saying which; nil for a complement that defines.
  static func onlyPraisesClass(_ analysis: SentenceAnalysis, complement: String) -> String? {
    guard let range = analysis.text.range(of: complement) else { return nil }
    let offset = analysis.text.utf8.distance(
      from: analysis.text.startIndex, to: range.lowerBound)
    guard var index = analysis.tokens.firstIndex(where: { $0.start >= offset }) else {
      return nil
    }
    guard ["a", "an"].contains(analysis.word(index)) else { return nil }
    index += 1
    var judged: String?
    while [.adv, .adj, .cconj].contains(analysis.tag(index))
      || (analysis.tag(index) == .verb && Self.judging.contains(analysis.word(index)))
    {
      if analysis.tag(index) != .adv, analysis.tag(index) != .cconj {
        guard Self.judging.contains(analysis.word(index)) else { return nil }
        judged = analysis.word(index)
      }
      index += 1
    }
    guard let judged, analysis.tag(index) == .noun, analysis.tag(index + 1) != .noun else {
      return nil
    }
    let relative: Set<String> = ["that", "which", "who", "where", "whereby", "whose"]
    guard !(index..<analysis.count).contains(where: { relative.contains(analysis.word($0)) })
    else { return nil }
    return judged
  }

  /// True for a complement that makes the subject an example of a class: "well-known
  /// examples of autotrophs", "an example of a zoonosis", "one instance of …".
  static func makesExample(_ complement: String) -> Bool {
    let words = Array(Lexicon.words(complement).prefix(5))
    let naming: Set<String> = ["example", "examples", "instance", "instances"]
    return zip(words, words.dropFirst()).contains { naming.contains($0) && $1 == "of" }
  }

  /// Participles and adjectives that, with their preposition, say what a thing does or where
  /// it is.
  static let rolePhrases: Set<String> = [
    "involved", "responsible", "located", "found", "associated", "centered", "situated",
  ]

  /// "Being a dog is …", "Keeping the records is …", "Being unmarried is …": a subject that
  /// is a gerund with its object or complement, an activity; not "Signaling molecules are …".
  static func gerundSubject(_ sentence: SentenceAnalysis) -> Rejection? {
    let start = sentence.subjectStart
    let opening = sentence.word(start)
    guard opening.hasSuffix("ing"), [.verb, .aux].contains(sentence.tag(start)),
      [.det, .pron].contains(sentence.tag(start + 1))
        || ["being", "having", "getting", "becoming"].contains(opening)
    else { return nil }
    return .activitySubject(opening)
  }

  /// Why a "be" verb group does not define, by its tags: "is added each year", "are said to
  /// be …" (a passive), "The last layer is …" (a position, not a name).
  static func verbProblem(_ sentence: SentenceAnalysis, _ verb: Int) -> Rejection? {
    guard ["is", "are", "was", "were"].contains(sentence.word(verb)) else { return nil }
    let start = sentence.subjectStart
    // "Once the signal is delivered, …", "The fact that private goods are …": a clause, not
    // a name, stands before the verb.
    // "Just because something is a mammal does not mean …": adverbs before the subordinator.
    if Lexicon.subordinators.contains(sentence.word(start))
      || Lexicon.subordinators.contains(sentence.word(sentence.skippingAdverbs(from: start)))
      || (start..<verb).contains(where: {
        ["that", "which", "who", "whom", "whose"].contains(sentence.word($0))
      })
    {
      return .clauseBeforeVerb
    }
    if sentence.word(start) == "the",
      Lexicon.positions.contains(sentence.word(start + 1))
    {
      return .aboutATerm
    }

    // "Gay-Lussac concluded that acids are …": a verb of its own in the subject.
    let chunked = Set(sentence.chunks.flatMap { Array($0) })
    if (start..<verb).contains(where: { sentence.tag($0) == .verb && !chunked.contains($0) }) {
      return .clauseBeforeVerb
    }
    // "A disruption of the structure is …", "The rest of these cells are …": one particular
    // thing, not a term.
    if (start..<verb).contains(where: {
      sentence.word($0) == "of"
        && ["the", "this", "these", "its", "their", "that"].contains(sentence.word($0 + 1))
    }) {
      return .particularThing(sentence.text(start..<verb))
    }
    let next = sentence.skippingAdverbs(from: verb + 1)
    let word = sentence.word(next)
    if let problem = propertyProblem(sentence, from: next) { return problem }
    // A verb after "is" ("is added each year", "is split and supplies …", "are born knowing
    // …"); not "flattened, disc-shaped sacs", a list of adjectives before a noun.
    let adjectiveList =
      [",", "and", "or"].contains(sentence.word(next + 1))
      && (next + 2..<min(next + 6, sentence.count)).contains { sentence.tag($0) == .noun }
    // "are signaling molecules secreted by …", "are binding proteins that …": a gerund
    // naming the kind of noun after it, not a verb.
    let gerundModifier = Self.gerundModifies(sentence, at: next)
    guard sentence.tag(next) == .verb, sentence.chunk(startingAt: next) == nil, !adjectiveList,
      !gerundModifier
    else { return nil }
    // "is defined as", "is called", "is known as" are the definition's own verbs; "is
    // composed of", "is made up of" say what the thing is made of; "is located along …",
    // "are found in …" where it is.
    if [
      "defined", "called", "known", "termed", "named", "referred", "described", "considered",
      "composed", "made", "comprised", "characterized", "characterised", "found", "located",
      "involved", "centered", "associated", "involved", "centered", "associated",
    ].contains(word) {
      return nil
    }
    return .passive(word)
  }

  /// True for "signaling molecules secreted by …", "binding proteins that …": a gerund at
  /// `index` naming the kind of the noun after it (which a clause or phrase goes on to
  /// describe), not a verb.
  static func gerundModifies(_ sentence: SentenceAnalysis, at index: Int) -> Bool {
    let after = sentence.word(index + 2)
    return sentence.word(index).hasSuffix("ing") && sentence.tag(index + 1) == .noun
      && (["that", "which", "found", "made", "used"].contains(after)
        || (sentence.tag(index + 2) == .verb && after.hasSuffix("ed")))
  }

  /// "is normal only when …", "are very small": an adjective with no noun after it before
  /// the clause goes on is a property, not a class.
  static func propertyProblem(_ sentence: SentenceAnalysis, from start: Int) -> Rejection? {
    guard sentence.tag(start) == .adj else { return nil }
    // "is involved in processing emotion", "is responsible for …", "is located in …": what
    // the thing does or where it is, whatever the tagger made of the participle.
    if Self.rolePhrases.contains(sentence.word(start)),
      [.adp, .sconj].contains(sentence.tag(start + 1))
    {
      return nil
    }
    var index = start
    while index < sentence.count {
      let tag = sentence.tag(index)
      if tag == .noun || tag == .propn { return nil }
      if [.adv, .sconj, .verb, .aux, .adp, .pron].contains(tag)
        || [".", ";", ":"].contains(sentence.word(index))
      {
        break
      }
      index += 1
    }
    return .onlyProperty(sentence.text(start..<max(index, start + 1)))
  }
}
