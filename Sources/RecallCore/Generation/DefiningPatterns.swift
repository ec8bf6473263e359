import Foundation

/// Where a sentence stands, for the definitions found in it.
struct SentenceContext {
  var section: [String]
  var group: String?
  var line: Int
  var bold: [String]
  var previous: String?
  var heading: String?
  /// The words and tags of the sentence before, when there is one.
  var previousAnalysis: SentenceAnalysis? = nil
  /// The term of the list item the sentence stands in, if any.
  var owner: String? = nil
}

/// The definitions one sentence gives, and why it gave none if it looked like it should.
struct SentenceFindings {
  var definitions: [Definition] = []
  var rejection: Rejection?
}

/// Recognises the ways a sentence defines a term.
enum DefiningPatterns {
  static let copulaVerbs = [
    " is defined as ", " are defined as ", " refers to ", " refer to ", " represents ",
    " represent ", " means ", " denotes ", " is ", " are ", " occurs when ", " occur when ",
    " happens when ", " happen when ",
  ]
  static let reverseMarkers = [
    " is known as ", " are known as ", " is called ", " are called ", " is termed ",
    " are termed ", " is referred to as ", " are referred to as ", " is what we call ",
    "we call this ", "we call these ", "we call them ", " call this ", " calls this ",
    " call these ", " call it ", " calls it ", " are collectively known as ",
    " is collectively known as ", " are commonly known as ", " is commonly known as ",
    " are commonly called ", " is commonly called ", " are often called ", " is often called ",
    " are usually called ", " is usually called ", " are collectively called ",
  ]

  static func make(
    term: String, text: String, pattern: Definition.Pattern, sentence: String,
    _ context: SentenceContext, isAdjective: Bool = false
  ) -> Definition {
    Definition(
      term: TermText.clean(term, in: sentence), aliases: [], abbreviation: nil,
      text: Sentences.withoutFinalPunctuation(MeaningText.tidy(text).trimmingSpaces),
      sentence: sentence,
      properties: [], section: context.section, group: context.group, line: context.line,
      pattern: pattern, isAdjective: isAdjective)
  }

  // MARK: - Term is …

  /// "Term is / are / refers to / represents / means …".
  ///
  /// `opensNounPhrase` tells, from the sentence's tags, whether a complement (a suffix of the
  /// sentence) starts with a noun phrase ("signaling molecules secreted by …"), which
  /// defines whatever its first word looks like.
  static func copula(
    _ sentence: String, _ context: SentenceContext,
    opensNounPhrase: (String) -> Bool = { _ in false }
  ) -> Result<Definition, Rejection>? {
    // "It's the total amount …" reads as "It is the total amount …".
    for contraction in ["It's ", "They're "] where sentence.hasPrefix(contraction) {
      let full = contraction == "It's " ? "It is " : "They are "
      return copula(full + sentence.dropFirst(contraction.count), context)
    }
    if let named = namedTerm(sentence, context) ?? describesDefinition(sentence, context)
      ?? dashedDefinition(sentence, context) ?? anythingThat(sentence, context)
    {
      return .success(named)
    }
    guard let (verb, range) = firstVerb(in: sentence) else { return nil }
    var subject = String(sentence[..<range.lowerBound]).trimmingSpaces
    // "The User Datagram Protocol (UDP), on the other hand, is …": the aside is not the subject.
    for aside in interjections where subject.lowercased().hasSuffix(aside) {
      subject = String(subject.dropLast(aside.count)).trimmingSpaces
    }
    var aliases: [String] = []
    // "Stomata (singular: stoma) are …", "A caldera (from Latin caldaria) is …": asides, not
    // part of the name; "A repository (or repo) is …": another name.
    let (bare, named) = withoutAsides(subject)
    subject = bare
    aliases += named
    var complement = String(sentence[range.upperBound...]).trimmingSpaces
    // "A dormant volcano is …, while an extinct volcano is …": the second half is its own.
    for joiner in [", while ", ", whereas "] {
      if let cut = complement.range(ofASCII: joiner) {
        complement = String(complement[..<cut.lowerBound])
      }
    }
    // "A merge conflict occurs when two branches …": a definition by circumstance.
    if verb.hasSuffix(" when ") { complement = "when " + complement }
    // "An active volcano is one that has erupted …" → "a volcano that has erupted …", "An
    // elastic demand is one in which …" → "a demand in which …", "Conventional crowds are
    // those who …" → "crowds who …": the term's head noun for the pronoun.
    let pronounPhrase = complement.split(separator: " ", maxSplits: 2)
    if pronounPhrase.count == 3, pronounPhrase[0] == "one" || pronounPhrase[0] == "those",
      pronounRelatives.contains(pronounPhrase[1])
        || (Lexicon.prepositions.contains(String(pronounPhrase[1]))
          && ["which", "whom"].contains(pronounPhrase[2].prefix { $0 != " " }))
    {
      let head = TermText.head(subject).lowercased()
      let article = pronounPhrase[0] == "those" ? "" : Lexicon.indefiniteArticle(for: head) + " "
      complement = article + head + " " + pronounPhrase[1] + " " + pronounPhrase[2]
    }
    // "Mitigation simply means …": the adverb belongs to the verb.
    if let last = subject.split(separator: " ").last,
      Lexicon.hedges.contains(last.lowercased()), subject.split(separator: " ").count > 1
    {
      subject = String(subject.dropLast(last.count)).trimmingSpaces
    }
    let (withoutOtherNames, otherNames) = splitOtherNames(subject)
    subject = withoutOtherNames
    aliases += otherNames
    // "These microRNAs are short RNA molecules that …": the demonstrative points back to a
    // technical term the sentence goes on to define (not "These cells are …"); the subject is
    // read without it and judged as any other.
    let subjectWords = Lexicon.words(subject)
    if let opening = subjectWords.first, ["this", "these"].contains(opening),
      (2...4).contains(subjectWords.count), let common = CommonWords.shipped,
      subjectWords.dropFirst().contains(where: { common.isTechnical($0) }),
      opensNounPhrase(complement),
      complement.range(of: " that ") != nil || complement.range(of: " which ") != nil
    {
      subject = String(subject.drop(while: { $0 != " " })).trimmingSpaces
    }
    let (name, abbreviation) = splitAbbreviation(subject)
    let words = Lexicon.words(name)
    guard let first = words.first else { return nil }
    let isBold = context.bold.contains { bold in
      bold.caseInsensitiveCompare(name) == .orderedSame
        || splitAbbreviation(bold).0.caseInsensitiveCompare(name) == .orderedSame
    }
    if !isBold {
      if subject.contains(",") { return .failure(.clauseBeforeVerb) }
      if Lexicon.pronouns.contains(first) {
        if let resolved = pronounDefinition(
          first, words: words, complement: complement, verb: verb, sentence, context)
        {
          return .success(resolved)
        }
        return .failure(.pronounSubject(first))
      }
      if words.count > 6 { return .failure(.subjectTooLong) }
      // "the oak tree outside your window": one thing, not a term.
      if words.contains(where: { ["your", "my", "our", "their", "his", "her"].contains($0) }) {
        return .failure(.particularThing(name))
      }
      let content = Lexicon.articles.contains(first) ? Array(words.dropFirst()) : words
      // "The deadliest is …", "The most common is …": a ranking, not a name.
      if let head = content.first, content.count <= 2,
        (CommonWords.shipped?.isSuperlative(head) ?? (head.hasSuffix("est") && head.count > 5))
          || ["most", "least", "best", "worst"].contains(head)
      {
        return .failure(.superlative)
      }
      if let head = content.first, content.count > 1, head.hasSuffix("ing"), head.count > 5,
        !Lexicon.ingNouns.contains(head)
      {
        return .failure(.activitySubject(head))
      }
      // "The main goal is …", "The rest of the cells are …" (but "Second messengers are …").
      if let head = content.prefix(while: { $0 != "of" }).last,
        Lexicon.genericHeads.contains(head)
      {
        return .failure(.aboutATerm)
      }
      if Lexicon.prepositions.contains(first) {
        return .failure(.prepositionSubject)
      }
    }
    if let reason = complementProblem(
      complement, verb: verb, opensNounPhrase: opensNounPhrase(complement))
    {
      return .failure(reason)
    }
    var text = complement
    // "Herd immunity means that so many people …" → "When so many people …".
    if verb == " means ", text.hasPrefix("that ") { text = "when " + text.dropFirst(5) }
    var definition = make(
      term: name, text: text, pattern: .copula, sentence: sentence, context)
    definition.article = Lexicon.articles.contains(first) ? first : nil
    definition.aliases = aliases.filter { !$0.isEmpty }
    definition.abbreviation = abbreviation
    return .success(definition)
  }

  /// "Modern networks rely on **packet switching** instead. It is a method of …": a lone
  /// "it" or "they" defining the one bold phrase of the sentence before.
  static func pronounDefinition(
    _ pronoun: String, words: [String], complement: String, verb: String, _ sentence: String,
    _ context: SentenceContext
  ) -> Definition? {
    guard words.count == 1, pronoun == "it" || pronoun == "they", verb == " is " || verb == " are "
    else { return nil }
    guard let previous = context.previous else {
      return faqAnswer(pronoun, complement: complement, verb: verb, sentence, context)
    }
    // "And what do they mean by a carbon footprint? It's the total amount …".
    if previous.hasSuffix("?"), let by = previous.range(ofASCII: " mean by ", ignoringCase: true) {
      let question = SentenceContext(
        section: context.section, group: context.group, line: context.line, bold: context.bold,
        previous: nil, heading: "What is " + previous[by.upperBound...])
      if let found = faqAnswer(pronoun, complement: complement, verb: verb, sentence, question) {
        return found
      }
    }
    let bolds = context.bold.filter { previous.contains($0) && !sentence.contains($0) }
    guard bolds.count == 1, let bold = bolds.first,
      let opening = Lexicon.words(complement).first, opening == "a" || opening == "an",
      complementProblem(complement, verb: verb) == nil,
      Lexicon.isPlural(bold) == (pronoun == "they")
    else { return nil }
    return make(
      term: bold, text: complement, pattern: .copula, sentence: previous + " " + sentence,
      context)
  }

  /// The relative words after "one" or "those" in "one that has erupted …".
  private static let pronounRelatives: Set<Substring> = ["that", "which", "who"]

  /// Words after a comma that end a list of adjectives ("meaning", "but", "which").
  private static let adjectiveListStops: Set<String> = [
    "meaning", "capable", "able", "but", "which", "that", "making", "so", "because", "though",
    "although", "while", "who", "where", "whereas", "yet", "not", "unlike", "like",
  ]

  /// True when a complement's first words are a list of adjectives that ends in a noun:
  /// "yellow, orange, and red accessory pigments", "flattened, disc-shaped sacs of membrane"
  /// (a definition), not "pluripotent, meaning …" or "powerful, but …" (a property).
  static func continuesIntoANoun(_ complement: String) -> Bool {
    let segments = complement.prefix { !".;(".contains($0) }.split(separator: ",").dropFirst()
    for segment in segments {
      var words = Lexicon.words(segment)
      if let first = words.first, first == "and" || first == "or" { words.removeFirst() }
      // "gently sloping volcanoes": an adverb before the adjective.
      var adverb = false
      while let first = words.first, first.hasSuffix("ly"), words.count > 2 {
        words.removeFirst()
        adverb = true
      }
      guard let first = words.first else { return false }
      if adjectiveListStops.contains(first) || Lexicon.pronouns.contains(first)
        || (first.hasSuffix("ing") && !adverb)
        || first.hasSuffix("ly") || Lexicon.articles.contains(first)
        || Lexicon.prepositions.contains(first)
      {
        return false
      }
      if words.count >= 2 { return true }
    }
    return false
  }

  /// Under a heading "What Is a Credit Score?", a paragraph opening "It is a three-digit
  /// number …" defines the heading's term.
  static func faqAnswer(
    _ pronoun: String, complement: String, verb: String, _ sentence: String,
    _ context: SentenceContext
  ) -> Definition? {
    guard let heading = context.heading, heading.hasSuffix("?") else { return nil }
    var words = heading.dropLast().split(separator: " ").map(String.init)
    guard words.count >= 3, words[0].lowercased() == "what",
      ["is", "are"].contains(words[1].lowercased())
    else { return nil }
    words.removeFirst(2)
    if let first = words.first, Lexicon.articles.contains(first.lowercased()) {
      words.removeFirst()
    }
    let term = words.joined(separator: " ")
    guard (1...5).contains(words.count), Lexicon.isPlural(term) == (pronoun == "they"),
      let opening = Lexicon.words(complement).first, Lexicon.articles.contains(opening),
      complementProblem(complement, verb: verb) == nil
    else { return nil }
    return make(
      term: term, text: complement, pattern: .copula, sentence: heading + " " + sentence, context)
  }

  /// `subject` without its parenthetical asides, and the other names some of them give:
  /// "(or repo)", "(also called composite volcanoes)" name; "(singular: stoma)", "(from Latin
  /// caldaria, "cooking pot")", "(pl. …)" are dropped. An abbreviation stays for the caller.
  static func withoutAsides(_ subject: String) -> (String, [String]) {
    guard subject.contains("(") else { return (subject, []) }
    var text = subject
    var names: [String] = []
    var search = text.startIndex
    while let open = text[search...].firstIndex(of: "("),
      let close = text[open...].firstIndex(of: ")")
    {
      let inside = text[text.index(after: open)..<close].trimmingSpaces
      let lower = inside.lowercased()
      var drop = false
      for marker in Lexicon.otherNameLeads + ["or "] where lower.hasPrefix(marker) {
        names.append(TermText.clean(inside.dropFirst(marker.count)))
        drop = true
      }
      let asides = [
        "singular", "plural", "sing.", "pl.", "from ", "latin", "greek", "literally", "lit.",
        "also spelled", "also written", "see ",
      ]
      if asides.contains(where: lower.hasPrefix) { drop = true }
      if drop {
        text =
          (text[..<open].trimmingSpaces + " " + text[text.index(after: close)...])
          .trimmingSpaces
        search = text.startIndex
      } else {
        search = text.index(after: close)
      }
    }
    return (text.replacingOccurrences(of: " ,", with: ","), names)
  }

  /// "Net zero - the point at which emissions are balanced by removals - is …": a definition
  /// set between dashes after the term that opens the sentence.
  static func dashedDefinition(_ sentence: String, _ context: SentenceContext) -> Definition? {
    guard let open = sentence.range(ofASCII: " - "),
      let close = sentence[open.upperBound...].range(ofASCII: " - ")
    else { return nil }
    let term = sentence[..<open.lowerBound]
    let text = String(sentence[open.upperBound..<close.lowerBound])
    let words = Lexicon.words(term)
    guard (1...4).contains(words.count), let first = words.first,
      !Lexicon.pronouns.contains(first), !Lexicon.prepositions.contains(first),
      !term.contains(","), let opening = Lexicon.words(text).first,
      Lexicon.articles.contains(opening), Lexicon.words(text).count >= 4,
      complementProblem(text, verb: " is ") == nil
    else { return nil }
    return make(term: String(term), text: text, pattern: .copula, sentence: sentence, context)
  }

  /// "Anything that absorbs more carbon than it releases is a carbon sink.": the term last.
  static func anythingThat(_ sentence: String, _ context: SentenceContext) -> Definition? {
    guard sentence.hasPrefix("Anything that ") || sentence.hasPrefix("Something that "),
      let range = sentence.range(ofASCII: " is a")
    else { return nil }
    var term = String(sentence[range.upperBound...])
    if term.hasPrefix("n ") {
      term.removeFirst(2)
    } else if term.hasPrefix(" ") {
      term.removeFirst()
    } else {
      return nil
    }
    term = Sentences.withoutFinalPunctuation(term)
    guard (1...4).contains(Lexicon.words(term).count), !term.contains(",") else { return nil }
    let text = Sentences.lowercasedFirst(String(sentence[..<range.lowerBound]))
    var definition = make(term: term, text: text, pattern: .reverse, sentence: sentence, context)
    definition.article = "a"
    return definition
  }

  /// "Net pay, also known as take-home pay" → ("Net pay", ["take-home pay"]).
  static func splitOtherNames(_ subject: String) -> (String, [String]) {
    var subject = subject
    var names: [String] = []
    for marker in Lexicon.otherNameMarkers {
      if let split = subject.range(ofASCII: marker, ignoringCase: true) {
        names.append(TermText.clean(subject[split.upperBound...]))
        subject = String(subject[..<split.lowerBound])
      }
    }
    return (subject, names)
  }

  /// The definitions of a sentence that defines several terms in turn, split before each
  /// part that opens with a short subject and "are"/"is"; empty unless two or more define.
  static func listedDefinitions(_ sentence: String, _ context: SentenceContext) -> [Definition] {
    let verbs = [" are ", " is "]
    // Two verbs at least, found without splitting the sentence (this runs on every one).
    var count = 0
    for verb in verbs {
      var rest = Substring(sentence)
      while count < 2, let range = rest.range(ofASCII: verb) {
        count += 1
        rest = rest[range.upperBound...]
      }
    }
    guard count >= 2, sentence.containsASCII(", ") else { return [] }
    var clauses: [String] = []
    for part in sentence.components(separatedBy: ", ") {
      let trimmed = part.hasPrefix("and ") ? String(part.dropFirst(4)) : part
      let opensClause = verbs.contains { verb in
        guard let range = trimmed.range(ofASCII: verb) else { return false }
        let subject = trimmed[..<range.lowerBound]
        return (1...5).contains(Lexicon.words(subject).count) && !subject.contains(",")
      }
      if opensClause || clauses.isEmpty {
        clauses.append(trimmed)
      } else {
        clauses[clauses.count - 1] += ", " + part
      }
    }
    guard clauses.count >= 2 else { return [] }
    let found = clauses.compactMap { clause -> Definition? in
      guard case .success(var definition)? = copula(Sentences.capitalizedFirst(clause), context)
      else { return nil }
      definition.sentence = sentence
      return definition
    }
    return found.count >= 2 ? found : []
  }

  /// Asides that may stand between a subject and its verb.
  static let interjections = [
    ", on the other hand,", ", however,", ", in turn,", ", by contrast,", ", in contrast,",
    ", for example,", ", for instance,", ", in short,", ", in other words,",
  ]

  /// "The term X describes …", "The word X means …".
  static func namedTerm(_ sentence: String, _ context: SentenceContext) -> Definition? {
    for lead in ["The term ", "The word "] where sentence.hasPrefix(lead) {
      let start = sentence.index(sentence.startIndex, offsetBy: lead.count)
      for verb in [
        " describes ", " refers to ", " means ", " denotes ", " is used for ",
        " is used to describe ", " is used to refer to ",
      ] {
        // "The term refers to …" names no term: the verb overlaps the lead.
        guard let range = sentence.range(ofASCII: verb), range.lowerBound >= start else {
          continue
        }
        let term = sentence[start..<range.lowerBound]
        let words = Lexicon.words(term)
        guard (1...5).contains(words.count), !term.contains(",") else { return nil }
        let text = String(sentence[range.upperBound...])
        guard complementProblem(text, verb: verb) == nil else { return nil }
        return make(
          term: String(term), text: text, pattern: .copula, sentence: sentence, context)
      }
    }
    return nil
  }

  /// "Diversification describes spreading your money …": a field or process word, or a bold
  /// one, followed by "describes" defines it (a document or a person describing does not).
  static func describesDefinition(_ sentence: String, _ context: SentenceContext) -> Definition? {
    guard let range = sentence.range(ofASCII: " describes ") else { return nil }
    var subject = String(sentence[..<range.lowerBound]).trimmingSpaces
    // "Climate anxiety - also known as eco-anxiety - describes …".
    let (named, aliases) = splitOtherNames(subject)
    subject = named
    // "An *absorption spectrum* describes …": an article before a stressed term.
    if let first = Lexicon.words(subject).first, Lexicon.articles.contains(first) {
      let rest = withoutArticle(subject)
      guard context.bold.contains(where: { $0.caseInsensitiveCompare(rest) == .orderedSame })
      else { return nil }
      subject = rest
    }
    let words = Lexicon.words(subject)
    let isBold = context.bold.contains { $0.caseInsensitiveCompare(subject) == .orderedSame }
    guard (1...3).contains(words.count), !subject.contains(","),
      let first = words.first, !Lexicon.articles.contains(first),
      !Lexicon.pronouns.contains(first), !words.contains(where: Lexicon.genericHeads.contains),
      isBold || Lexicon.isMassNoun(subject)
    else { return nil }
    let text = String(sentence[range.upperBound...])
    guard Lexicon.words(text).count >= 3 else { return nil }
    var definition = make(term: subject, text: text, pattern: .copula, sentence: sentence, context)
    definition.aliases = aliases
    return definition
  }

  static func firstVerb(in sentence: String) -> (String, Range<String.Index>)? {
    var best: (String, Range<String.Index>)?
    for verb in copulaVerbs {
      if let range = sentence.range(ofASCII: verb),
        best.map({ range.lowerBound < $0.1.lowerBound }) ?? true
      {
        best = (verb, range)
      }
    }
    return best
  }

  /// Why a complement describes rather than defines, or nil when it defines.
  static func complementProblem(
    _ complement: String, verb: String, opensNounPhrase: Bool = false
  ) -> Rejection? {
    let words = Lexicon.words(complement)
    guard let first = words.first else { return .nothingAfterVerb }
    // "… is an autotroph." names a class and says nothing of what it is.
    if words.count <= 2, Lexicon.articles.contains(first) {
      return .onlyNamesClass(complement.trimmingSpaces)
    }
    guard verb == " is " || verb == " are " else { return nil }
    // "the best-known example", "another kind of misfire": a comparison, not a definition.
    if first == "another" || words.prefix(4).contains("example") {
      return .compares(words.prefix(3).joined(separator: " "))
    }
    // "the largest active shield volcano on Earth": a ranking, not a definition.
    if first == "the", words.count > 2,
      (words[1].hasSuffix("est") && words[1].count > 5)
        || ["most", "least", "best", "worst"].contains(words[1])
    {
      return .compares("the \(words[1])")
    }
    // "Ionic solids are also poor conductors …", "X is not a …": one more fact about the
    // subject, or what it is not, is no definition (but "is also called Y" names it).
    // "cells are continually balancing catabolism with anabolism": a verb in progress, not
    // a noun phrase, whatever the tagger made of it.
    if first.hasSuffix("ly"), words.count > 1, words[1].hasSuffix("ing") {
      return .describes(first)
    }
    if ["also", "not", "never"].contains(first), words.count > 1,
      !["called", "known", "termed", "named", "referred", "defined"].contains(words[1])
    {
      return .describes(first)
    }
    if Lexicon.articles.contains(first) || opensNounPhrase { return nil }
    // "any molecule … that the immune system can recognise": a class, defined.
    if first == "any", words.count >= 3 { return nil }
    // "one of several points in the cell cycle at which …": a member of a class, said which;
    // not "one of the most important …", a ranking.
    if first == "one", words.count >= 5, words[1] == "of",
      ["several", "many", "the", "a", "two", "three", "four", "five"].contains(words[2]),
      !["most", "best", "largest", "main", "first"].contains(words[3])
    {
      // "one of the nucleotides in RNA" says which class, not which one of it.
      let relative: Set<String> = ["that", "which", "who", "where", "whereby", "whose"]
      return words.contains(where: relative.contains) ? nil : .onlyNamesClass(complement)
    }
    // "is involved in processing emotion", "is located along …": what it does or where.
    if CopulaRule.rolePhrases.contains(first), words.count >= 5,
      Lexicon.prepositions.contains(words[1])
    {
      return nil
    }
    if Lexicon.predicateStarts.contains(first) || first.hasSuffix("ly") {
      return .describes(first)
    }
    if first.hasSuffix("ing") { return .action }
    // "classified by …", "classified mainly by …" (but "composed of …", "made up of …" say
    // what the thing is made of).
    let next = words.dropFirst().first { !$0.hasSuffix("ly") }
    if first.hasSuffix("ed") || Lexicon.participles.contains(first), let next,
      Lexicon.prepositions.contains(next),
      !["composed", "made", "comprised", "characterized", "characterised"].contains(first)
    {
      return .passive("\(first) … \(next) …")
    }
    let clause = complement.prefix { !",.;(".contains($0) }
    let clauseWords = Lexicon.words(clause)
    // "thick and sticky, so gas cannot escape": two properties.
    if clauseWords.count == 3 && (clauseWords[1] == "and" || clauseWords[1] == "or")
      || (clauseWords.count <= 5 && clauseWords.dropFirst().first == "and"
        && !continuesIntoANoun(complement))
    {
      return .onlyProperties(clause.trimmingSpaces)
    }
    if clause.split(separator: " ").count <= 2, !continuesIntoANoun(complement) {
      return .onlyProperty(clause.trimmingSpaces)
    }
    return nil
  }

  /// "Embryonic Stem Cells (ESCs)" → ("Embryonic Stem Cells", "ESCs").
  /// `text` without a leading "the", "a" or "an".
  static func withoutArticle(_ text: String) -> String {
    let words = text.split(separator: " ", maxSplits: 1)
    guard words.count == 2, Lexicon.articles.contains(words[0].lowercased()) else { return text }
    return String(words[1])
  }

  /// "Natural killer (NK) cells" → ("Natural killer cells", "NK cells").
  static func splitAbbreviation(_ text: String) -> (String, String?) {
    let trimmed = text.trimmingSpaces
    if !trimmed.hasSuffix(")"), let open = trimmed.firstIndex(of: "("),
      let close = trimmed[open...].firstIndex(of: ")")
    {
      let before = String(trimmed[..<open]).trimmingSpaces
      let inside = String(trimmed[trimmed.index(after: open)..<close])
      let after = String(trimmed[trimmed.index(after: close)...]).trimmingSpaces
      let afterWords = after.split(separator: " ")
      if (1...2).contains(afterWords.count), after.allSatisfy({ $0.isLetter || $0 == " " }),
        Abbreviations.looksLikeAbbreviation(inside),
        Abbreviations.abbreviates(inside, withoutArticle(before))
      {
        return (before + " " + after, inside + " " + after)
      }
      return (trimmed, nil)
    }
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else {
      return (trimmed, nil)
    }
    let inside = String(
      trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
    let name = String(trimmed[..<open]).trimmingSpaces
    guard Abbreviations.looksLikeAbbreviation(inside), !name.isEmpty else { return (trimmed, nil) }
    return (name, inside)
  }

  // MARK: - … is known as Term

  /// With `ownClause`, `sentence` is one clause of a longer one: a clause whose subject is a
  /// pronoun ("once it erupts it is known as lava") is left alone.
  static func reverseForm(_ sentence: String, _ context: SentenceContext, ownClause: Bool = false)
    -> Definition?
  {
    // Every marker holds one of these: one pass each instead of one per marker.
    guard
      ["known as", "call", "termed", "referred to"].contains(where: {
        sentence.range(ofASCII: $0, ignoringCase: true) != nil
      })
    else { return nil }
    for marker in reverseMarkers {
      guard let range = sentence.range(ofASCII: marker, ignoringCase: true) else { continue }
      let after = sentence[range.upperBound...]
      let termText: String
      if let bold = context.bold.first(where: { after.hasPrefix($0) }) {
        termText = bold
      } else {
        termText = String(after.prefix { !",.;:(".contains($0) })
      }
      let (name, abbreviation) = splitAbbreviation(termText)
      let term = TermText.clean(name)
      guard TermText.junkReason(term) == nil else { continue }
      var before = String(sentence[..<range.lowerBound]).trimmingSpaces
      var source = sentence
      if let semicolon = before.lastIndex(of: ";"),
        Lexicon.pronouns.contains(Lexicon.words(before[semicolon...]).first ?? "")
      {
        before = String(before[..<semicolon])
      }
      if let antecedent = antecedent(of: before) { before = antecedent }
      // "… sits an intermediate layer, which is called the staging area": the layer.
      for relative in [", which", ", that", " which"] where before.hasSuffix(relative) {
        let clause = String(before.dropLast(relative.count))
        if let found = articled(before: clause), found.abbreviation == nil {
          let article =
            found.article == "the" ? "the" : Lexicon.indefiniteArticle(for: found.phrase)
          before = article + " " + found.phrase
        }
      }
      for joiner in [", and", "; and", ","] where before.hasSuffix(joiner) {
        before = String(before.dropLast(joiner.count))
      }
      let firstWord = Lexicon.words(before).first ?? ""
      if ownClause, before.isEmpty || Lexicon.pronouns.contains(Lexicon.words(before).last ?? "") {
        return nil
      }
      // "Scientists call this the greenhouse effect.": what "this" is stands before.
      let pointsBack = marker.hasPrefix(" call")
      if before.isEmpty || Lexicon.pronouns.contains(firstWord) || firstWord == "we" || pointsBack {
        guard let previous = context.previous else { continue }
        before = previous
        source = previous + " " + sentence
      }
      let text = Sentences.lowercasedFirst(withoutConnective(before))
      var definition = make(term: term, text: text, pattern: .reverse, sentence: source, context)
      definition.abbreviation = abbreviation
      let article = Lexicon.words(termText).first ?? ""
      definition.article = Lexicon.articles.contains(article) ? article : nil
      return definition
    }
    return nil
  }

  /// What "this region" or "these" points back to at the end of `text`: "…locks onto a small
  /// region of the antigen's surface, and this region" → "a small region of the antigen's
  /// surface"; "A small group of cells stays behind, however, and these" → "A small group of
  /// cells stays behind". Nil when `text` does not end so.
  static func antecedent(of text: String) -> String? {
    var found: (Range<String.Index>, String)?
    for marker in [", and this ", ", and these "] {
      if let range = text.range(of: marker, options: .backwards) {
        let rest = text[range.upperBound...]
        if rest.split(separator: " ").count <= 1 { found = (range, String(rest)) }
      }
    }
    if found == nil, text.hasSuffix(", and these") {
      found = (
        text.range(of: ", and these", options: .backwards) ?? text.endIndex..<text.endIndex, ""
      )
    }
    guard let (range, head) = found else { return nil }
    var clause = String(text[..<range.lowerBound]).trimmingSpaces
    for aside in [", however", ", though", ", too"] where clause.lowercased().hasSuffix(aside) {
      clause = String(clause.dropLast(aside.count))
    }
    let noun = head.lowercased().trimmingSpaces
    guard !noun.isEmpty else { return clause }
    let words = clause.split(separator: " ").map(String.init)
    guard
      let at = words.lastIndex(where: {
        let word = $0.lowercased()
        return word == noun || word == noun + "s" || word + "s" == noun
      })
    else { return clause }
    var start = at
    while start > 0, at - start < 4, !Lexicon.articles.contains(words[start].lowercased()) {
      start -= 1
    }
    guard Lexicon.articles.contains(words[start].lowercased()) else { return clause }
    return words[start...].joined(separator: " ")
  }

  /// Words and phrases that open a sentence and link it to the one before.
  static let connectives: Set<String> = [
    "however", "similarly", "likewise", "also", "thus", "therefore", "in addition",
    "by contrast", "in contrast", "in short", "in other words", "for example", "moreover",
    "furthermore", "then", "finally", "first", "second", "in general", "generally",
  ]

  /// The text without an opening connective: "Similarly, the amount …" → "the amount …".
  static func withoutConnective(_ text: String) -> String {
    guard let comma = text.firstIndex(of: ","), text.distance(from: text.startIndex, to: comma) < 20
    else { return text }
    let word = text[..<comma].lowercased()
    guard connectives.contains(word) || (word.hasSuffix("ly") && !word.contains(" ")) else {
      return text
    }
    return String(text[text.index(after: comma)...]).trimmingSpaces
  }

  // MARK: - A bold term leading its own section

  /// "While distinct, **gene therapy** often complements … by modifying …" under "Gene Therapy".
  static func sectionLead(_ sentence: String, _ context: SentenceContext) -> (
    term: String, text: String
  )? {
    guard let heading = context.heading,
      let bold = context.bold.first(where: { $0.caseInsensitiveCompare(heading) == .orderedSame }),
      let range = sentence.range(ofASCII: bold)
    else { return nil }
    var predicate = String(sentence[range.upperBound...]).trimmingSpaces
    if let by = predicate.range(ofASCII: " by "),
      let next = predicate[by.upperBound...].split(separator: " ").first, next.hasSuffix("ing")
    {
      predicate = String(predicate[by.upperBound...])
    }
    // "People-based services are when people deliver …" → "When people deliver …"; "… is
    // that the service is directed …" → "The service is directed …"; "—you can't …".
    while let first = predicate.unicodeScalars.first, "-–—:".unicodeScalars.contains(first) {
      predicate = String(predicate.dropFirst()).trimmingSpaces
    }
    // "Information processing is the most intangible form …" → "The most intangible form …".
    for verb in ["is ", "are "] where predicate.hasPrefix(verb) {
      let rest = predicate.dropFirst(verb.count)
      predicate = String(rest.hasPrefix("that ") ? rest.dropFirst(5) : rest)
    }
    return (bold, Sentences.capitalizedFirst(predicate))
  }
}
