/// The questions one definition makes, worded so no front gives its answer away.
struct CardWording {
  let definition: Definition
  let distractors: [Definition]
  let tags: [String]
  let suffix: String
  /// Words of the term no other term has ("adult" of "adult stem cells"): a clue that names
  /// what the learner must find shows them blanked.
  var giveaways: [String] = []
  /// The definition's text as cards may show it (see `CardText`); empty for none.
  var text: String
  /// False when the text names its own term, so no definition card answers with it.
  var answersDefinitionCard = true
  /// Words the article uses in the meanings of several terms ("molecules", "reactions"): its
  /// background vocabulary, which no keyword blank asks for.
  var background: Set<String> = []

  private var verb: String { Lexicon.isPlural(definition.term) ? "are" : "is" }
  private var accept: [String]? {
    let names = definition.aliases + [definition.abbreviation].compactMap { $0 }
    return names.isEmpty ? nil : names
  }

  func cards() -> [Card] {
    var cards: [Card] = []
    // "What is aerogel? A special substance.": a meaning that only names a class in everyday
    // words answers no question; only its sentence, when it says more, makes a cloze.
    if !text.isEmpty, MeaningText.isThin(text) {
      if let statement = termStatement, Self.contentWords(statement) >= 7 {
        cards.append(card(.cloze, front: blanked(statement), back: definition.displayTerm))
      }
    } else if !text.isEmpty {
      if answersDefinitionCard {
        cards.append(card(.definition, front: definitionFront, back: sentence(text)))
      }
      // "____ in which certain aspects of wakefulness are maintained", "the application of
      // ____ in medicine": a clue with a gap where the term stood reads as a broken
      // sentence; ask the other ways.
      let shownClue = clue(text)
      let clueIsWhole = !shownClue.containsText("____")
      // "a form of artificial immunity", "the reduced form of the molecule": a clue of three
      // content words fits other terms as well, so it asks for none.
      let clueSingles = Self.contentWords(shownClue) >= 4
      if clueIsWhole, clueSingles {
        cards.append(card(.reverse, front: reverseFront, back: definition.displayTerm))
      }
      let statement = termStatement
      if let statement {
        cards.append(card(.cloze, front: blanked(statement), back: definition.displayTerm))
      }
      if let (front, keyword) = keywordCloze(termStatement: statement) {
        cards.append(card(.cloze, front: front, back: keyword, idSuffix: "#keyword"))
      }
      // "found in various adult tissues" picks "Adult stem cells" out of its siblings by a
      // word of its name: no choice to make.
      if distractors.count == 3, clueIsWhole, clueSingles, !namesAGiveaway(text) {
        let options = [definition.displayTerm] + distractors.map(\.displayTerm)
        var choice = card(
          .choice, front: "Pick the term: \(clue(text)).", back: definition.displayTerm)
        choice.choices = StableHash.shuffle(options, seed: Slug.of(definition.term))
        cards.append(choice)
      }
      if let trueFalse { cards.append(trueFalse) }
    }
    if let abbreviation = definition.abbreviation {
      var card = card(
        .abbreviation, front: "What does \(abbreviation) stand for?", back: definition.displayTerm)
      card.accept = definition.aliases.isEmpty ? nil : definition.aliases
      cards.append(card)
    }
    return cards
  }

  private func card(_ kind: CardKind, front: String, back: String, idSuffix: String = "") -> Card {
    Card(
      id: "\(kind.rawValue):\(Slug.of(definition.term))" + idSuffix + suffix, kind: kind,
      term: definition.displayTerm, front: front, back: back, tags: tags,
      accept: kind == .definition || kind == .truefalse ? nil : accept,
      section: definition.section.isEmpty ? nil : definition.section)
  }

  private var definitionFront: String {
    if definition.isAdjective { return "What does the term \(definition.term) mean?" }
    if definition.pattern == .function {
      // "Tropomyosin blocks myosin binding sites …" says what it does, not what it is.
      let does = Lexicon.isPlural(definition.term) ? "do" : "does"
      return "What \(does) \(definition.termWithArticle) do?"
    }
    if definition.pattern == .setting { return "What happens in \(definition.termWithArticle)?" }
    return "What \(verb) \(definition.termWithArticle)?"
  }

  private var reverseFront: String {
    let what = definition.isAdjective ? "Which word means" : "Which term"
    return "\(what): \(clue(text))?"
  }

  /// The definition with every name of the term blanked, lower-cased first, no final stop.
  private func clue(_ text: String, also others: [String] = []) -> String {
    Sentences.lowercasedFirst(
      Sentences.withoutFinalPunctuation(Sentences.blank(hidden + others, in: text)))
  }

  /// True when `text` says a word of the term that no sibling's name has ("adult" of
  /// "adult stem cells").
  private func namesAGiveaway(_ text: String) -> Bool {
    giveaways.contains { Sentences.mentions(text, anyOf: [$0]) }
  }

  /// The names a front must not show: the term, aliases, abbreviation, and the first part of
  /// a hyphenated name ("CRISPR" of "CRISPR-Cas9").
  private var hidden: [String] {
    let parts = definition.names.compactMap { name -> String? in
      guard let part = name.split(separator: "-").first, part.count >= 4, part.count < name.count
      else { return nil }
      return String(part)
    }
    return definition.names + parts
  }

  private func blanked(_ text: String) -> String {
    // "Adaptive immunity, also known as acquired immunity, is …": one blank, not two; the
    // other name would give the answer away or leave a second gap.
    var text = text
    for alias in definition.aliases {
      for marker in Lexicon.otherNameMarkers {
        let aside = marker + alias + ","
        if let range = text.range(ofASCII: aside, ignoringCase: true) {
          text.replaceSubrange(range, with: "")
        }
      }
    }
    var result = Sentences.blank(definition.names, in: text)
    for article in ["A ____", "An ____", "a ____", "an ____"] {
      while let range = result.range(ofASCII: article) {
        let capital = result[range].first == "A"
        result.replaceSubrange(range, with: capital ? "A(n) ____" : "a(n) ____")
      }
    }
    return sentence(result)
  }

  private func sentence(_ text: String) -> String {
    Sentences.capitalizedFirst(Sentences.withoutFinalPunctuation(text)) + "."
  }

  /// A sentence naming the term that a cloze can blank: the source sentence when it names
  /// the term, or "Term is a … that …" built from a description.
  private var termStatement: String? {
    let names = [definition.term] + [definition.abbreviation].compactMap { $0 }
    if text != definition.text {
      // The text was cut before a clause naming the term again; the sentence has that clause.
      let subject = Sentences.capitalizedFirst(definition.termWithArticle)
      return "\(subject) \(verb) \(Sentences.lowercasedFirst(text))"
    }
    if Sentences.mentions(definition.sentence, anyOf: names) {
      // "It also plays a part …", "Then the researchers …", "… these components …": a
      // sentence that leans on the one before makes no cloze.
      return Self.standsAlone(definition.sentence) ? definition.sentence : nil
    }
    let lower = text.lowercased()
    // "a fixed name attached to one commit" reads as "A tag is a fixed name …"; "a diverse
    // range of materials … are employed" is a clause of its own and does not.
    var headOfClause = Substring(lower)
    for relative in [" that ", " which "] {
      if let cut = headOfClause.range(ofASCII: relative) {
        headOfClause = headOfClause[..<cut.lowerBound]
      }
    }
    let ownVerb = [" is ", " are ", " was ", " were "].contains { headOfClause.containsText($0) }
    if (lower.hasPrefix("a ") || lower.hasPrefix("an ")) && !ownVerb
      || BulletDefinitions.opensWithDefiningHead(text)
    {
      let subject = Sentences.capitalizedFirst(definition.termWithArticle)
      return "\(subject) \(verb) \(Sentences.lowercasedFirst(text))"
    }
    return nil
  }

  /// How many words of `text` carry content: not articles, prepositions, pronouns or plain
  /// words.
  static func contentWords(_ text: String) -> Int {
    Lexicon.words(text).filter { word in
      word.count >= 3 && !Lexicon.articles.contains(word) && !Lexicon.prepositions.contains(word)
        && !Lexicon.pronouns.contains(word) && !Lexicon.plainWords.contains(word)
        && !["and", "or", "but", "that", "which", "who", "are", "is", "was", "were"].contains(word)
    }.count
  }

  /// "moving", "formed", "formation": a form of an everyday verb or such a verb made a noun,
  /// which a synonym answers as well; not a subject's own verb ("reprogrammed").
  static func isEverydayAction(_ word: String) -> Bool {
    guard let verbs = CommonWords.shipped?.verbs else { return false }
    // "stimulate", "produce": an everyday verb's own base form, seen as "stimulating".
    let stem = word.hasSuffix("e") ? String(word.dropLast()) : word
    if verbs.contains(word) || verbs.contains(stem + "ing") || verbs.contains(word + "ing") {
      return true
    }
    for suffix in ["ing", "ed", "d"] where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      if verbs.contains(stem) || verbs.contains(stem + "e") { return true }
    }
    for suffix in ["ation", "tion", "ion", "ment", "al"] where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      if verbs.contains(stem) || verbs.contains(stem + "e") || verbs.contains(stem + "ate") {
        return true
      }
    }
    return false
  }

  /// First words that lean on the sentence before.
  private static let leaningWords: Set<String> = [
    "it", "they", "he", "she", "this", "these", "those", "then", "also", "thus", "therefore",
    "here", "such",
  ]

  /// True when `sentence` can be read without the one before it: it opens with no pronoun or
  /// link to earlier text and points at nothing with "this" or "these".
  static func standsAlone(_ sentence: String) -> Bool {
    let first = Lexicon.words(sentence).first ?? ""
    guard !leaningWords.contains(first), !sentence.hasPrefix("An example"),
      !sentence.hasPrefix("For example")
    else { return false }
    return !CardRules.answerProblems(sentence).contains { problem in
      if case .danglingReference = problem { return true }
      return false
    }
  }

  /// Words of everyday English: a blank on one ("component", "mechanism", "species") asks
  /// for a word the definition does not teach.
  static let everyday: Set<String> = CommonWords.shipped?.words ?? []

  /// True when `word` stands in a list or beside "and" / "or" in `statement`.
  static func isCoordinated(_ word: String, in statement: String) -> Bool {
    let words = statement.lowercased().split(whereSeparator: { $0 == " " }).map {
      String($0)
    }
    let joining: Set<String> = ["and", "or", "nor"]
    for (index, raw) in words.enumerated() {
      let bare = raw.trimmingCharacters(in: .punctuationCharacters)
      guard bare == word else { continue }
      let before = index > 0 ? words[index - 1] : ""
      let after = index + 1 < words.count ? words[index + 1] : ""
      // "A or B", "A and B", "A, B, and C", "A, B, C".
      let listed =
        (raw.hasSuffix(",") && (after.hasSuffix(",") || before.hasSuffix(",")))
        || (before.hasSuffix(",") && index >= 2 && words[index - 2].hasSuffix(","))
      if joining.contains(before) || joining.contains(after) || listed { return true }
    }
    return false
  }

  /// The definition with its key word blanked: a property word, or its longest rare word,
  /// never one no learner could recall (grammar, a hedge, praise: see `CardLexicon`), in
  /// `termStatement` (worked out once by `cards()`) or in "Term: text" when there is none.
  private func keywordCloze(termStatement: String?) -> (front: String, keyword: String)? {
    let statement =
      termStatement
      ?? "\(Sentences.capitalizedFirst(definition.termWithArticle)): \(text)"
    let nameWords = Set(definition.names.flatMap { Lexicon.words($0) })
    // The statement's words made singular, worked out once for all candidate words.
    let statementSingulars = Lexicon.words(statement).map(Inflection.singular)
    let candidates = Lexicon.words(text).filter { word in
      let lettersOnly =
        word.isAllASCII
        ? word.utf8.allSatisfy { ($0 | 0x20) &- 0x61 < 26 } : word.allSatisfy(\.isLetter)
      guard word.count >= 7, lettersOnly, !nameWords.contains(word),
        !Lexicon.plainWords.contains(word), !word.hasSuffix("ly"),
        !nameWords.contains(where: { word.hasPrefix($0) || $0.hasPrefix(word) })
      else { return false }
      let mentions = Sentences.ranges(of: word, in: statement)
      let singular = Inflection.singular(word)
      return mentions.count == 1 && !CardLexicon.isUnrecallable(word)
        && !Self.everyday.contains(word) && !Self.everyday.contains(singular)
        && !background.contains(singular)
        // "electrons" is no blank where "electron carrier" stays in view.
        && statementSingulars.lazy.filter({ $0 == singular }).count == 1
        // A word of the subject, not of everyday English ("theoretical"), and not a name
        // ("Staphylococcus", an author cited).
        && (CommonWords.shipped?.isTechnical(word) ?? true) && !Self.isEverydayAction(word)
        && mentions.allSatisfy { range in statement[range].first?.isLowercase == true }
        // "equipment, machinery, and other forms", "a characteristic or measurement": one
        // of several coordinated words, which another could fill as well.
        && !Self.isCoordinated(word, in: statement)
    }
    let keyword =
      definition.properties.first { candidates.contains($0) }
      ?? candidates.max { $0.count < $1.count }
    guard let keyword else { return nil }
    let front = sentence(Sentences.blank([keyword], in: statement))
    return (front, keyword)
  }

  /// "True or false? Term: definition." paired with its own term or, for about half the
  /// terms, a sibling's.
  /// None when the statement would show a gap: "are when ____ primarily deliver the service"
  /// is a puzzle, not a statement (the text names a word of the term or of the sibling).
  private var trueFalse: Card? {
    var sibling = falseSibling
    if let other = sibling, clue(text, also: other.names).contains("____") { sibling = nil }
    let statement = clue(text, also: sibling?.names ?? [])
    guard !statement.contains("____") else { return nil }
    let shown = sibling?.displayTerm ?? definition.displayTerm
    let front = "True or false? \(shown): \(statement)."
    let back = sibling == nil ? "True" : "False — that is \(definition.term)"
    return card(.truefalse, front: front, back: back)
  }

  /// The sibling a "false" statement pairs the text with, for about half the terms: the
  /// nearest distractor when it stands in the same part of the article, or the next one when
  /// the article relates the nearest to this definition (the statement would be true) or it
  /// is of another kind (a property word against a thing).
  private var falseSibling: Definition? {
    guard StableHash.of(Slug.of(definition.term)) % 2 == 1, let nearest = distractors.first,
      nearest.section.first == definition.section.first
    else { return nil }
    return distractors.first { other in
      other.section.first == definition.section.first
        && !CardRules.relates(other.names, to: definition)
        && CardRules.isProperty(other) == CardRules.isProperty(definition)
    }
  }
}
