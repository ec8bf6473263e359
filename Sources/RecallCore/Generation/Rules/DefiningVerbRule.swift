/// "The marginal revenue curve shows the additional revenue gained from selling one more
/// unit.", "The consumer price index measures the average change in prices …": a named
/// measure, curve or index and what it measures, shows or stands for.
struct DefiningVerbRule: DefinitionRule {
  let id = RuleID.definingVerb
  let summary =
    "a name of two words or more with a verb that says what it stands for: 'X measures /"
    + " shows / describes / represents / indicates / denotes Y'"
  let examples: [RuleExample] = [
    .finds(
      "The marginal revenue curve shows the additional revenue gained from selling one more"
        + " unit.", "marginal revenue curve", meaning: "the additional revenue gained"),
    .finds(
      "The consumer price index measures the average change over time in the prices paid by"
        + " consumers.", "consumer price index", meaning: "the average change"),
    .finds(
      "A society describes a group of people who share a community and a culture.", "society",
      meaning: "a group of people who share"),
    .ignores("The figure shows the additional revenue gained from selling one more unit."),
    .ignores("The poem describes a man who loses his way."),
    .ignores("The new study shows that most people sleep too little."),
    .ignores("The teacher shows the students a map of the region."),
    .ignores("Her latest painting represents a big change in her style."),
  ]

  /// Verbs with which a name is said to stand for something.
  static let verbs: Set<String> = [
    "measures", "measure", "shows", "show", "describes", "describe", "represents", "represent",
    "indicates", "indicate", "denotes", "denote", "identifies", "identify", "quantifies",
    "quantify", "specifies", "specify",
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    let start = sentence.subjectStart
    guard let chunk = sentence.chunk(startingAt: start),
      ["the", "a", "an"].contains(sentence.word(chunk.lowerBound))
        || sentence.tag(chunk.lowerBound) != .det
    else { return .none }
    let first = TermSpan.start(chunk, sentence)
    let verb = sentence.skippingAdverbs(from: chunk.upperBound)
    let head = sentence.word(chunk.upperBound - 1)
    // A name of two words or more, none of them a person's ("Her latest painting"); one
    // word will do when what it describes is a class said which ("A society describes a
    // group of people who …").
    let classSaidWhich =
      ["describes", "denotes", "represents"].contains(sentence.word(verb))
      && ["a", "an"].contains(sentence.word(verb + 1))
      // "a group of people who …", "a set of rules that …": a class, not "a man who …".
      && sentence.word(verb + 3) == "of"
      && (verb + 2..<sentence.count).contains(where: {
        ["who", "that", "which"].contains(sentence.word($0))
      })
    guard chunk.upperBound - first >= 2 || classSaidWhich, Self.verbs.contains(sentence.word(verb)),
      !Lexicon.genericHeads.contains(head),
      !(first..<chunk.upperBound).contains(where: {
        sentence.tag($0) == .pron || sentence.word($0).hasSuffix("est")
          || CardLexicon.praise.contains(sentence.word($0))
          || ["new", "latest", "recent", "old"].contains(sentence.word($0))
      })
    else { return .none }
    // What it stands for: a noun phrase, not a clause ("shows that …") or a person ("shows
    // the students a map").
    let object = verb + 1
    guard let what = sentence.chunk(startingAt: object),
      ![.pron, .propn].contains(sentence.tag(what.upperBound - 1)),
      sentence.chunk(startingAt: what.upperBound) == nil,
      let name = TermSpan.name(chunk, sentence)
    else { return .none }
    let end = sentence.clauseEnd(from: object)
    let text = sentence.text(verb..<end)
    guard Lexicon.words(text).count >= 4 else { return .none }
    let definition = TermSpan.definition(
      name, article: TermSpan.article(chunk, sentence), text: text, pattern: .function,
      sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
