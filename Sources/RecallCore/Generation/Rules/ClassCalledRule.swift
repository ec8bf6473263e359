/// "enzymes called kinases", "by a process known as osmosis", "a state termed equilibrium",
/// "… is referred to as its habitat": a noun phrase naming a term anywhere in a sentence.
struct ClassCalledRule: DefinitionRule {
  let id = RuleID.classCalled
  let summary =
    "a noun phrase named by 'called', 'known as', 'termed', 'dubbed' or 'referred to as',"
    + " anywhere in the sentence"
  let examples: [RuleExample] = [
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

  /// "The place where an organism lives is referred to as …": the subject is the meaning; in
  /// a second clause ("…, and even smaller particles are called clay") the clause's own
  /// subject; "X contains Y and is known as Z": X that contains Y; "…; this is called Z": the
  /// clause before.
  static func passiveMeaning(
    _ sentence: SentenceAnalysis, verb: Int, _ context: SentenceContext
  ) -> String? {
    var start = sentence.subjectStart
    var boundary: Int?
    for index in stride(from: verb - 1, to: start, by: -1) {
      // A new clause with its own subject ("…, and even smaller particles …"), not the last
      // item of a list ("… as gliding, angular, or rotational are called …").
      let clauseEnd =
        sentence.word(index) == ";"
        || (sentence.word(index) == "," && sentence.tag(index + 1) == .cconj
          && sentence.chunk(startingAt: index + 2) != nil)
      if clauseEnd {
        boundary = index
        start = sentence.word(index) == ";" ? index + 1 : index + 2
        break
      }
    }
    guard verb > start else { return nil }
    let first = sentence.word(start)
    let pointing = ["this", "these", "that", "those"]
    // "This attempt to understand the mind was known as structuralism": the attempt.
    if pointing.contains(first), verb - start > 2, sentence.tag(start + 1) == .noun {
      let rest = sentence.text((start + 1)..<verb)
      let vowel = "aeiou".contains(rest.lowercased().first ?? "x")
      return first == "this" || first == "that" ? (vowel ? "an " : "a ") + rest : rest
    }
    if sentence.tag(start) == .pron || pointing.contains(first) {
      guard verb - start <= 2 else { return nil }
      if let boundary, boundary > sentence.subjectStart {
        // "…onto a small region of the antigen's surface, and this region is known as …".
        if verb - start == 2 {
          return antecedent(of: sentence.word(start + 1), before: boundary, sentence)
        }
        return Sentences.lowercasedFirst(sentence.text(sentence.subjectStart..<boundary))
      }
      // "These cells are called …": the cells the sentence before names; "This clearance is
      // referred to as …" with no clearance named before says nothing one could ask about.
      if verb - start == 2, sentence.tag(start + 1) == .noun {
        guard let previous = context.previousAnalysis else { return nil }
        return antecedent(of: sentence.word(start + 1), before: previous.count, previous)
      }
      guard let previous = context.previous else { return nil }
      return Sentences.withoutFinalPunctuation(previous)
    }
    // "…, which is known as memory reconstruction": the clause before, when it stands alone.
    if ["which", "that"].contains(sentence.word(verb - 1)), sentence.word(verb - 2) == "," {
      let clause = (start..<(verb - 2))
      guard !clause.isEmpty,
        !["this", "these", "those", "that", "it", "they"].contains(
          sentence.word(clause.lowerBound)),
        !clause.contains(where: { ["these", "this", "those"].contains(sentence.word($0)) })
      else { return nil }
      return Sentences.lowercasedFirst(sentence.text(clause))
    }
    // "…; once it erupts it is known as lava": what "it" is, the clause does not say.
    if sentence.tag(verb - 1) == .pron { return nil }
    // "The third whorl contains the male reproductive structures and is known as …".
    if sentence.word(verb - 1) == "and",
      let finite = (start..<(verb - 1)).first(where: { [.verb, .aux].contains(sentence.tag($0)) }),
      finite > start
    {
      let subject = Sentences.lowercasedFirst(sentence.text(start..<finite))
      return subject + " that " + sentence.text(finite..<(verb - 1))
    }
    return Sentences.lowercasedFirst(sentence.text(start..<verb))
  }

  /// "Economists call this inverse relationship between price and quantity demanded the law
  /// of demand.": what "this" names in the sentence itself, and the name it is called.
  static func callThis(_ input: RuleInput) -> Definition? {
    let sentence = input.analysis
    // "call this inverse relationship … the law of demand", "called the communal beliefs …
    // of a society the collective conscience".
    guard
      let call = (0..<sentence.count).first(where: {
        ["call", "calls", "called"].contains(sentence.word($0))
          && ["this", "these", "that", "the"].contains(sentence.word($0 + 1))
          && [.adj, .noun].contains(sentence.tag($0 + 2))
      })
    else { return nil }
    // The name: the last noun phrase, opened by "the" or "a", ending the sentence.
    var end = sentence.count
    while end > call, [".", "!", "\"", "'"].contains(sentence.word(end - 1)) { end -= 1 }
    guard
      let opening = stride(from: end - 1, to: call + 3, by: -1).first(where: {
        ["the", "a", "an"].contains(sentence.word($0))
      }), end - opening >= 2, end - opening <= 6,
      let name = TermSpan.name(opening..<end, sentence)
    else { return nil }
    let described = sentence.text((call + 2)..<opening)
    guard Lexicon.words(described).count >= 3 else { return nil }
    var definition = DefiningPatterns.make(
      term: name, text: "the " + described, pattern: .reverse, sentence: input.text,
      input.context)
    definition.article = TermSpan.article(opening..<end, sentence)
    return definition
  }

  /// "a part of a natural ecosystem that can be used for experiments" before ", termed X":
  /// a noun phrase and the relative clause that ends at `end`, when one does.
  static func describedWithClause(endingBefore end: Int, _ sentence: SentenceAnalysis)
    -> String?
  {
    guard
      let relative = (max(0, end - 10)..<end).last(where: {
        ["that", "which", "who"].contains(sentence.word($0))
      }),
      !(relative..<end).contains(where: { [",", ";", "("].contains(sentence.word($0)) }),
      let head = sentence.nounPhrase(endingBefore: relative),
      sentence.tag(head.lowerBound - 1) != .adp
        || processPrepositions.contains(sentence.word(head.lowerBound - 1))
    else { return nil }
    return Sentences.lowercasedFirst(sentence.text(head.lowerBound..<end))
  }

  /// True when the named class is a process, state or method ("a process", "a reaction",
  /// "a condition"), which a clause can happen by or in; not "specialized cells".
  static func isEvent(_ named: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
    let head = sentence.word(named.upperBound - 1)
    return Self.eventNouns.contains(head)
      || ["ion", "sis", "ment", "ance", "ence", "ing"].contains { head.hasSuffix($0) }
  }

  /// Nouns that name something that happens or holds, not a thing.
  static let eventNouns: Set<String> = [
    "process", "mechanism", "method", "reaction", "pathway", "technique", "procedure",
    "phenomenon", "state", "condition", "response", "effect", "cycle", "event", "change",
    "phase", "stage", "step", "way", "manner", "strategy", "behavior", "behaviour",
  ]

  /// The last noun phrase before `end` whose head is `noun` (in either number), with the
  /// phrases it is "of": what "this region" points back to.
  static func antecedent(of noun: String, before end: Int, _ sentence: SentenceAnalysis)
    -> String?
  {
    let head = Inflection.singular(noun)
    guard
      let chunk = sentence.chunks.last(where: {
        $0.upperBound <= end && Inflection.singular(sentence.word($0.upperBound - 1)) == head
      })
    else { return nil }
    var upper = chunk.upperBound
    while sentence.word(upper) == "of", let next = sentence.chunk(startingAt: upper + 1),
      next.upperBound <= end
    {
      upper = next.upperBound
    }
    return Sentences.lowercasedFirst(sentence.text(chunk.lowerBound..<upper))
  }

  /// "… by a process known as osmosis" → "a process by which …"; "Enzymes called kinases add
  /// …" → "enzymes that add …"; "… release proteins called cytokines that signal …" →
  /// "proteins that signal …".
  static func classMeaning(
    _ sentence: SentenceAnalysis, class named: Range<Int>, termEnd: Int, apposed: Bool = false
  ) -> String? {
    let className = Sentences.lowercasedFirst(sentence.text(named))
    var after = termEnd
    if sentence.word(after) == "(", let close = sentence.index(of: ")", from: after) {
      after = close + 1
    }
    if sentence.word(after) == "," { after += 1 }
    // "Organisms called psychrotrophs, also known as psychrotolerant, prefer …": past the
    // other name.
    if sentence.word(after) == "also", let comma = sentence.index(of: ",", from: after) {
      after = comma + 1
    }
    let relative = ["that", "which", "who"].contains(sentence.word(after))
    let start = sentence.subjectStart
    if apposed { return className }
    // "a major extension from the soma known as the axon": the name belongs to the whole
    // phrase, not to the noun after its preposition.
    let before = named.lowerBound - 1
    if sentence.tag(before) == .adp, !Self.processPrepositions.contains(sentence.word(before)),
      [.noun, .propn].contains(sentence.tag(before - 1))
    {
      return nil
    }
    if named.lowerBound == start {
      // The named phrase is the subject: what the sentence says of it defines it.
      guard [.verb, .aux].contains(sentence.tag(after)) || relative else { return nil }
      let predicate = sentence.rest(from: relative ? after + 1 : after)
      return className + " that " + predicate
    }
    if relative { return className + " " + sentence.rest(from: after) }
    if sentence.tag(before) == .adp, before > start, Self.isEvent(named, sentence) {
      // "… by a process known as osmosis": the clause says what the process does; not when
      // it lists several things that happen ("drift away, are broken down, or are
      // reabsorbed in a process known as reuptake").
      let listed = (start..<before).contains { index in
        sentence.word(index) == "," && sentence.tag(index + 1) == .cconj
      }
      guard !listed else { return nil }
      let clause = Sentences.lowercasedFirst(sentence.text(start..<before))
      return className + " " + sentence.word(before) + " which " + clause
    }
    // "The pancreas releases hormones called …": the object of the sentence's own verb, not
    // of a participle ("has branching extensions known as dendrites").
    let word = sentence.word(before)
    if sentence.tag(before) == .verb, before > start, !word.hasSuffix("ing"), !word.hasSuffix("ed")
    {
      return className + " that " + Sentences.lowercasedFirst(sentence.text(start..<(before + 1)))
    }
    // "… an outer coat known as the testa": the class alone, when it says more than a word.
    return named.count >= 2 ? className : nil
  }
}
