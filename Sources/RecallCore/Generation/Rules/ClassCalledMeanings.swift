/// What a term named by "called" or "known as" means: the subject, the clause or the class
/// the naming words point back to.
extension ClassCalledRule {
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
      // "These pairs of reactions are called …": without what "these" points at, a bare
      // "pairs of reactions" tells nothing; a phrase with its own verb ("this attempt to
      // understand the mind") does.
      guard (start + 2..<verb).contains(where: { [.verb, .aux].contains(sentence.tag($0)) })
      else { return nil }
      let rest = sentence.text((start + 1)..<verb)
      let singular = first == "this" || first == "that"
      return singular ? Lexicon.indefiniteArticle(for: rest) + " " + rest : rest
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
    // ("give rise to a plant called a sporophyte" is a verb and its object.)
    let phrasalVerb =
      sentence.word(before - 1) == "rise"
      && ["give", "gives", "gave", "giving", "given"].contains(sentence.word(before - 2))
    if sentence.tag(before) == .adp, !Self.processPrepositions.contains(sentence.word(before)),
      [.noun, .propn].contains(sentence.tag(before - 1)), !phrasalVerb
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
      // "If a particle … strikes our atmosphere, it produces a much brighter trail called a
      // fireball": the condition says when, the pronoun's clause nothing more.
      if ["if", "when", "whenever", "once"].contains(sentence.word(start)),
        let comma = (start..<before).last(where: { sentence.word($0) == "," }),
        Lexicon.pronouns.contains(sentence.word(comma + 1))
      {
        return className + " (" + Sentences.lowercasedFirst(sentence.text(start..<comma)) + ")"
      }
      return className + " that " + Sentences.lowercasedFirst(sentence.text(start..<(before + 1)))
    }
    // "… an outer coat known as the testa": the class alone, when it says more than a word.
    return named.count >= 2 ? className : nil
  }
}
