/// Word lists for judging and wording cards: words a learner cannot recall from a blank,
/// and the verbs that make a phrase a clause. Kept apart from `Lexicon`, which the definition
/// finder owns.
enum CardLexicon {
  /// Words that praise rather than inform: blanked, no learner could recall which one the
  /// article chose ("a ____ technology" ⇒ revolutionary).
  static let praise: Set<String> = [
    "groundbreaking", "revolutionary", "unprecedented", "remarkable", "significant",
    "innovative", "cutting-edge", "exciting", "tremendous", "incredible", "extraordinary",
    "transformative", "powerful", "promising", "impressive", "outstanding", "dramatic",
    "profound", "immense", "enormous", "vast", "huge", "great", "major", "novel", "advanced",
    "sophisticated", "state-of-the-art", "pioneering", "breakthrough", "exceptional",
    "unparalleled", "unique", "vital", "crucial", "essential", "critical", "important", "key",
    "fundamental", "paramount", "amazing", "astonishing", "fascinating", "compelling", "robust",
    "seamless", "considerable", "substantial", "notable", "noteworthy", "striking", "superior",
    "excellent", "ideal", "perfect", "ultimate", "holistic", "game-changing", "unmatched",
    "boundless", "limitless", "dynamic", "vibrant", "emerging", "burgeoning", "flourishing",
    "thriving", "evolving", "rapidly", "invaluable", "indispensable", "enhanced", "improved",
    "wonderful", "elegant", "ingenious", "landmark", "milestone",
  ]

  /// Adverbs and adjectives that hedge or grade a claim ("potentially", "relatively").
  static let hedges: Set<String> = Lexicon.hedges.union([
    "potentially", "possibly", "probably", "perhaps", "arguably", "relatively", "largely",
    "mostly", "partly", "partially", "somewhat", "fairly", "rather", "quite", "highly",
    "increasingly", "approximately", "nearly", "almost", "virtually", "mainly", "primarily",
    "frequently", "rarely", "seldom", "occasionally", "apparently", "seemingly", "presumably",
    "likely", "unlikely", "especially", "particularly", "notably", "merely", "entirely",
    "completely", "fully", "truly", "extremely", "considerably", "significantly", "various",
    "numerous", "countless", "multiple", "diverse", "certain", "common", "commonly",
    "possible", "possibly", "considered", "supposedly",
  ])

  /// Words that carry grammar, not content: articles, pronouns, prepositions, conjunctions,
  /// auxiliaries and plain quantifiers.
  static let stopWords: Set<String> = Lexicon.articles.union(Lexicon.pronouns)
    .union(Lexicon.prepositions).union(Lexicon.plainWords).union(auxiliaries).union([
      "and", "or", "but", "nor", "so", "yet", "not", "no", "than", "then", "thus", "also",
      "very", "more", "most", "less", "least", "only", "just", "even", "such", "same", "own",
      "whose", "whom", "where", "whereby", "wherein", "how", "why", "etc", "e-g", "i-e", "eg",
      "ie", "thing", "things", "way", "ways", "kind", "kinds", "type", "types", "lot", "lots",
      "much", "well", "however", "too", "able", "make", "makes", "made", "use", "used", "uses",
    ])

  /// Forms of be, have and do, and the modals.
  static let auxiliaries: Set<String> = Lexicon.modals.union([
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
    "did", "isn't", "aren't", "can't", "cannot", "won't", "doesn't", "don't",
  ])

  /// Verbs that, right after a subject, make the sentence define it.
  static let definingVerbs: Set<String> = [
    "is", "are", "was", "were", "refers", "refer", "means", "mean", "describes", "describe",
    "denotes", "denote", "represents", "represent", "consists", "consist", "comprises",
    "comprise", "involves", "involve", "includes", "include", "has", "have", "can", "will",
  ]

  /// Common verbs without a telling ending, for deciding whether a short answer is a clause.
  static let commonVerbs: Set<String> = definingVerbs.union(auxiliaries).union([
    "makes", "make", "takes", "take", "gives", "give", "uses", "use", "allows", "allow",
    "enables", "enable", "helps", "help", "lets", "let", "keeps", "keep", "becomes", "become",
    "forms", "form", "produces", "produce", "carries", "carry", "holds", "hold", "contains",
    "contain", "moves", "move", "goes", "go", "gets", "get", "shows", "show", "measures",
    "measure", "stores", "store", "sends", "send", "runs", "run", "turns", "turn", "pays",
    "pay", "owes", "owe", "earns", "earn", "lends", "lend", "protects", "protect", "kills",
    "kill", "fights", "fight", "binds", "bind", "breaks", "break", "grows", "grow", "flows",
    "flow", "rises", "rise", "falls", "fall", "splits", "split", "joins", "join", "links",
    "link", "copies", "copy", "records", "record", "tracks", "track", "points", "point",
  ])

  /// Pronouns and determiners that point back to something said before: an answer ending in
  /// one ("In biology, this") stands for a thing it does not name.
  static let pointers: Set<String> = [
    "it", "its", "this", "that", "these", "those", "they", "them", "their", "he", "she", "one",
    "such", "so",
  ]

  /// Openings that make a definition describe a property rather than a thing: "able to …".
  static let propertyOpenings = [
    "able to ", "capable of ", "having ", "relating to ", "related to ", "describing ",
    "characterized by ", "characterised by ", "unable to ", "consisting of ", "made of ",
    "of or relating to ",
  ]

  /// Words ending in -ly that are no adverbs.
  static let lyNouns: Set<String> = [
    "supply", "monopoly", "oligopoly", "monopsony", "family", "assembly", "anomaly", "reply",
    "rally", "italy", "butterfly", "jelly", "belly", "apply", "imply", "comply", "multiply",
    "july", "holy", "ugly", "early", "daily", "weekly", "monthly", "yearly", "quarterly",
    "friendly", "lonely", "elderly", "curly", "silly", "bully", "lily", "homily", "firefly",
  ]

  /// True when `word` reads as a verb: a common verb, or a past or -ing form.
  static func isVerb(_ word: String) -> Bool {
    if commonVerbs.contains(word) { return true }
    if word.count >= 4, word.hasSuffix("ed") { return true }
    return word.count > 5 && word.hasSuffix("ing") && !Lexicon.ingNouns.contains(word)
  }

  /// True when `word` could not be recalled from a blank: grammar, a hedge, praise or an
  /// adverb in -ly.
  static func isUnrecallable(_ word: String) -> Bool {
    let lower = word.lowercased()
    return stopWords.contains(lower) || hedges.contains(lower) || praise.contains(lower)
      || (lower.hasSuffix("ly") && lower.count > 4 && !lyNouns.contains(lower))
      || lower.allSatisfy(\.isNumber)
  }
}
