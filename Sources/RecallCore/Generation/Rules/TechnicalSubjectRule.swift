/// "Tropomyosin blocks myosin binding sites on actin …", "Ependymal cells line the ventricles
/// …": a subject that is a technical term (a word not in everyday English) with a verb in the
/// present tense says what the term does.
struct TechnicalSubjectRule: DefinitionRule {
  let id = RuleID.technicalSubject
  let summary =
    "a technical term (a word outside everyday English) as subject of a present-tense verb"
  let examples: [RuleExample] = [
    .finds(
      "Chemoreceptors detect chemical changes in the blood.", "chemoreceptors",
      meaning: "detect chemical changes"),
    .finds(
      "Ependymal cells line the ventricles of the brain.", "ependymal cells",
      meaning: "line the ventricles"),
    .finds(
      "The hypothalamus regulates body temperature, appetite and blood pressure.",
      "hypothalamus", meaning: "regulates body temperature"),
    .finds(
      "Social psychology focuses on how we interact with and relate to others.",
      "social psychology", meaning: "focuses on how we interact"),
    .ignores("Bacteria sometimes evade immune responses because they exist in many strains."),
    .ignores("Antibodies have no effect on viruses once they enter the cell."),
    .ignores("The report focuses on the costs of the new building."),
    .ignores("Sulfa drugs provide a good example of competitive inhibition of enzymes."),
    .ignores("Active-site amino-acid side chains have their own acidic or basic properties."),
    .ignores("The first equation represents the reaction of bicarbonate with water."),
    .ignores("The team found a new species in the forest last year."),
    .ignores("Darwin proposed a theory of natural selection."),
    .ignores("Most people sleep about eight hours a night."),
  ]

  /// The everyday words, or none when the list is missing (the generator refuses to run
  /// without it, so that only happens in tests of other rules).
  private let common: CommonWords?

  /// The rule, with the shipped list of everyday words.
  init(common: CommonWords? = CommonWords.shipped) {
    self.common = common
  }

  /// Endings of abstract and technical nouns, which names rarely have.
  static let nounEndings = [
    "ion", "ism", "osis", "ity", "ance", "ence", "ment", "ogy", "ase", "ine", "cyte", "ids",
  ]

  /// Verbs that say what a field of study looks at.
  static let studyVerbs: Set<String> = [
    "focuses", "studies", "examines", "explores", "investigates", "deals", "concerns",
  ]

  /// True when `noun` names a field of study: "psychology", "economics", "research".
  static func isField(_ noun: String) -> Bool {
    ["ology", "ologies", "ics", "istry", "onomy", "science", "research"].contains {
      noun.hasSuffix($0)
    }
  }

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    guard !sentence.givesExample else { return .none }
    let start = sentence.subjectStart
    // A bare subject states a general truth about a kind ("Ependymal cells line …"); "The
    // ions flow …" tells what particular ones do next.
    // "The hypothalamus regulates …" names a kind all the same: its head is a term.
    guard let common, let chunk = sentence.chunk(startingAt: start),
      sentence.tag(chunk.lowerBound) != .det
        || (sentence.word(chunk.lowerBound) == "the"
          && common.isTechnical(sentence.word(chunk.upperBound - 1))
          && !Lexicon.positions.contains(sentence.word(chunk.lowerBound + 1))),
      let term = TermSpan.name(chunk, sentence)
    else { return .none }
    let first = TermSpan.start(chunk, sentence)
    let words = (first..<chunk.upperBound).map(sentence.word)
    // "Social psychology focuses on how we …": a field of study and what it studies.
    let field =
      Self.studyVerbs.contains(sentence.word(sentence.skippingAdverbs(from: chunk.upperBound)))
      && words.count >= 2 && Self.isField(words[words.count - 1])
    let technical = words.contains(where: common.isTechnical) || field
    // A lone proper name ("Darwin proposed …") is a person or a place; a capital at the
    // start of a sentence on a word with a noun's ending ("Inversion involves …") is not.
    let names = (first..<chunk.upperBound).filter { index in
      let word = sentence.word(index)
      return sentence.tag(index) == .propn && !Self.nounEndings.contains { word.hasSuffix($0) }
    }
    guard technical, !(names.count == chunk.upperBound - first && names.count <= 2) else {
      return .none
    }
    // "Bacteria sometimes evade immune responses …": what happens now and then says
    // nothing of what the thing is.
    guard
      !(chunk.upperBound..<sentence.skippingAdverbs(from: chunk.upperBound)).contains(where: {
        ["sometimes", "occasionally", "rarely", "seldom", "also", "then", "now"].contains(
          sentence.word($0))
      })
    else { return .none }
    let verb = sentence.skippingAdverbs(from: chunk.upperBound)
    let word = sentence.word(verb)
    let plural = Inflection.isPlural(sentence.word(chunk.upperBound - 1))
    // "Active-site side chains have their own acidic properties": what a thing has is a
    // property, not what it does.
    guard sentence.tag(verb) == .verb, !word.hasSuffix("ed"), !word.hasSuffix("ing"),
      !["have", "has"].contains(word),
      plural != (word.hasSuffix("s") && !word.hasSuffix("ss"))
    else { return .none }
    // What it does to something: a direct object after the verb ("blocks myosin binding
    // sites"), not "exist, but …".
    let object = sentence.tag(verb + 1) == .adv ? verb + 2 : verb + 1
    // What it does, up to a second clause ("…, but there are so many pathogens …").
    var end = verb
    while end < sentence.count,
      !(sentence.word(end) == ";"
        || (sentence.word(end) == "," && ["but", "so", "yet"].contains(sentence.word(end + 1))))
    {
      end += 1
    }
    let predicate = Sentences.withoutFinalPunctuation(sentence.text(verb..<end))
    // "Sulfa drugs provide a good example of competitive inhibition": an instance of
    // something else, not what the subject does.
    guard !CopulaRule.makesExample(Lexicon.words(predicate).dropFirst().joined(separator: " "))
    else { return .none }
    // "Antibodies have no effect on viruses …": what a thing does not do says little of it.
    let negations: Set<String> = ["no", "not", "never", "cannot", "n't", "neither", "nor"]
    guard !(verb..<min(verb + 4, end)).contains(where: { negations.contains(sentence.word($0)) })
    else { return .none }
    guard sentence.chunk(startingAt: object) != nil || field, Lexicon.words(predicate).count >= 4
    else {
      return .none
    }
    let definition = TermSpan.definition(
      term, article: TermSpan.article(chunk, sentence), text: predicate,
      pattern: .function, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
