/// "enzymes called kinases", "by a process known as osmosis", "a state termed equilibrium",
/// "… is referred to as its habitat": a noun phrase naming a term anywhere in a sentence.
struct ClassCalledRule: DefinitionRule {
  let id = RuleID.classCalled
  let summary =
    "a noun phrase named by 'called', 'known as', 'termed', 'dubbed' or 'referred to as',"
    + " anywhere in the sentence"
  let examples: [RuleExample] = [
    .finds(
      "If a particle the size of a golf ball strikes our atmosphere, it produces a much brighter"
        + " trail called a fireball.", "fireball",
      meaning: "a much brighter trail (if a particle the size of a golf ball strikes"),
    .finds(
      "The location within the enzyme where the substrate binds is called the enzyme’s active"
        + " site.", "active site", meaning: "the location within the enzyme"),
    .finds(
      "Water crosses the membrane by a process known as osmosis.", "osmosis",
      meaning: "a process by which water crosses the membrane"),
    .finds(
      "Cells release small proteins called cytokines that signal to other cells.", "cytokines",
      meaning: "small proteins that signal"),
    .finds(
      "The place where an organism lives is referred to as its habitat.", "habitat",
      meaning: "the place where an organism lives"),
    .finds(
      "Enzymes called kinases add phosphate groups to proteins.", "kinases",
      meaning: "enzymes that add phosphate groups"),
    .finds(
      "The first phase of ingestion, called the cephalic phase, is controlled by the brain.",
      "cephalic phase", meaning: "the first phase of ingestion"),
    .finds(
      "Deuterostomes differ in that their coelom forms through a process called enterocoely.",
      "enterocoely", meaning: "a process through which"),
    .finds(
      "Soil particles below 0.1 mm are called silt, and even smaller particles are called clay.",
      "clay", meaning: "even smaller particles"),
    .finds(
      "Soil particles below 0.1 mm are called silt, and even smaller particles are called clay.",
      "silt", meaning: "soil particles below"),
    .finds(
      "The third whorl contains the male reproductive structures and is known as the androecium.",
      "androecium", meaning: "the third whorl that contains"),
    .finds(
      "Emotions strengthen the memories they come with; this is called arousal theory.",
      "arousal theory", meaning: "emotions strengthen the memories"),
    .finds(
      "The outer cells of the embryo (called the trophoblast) form the placenta.", "trophoblast",
      meaning: "the outer cells of the embryo"),
    .finds(
      "There is a specialization of function—referred to as lateralization—in each"
        + " hemisphere.", "lateralization", meaning: "a specialization of function"),
    .finds(
      "This attempt to understand the structure of the mind was known as structuralism.",
      "structuralism", meaning: "an attempt to understand"),
    .ignores("Movements that cannot be classified as gliding, angular, or rotational are special."),
    .finds(
      "Some movements that cannot be classified as gliding, angular, or rotational are called"
        + " special movements.", "special movements", meaning: "some movements that cannot"),
    .finds(
      "The intestine takes up antigens by specialized cells known as microfold cells.",
      "microfold cells", meaning: "specialized cells"),
    .finds(
      "Animals with a true coelom are called eucoelomates (or coelomates).", "eucoelomates",
      meaning: "animals with a true coelom"),
    .finds(
      "Researchers partition a part of an ecosystem that can be used for experiments, termed a"
        + " mesocosm.", "mesocosm", meaning: "a part of an ecosystem that can be used"),
    .finds(
      "Economists call this inverse relationship between price and quantity demanded the law of"
        + " demand.", "law of demand", meaning: "the inverse relationship between price"),
    .finds(
      "Durkheim called the communal beliefs, morals, and attitudes of a society the collective"
        + " conscience.", "collective conscience", meaning: "the communal beliefs"),
    .ignores("She called the doctor the next day."),
    .ignores("Karyokinesis, also called mitosis, divides the nucleus."),
    .ignores("The committee called for a new vote on the budget."),
    .ignores("She called her brother after the game."),
  ]

  /// Prepositions that tie a phrase to the clause's verb ("held in a state …", "by a process
  /// …"), not to the noun before it ("an extension from the soma").
  static let processPrepositions: Set<String> = [
    "of", "by", "through", "via", "during", "in", "into",
  ]

  /// The words that name, longest first.
  static let markers: [[String]] = [
    ["referred", "to", "as"], ["known", "as"], ["called"], ["termed"], ["dubbed"],
    ["designated", "as"], ["categorized", "as"], ["classified", "as"],
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    var found: [Definition] = []
    if let named = Self.callThis(input) { found.append(named) }
    var index = 0
    while index < sentence.count {
      guard let marker = Self.markers.first(where: { sentence.matches($0, at: index) }) else {
        index += 1
        continue
      }
      defer { index += marker.count }
      let termStart = index + marker.count
      guard let (term, article, termEnd) = Self.term(at: termStart, sentence, input.context.bold)
      else { continue }
      // "… cannot be classified as gliding, angular, or rotational": a list, not a name.
      if sentence.word(termEnd) == ",", sentence.tag(termEnd + 1) != .cconj,
        ((termEnd + 2)..<min(termEnd + 5, sentence.count)).contains(where: {
          ["or", "and"].contains(sentence.word($0))
        })
      {
        continue
      }
      var before = index - 1
      var also = false
      while before >= 0, sentence.tag(before) == .adv {
        also = also || sentence.word(before) == "also"
        before -= 1
      }
      guard before >= 0 else { continue }
      var text: String?
      if [",", "(", "—", "–"].contains(sentence.word(before)) {
        // "X, also called Y, …" gives another name: the also-known-as rule reads it. "The
        // first phase of ingestion, called the cephalic phase, is …" names the phrase before.
        // The phrase must be the sentence's own, not the object of a preposition inside a
        // longer one ("a mass visible under a simple light microscope, called a nucleolus"),
        // and say more than "a certain level".
        // "a part of an ecosystem that can be used for experiments, termed a mesocosm": the
        // phrase with its clause.
        if !also, let described = Self.describedWithClause(endingBefore: before, sentence) {
          text = described
        } else if !also, let named = sentence.nounPhrase(endingBefore: before),
          sentence.tag(named.lowerBound - 1) != .adp
            || Self.processPrepositions.contains(sentence.word(named.lowerBound - 1)),
          !Lexicon.vagueModifiers.contains(sentence.word(named.lowerBound + 1)),
          !Lexicon.vagueModifiers.contains(sentence.word(named.lowerBound))
        {
          text = Self.classMeaning(sentence, class: named, termEnd: termEnd, apposed: true)
        } else {
          continue
        }
      } else if sentence.tag(before) == .aux,
        ["is", "are", "was", "were", "be", "been", "being"].contains(
          sentence.word(before))
      {
        text = Self.passiveMeaning(sentence, verb: before, input.context)
      } else if let named = sentence.chunk(endingBefore: before + 1) {
        text = Self.classMeaning(sentence, class: named, termEnd: termEnd)
      }
      guard let text, Lexicon.words(text).count >= 2 else { continue }
      var definition = DefiningPatterns.make(
        term: term, text: text, pattern: .reverse, sentence: input.text, input.context)
      definition.article = article
      definition.abbreviation = Self.abbreviation(after: termEnd, sentence)
      // "… are called eucoelomates (or coelomates)": another name.
      if sentence.word(termEnd) == "(", sentence.word(termEnd + 1) == "or",
        let other = sentence.chunk(startingAt: termEnd + 2),
        sentence.word(other.upperBound) == ")", let alias = TermSpan.name(other, sentence)
      {
        definition.aliases = [alias]
      }
      found.append(definition)
    }
    return RuleOutcome(definitions: found)
  }

  /// The term named at `start`: a noun phrase (or a bold phrase), without its determiner;
  /// the article it had, and where it ends.
  static func term(at start: Int, _ sentence: SentenceAnalysis, _ bold: [String]) -> (
    String, String?, Int
  )? {
    let range: Range<Int>
    if let emphasised = sentence.emphasised(at: start, bold) {
      range = emphasised
    } else if let chunk = sentence.chunk(startingAt: start) {
      range = chunk
    } else if let word = unknownWord(at: start, sentence) {
      range = word
    } else {
      return nil
    }
    var first = range.lowerBound
    var article: String?
    let opening = sentence.word(first)
    if sentence.tag(first) == .det || NounPhraseChunker.possessives.contains(opening) {
      guard ["a", "an", "the", "its", "their"].contains(opening) else { return nil }
      article = opening == "the" ? "the" : (opening == "a" || opening == "an") ? "a" : nil
      first += 1
    }
    first = TermSpan.afterPossessor(first, range, sentence)
    guard first < range.upperBound, range.upperBound - first <= 5 else { return nil }
    guard sentence.tag(first) != .pron else { return nil }
    return (sentence.text(first..<range.upperBound), article, range.upperBound)
  }

  /// "… a process called enterocoely.": a word outside everyday English where a name is
  /// expected, though the tagger, never having seen it, took it for an adverb or adjective.
  static func unknownWord(at index: Int, _ sentence: SentenceAnalysis) -> Range<Int>? {
    guard index < sentence.count, let common = CommonWords.shipped,
      common.isTechnical(sentence.word(index)),
      [.adv, .adj, .verb, .x, .propn].contains(sentence.tag(index)),
      index + 1 == sentence.count || sentence.tag(index + 1) == .punct
    else { return nil }
    return index..<(index + 1)
  }

  /// "(ABBR)" right after the term.
  static func abbreviation(after end: Int, _ sentence: SentenceAnalysis) -> String? {
    guard sentence.word(end) == "(", sentence.word(end + 2) == ")" else { return nil }
    let inside = sentence.text((end + 1)..<(end + 2))
    return Abbreviations.looksLikeAbbreviation(inside) ? inside : nil
  }
}
