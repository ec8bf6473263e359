/// Small word lists the definition finder uses to tell terms from ordinary words.
enum Lexicon {
  static let pronouns: Set<String> = [
    "it", "its", "they", "them", "their", "this", "these", "that", "those", "he", "she", "we",
    "you", "i", "our", "your", "his", "her", "there", "here", "which", "who", "what", "such",
    "each", "every", "some", "many", "most", "all", "both", "one", "another", "other", "any",
    "none", "several", "few",
  ]

  static let articles: Set<String> = ["a", "an", "the"]
  /// Numbers written as words, which count things rather than name them.
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
    "billion", "dozen", "zero",
  ]

  /// Words that bring in another name for a term: "X, also known as Y", "X (aka Y)".
  static let otherNameLeads = [
    "also known as ", "also called ", "also spelled ", "also written ", "sometimes called ",
    "also referred to as ", "also termed ", "sometimes referred to as ", "formerly called ",
    "formerly known as ",
    "aka ", "a.k.a. ",
  ]

  /// The same after a comma or a dash, as they stand between a subject and its verb, and "or".
  static let otherNameMarkers =
    otherNameLeads.flatMap { [", " + $0, " - " + $0] } + [", or "]

  /// Words that open a subordinate clause (a closed class).
  static let subordinators: Set<String> = [
    "once", "when", "if", "because", "although", "though", "while", "since", "after", "before",
    "unless", "until", "whereas", "whenever",
  ]

  /// Adjectives that say a thing is some thing without saying which ("a certain level").
  static let vagueModifiers: Set<String> = [
    "certain", "some", "other", "such", "particular", "given", "specific", "various",
  ]

  /// "a" or "an" for a phrase, by its first letter ("an epitope", "a granum").
  static func indefiniteArticle(for phrase: some StringProtocol) -> String {
    "aeiouAEIOU".contains(phrase.first ?? "x") ? "an" : "a"
  }

  /// Words that pick one of several by its place ("the first equation", "the next layer").
  static let positions: Set<String> = [
    "first", "second", "third", "fourth", "last", "next", "final", "other", "same", "former",
    "latter", "previous", "following",
  ]

  /// Adjectives that say how many or how varied, not which kind ("numerous nematodes").
  static let quantifiers: Set<String> = [
    "numerous", "many", "several", "different", "various", "some", "certain", "other",
  ]

  /// Adverbs that hedge a verb ("Mitigation simply means …"), not part of a subject.
  static let hedges: Set<String> = [
    "simply", "basically", "essentially", "generally", "usually", "typically", "commonly",
    "really", "actually", "formally", "technically", "broadly", "strictly", "literally",
    "roughly", "loosely", "also", "often", "sometimes", "just",
  ]

  /// Labels of asides in notes and documentation, never terms.
  static let calloutLabels: Set<String> = [
    "tip", "tips", "note", "notes", "hint", "warning", "caution", "important", "remember",
    "example", "examples", "exercise", "exercises", "memory aid", "rule of thumb", "key idea",
    "key ideas", "key takeaway", "key takeaways", "summary", "goal", "goal today", "reminder",
    "homework", "office hours", "quiz", "definition", "recap", "see also", "why", "fun fact",
  ]

  /// Nouns ending in -ing that are things, not activities.
  static let ingNouns: Set<String> = [
    "string", "spring", "building", "ceiling", "evening", "morning", "wedding", "meeting",
    "painting", "drawing", "setting", "feeling", "finding", "beginning", "opening", "ending",
    "earring", "offspring", "lightning", "clothing", "housing", "funding", "training",
  ]

  /// Words set in italics for stress rather than as terms.
  static let plainEmphasis: Set<String> = [
    "not", "only", "all", "never", "always", "must", "very", "both", "any", "every", "no", "is",
    "are", "do", "does", "more", "less", "most", "least", "before", "after", "and", "or",
  ]

  static let prepositions: Set<String> = [
    "of", "in", "on", "at", "to", "by", "for", "with", "from", "into", "onto", "about", "as",
    "under", "over", "between", "through", "during", "after", "before", "within", "without",
    "across", "against", "among", "via", "per", "while", "when", "if", "because", "although",
    "though", "since", "unlike", "like", "despite", "above", "below", "beyond", "beneath",
    "behind", "around", "towards", "toward", "near", "upon", "inside", "outside", "until",
  ]

  /// Words that make a phrase emphasis rather than a term.
  static let emphasis: Set<String> = [
    "not", "no", "never", "always", "only", "much", "more", "less", "very", "most", "least",
    "must", "cannot", "can't", "don't", "really", "extremely", "highly", "too", "so", "also",
    "important", "crucial", "essential", "key", "vital", "critical", "warning", "note",
  ]

  /// Head words of a subject that is about a term rather than the term itself.
  static let genericHeads: Set<String> = [
    "goal", "aim", "future", "foundation", "selection", "use", "role", "development", "idea",
    "point", "purpose", "problem", "result", "vision", "advantage", "benefit", "challenge",
    "key", "reason", "rest", "process", "first", "second", "next", "last", "main", "question",
    "answer", "study", "research", "work", "part", "number", "amount", "lack", "need",
    // Parts of the text itself: "The equation is a summary, not a mechanism."
    "equation", "table", "figure", "chart", "diagram", "chapter", "section", "summary", "list",
    // Words about the wording: "The technical term is 'arithmetic mean'."
    "term", "word", "phrase",
  ]

  /// Words that, first in a complement, show a description rather than a definition.
  static let predicateStarts: Set<String> = [
    "not", "also", "often", "now", "still", "being", "poised", "likely", "unlikely", "able",
    "unable", "capable", "crucial", "essential", "critical", "important", "vital", "necessary",
    "needed", "possible", "available", "responsible", "promising", "due", "similar", "different",
    "distinct", "known", "called", "based", "involved", "used", "found", "made", "key", "central",
    "usually", "typically", "frequently", "commonly", "sometimes", "always", "never", "just",
    "only", "even", "already", "about", "here", "there", "so", "too", "very", "more", "less",
    "most", "least", "much", "expected", "set", "going", "becoming", "increasingly", "under",
    "in", "on", "at", "to", "by", "for", "with", "from", "into", "why", "how", "where",
    "when", "who", "one", "each", "this", "that", "these", "those", "it", "they", "both",
    "unclear", "true", "false", "easy", "hard", "difficult", "better", "worse", "best", "worst",
    "present", "absent", "safe", "part",
    "effective", "useful", "helpful", "harmful", "dangerous", "beneficial", "good",
    "limited", "higher", "lower", "larger", "smaller", "faster", "slower",
  ]

  /// Irregular past participles, for passive statements: "is broken into …".
  static let participles: Set<String> = [
    "broken", "made", "done", "given", "taken", "known", "seen", "shown", "found", "built",
    "held", "written", "driven", "grown", "thrown", "worn", "born", "chosen", "frozen", "hidden",
    "bound", "split", "set", "put", "kept", "left", "lost", "sold", "told", "brought", "caught",
    "taught", "bought", "spent", "sent", "meant", "led", "fed", "laid", "paid", "run", "cut",
  ]

  static let modals: Set<String> = [
    "can", "could", "will", "would", "may", "might", "must", "should", "shall", "helps", "help",
  ]

  /// Nouns naming a category, so that "Advanced techniques offer …" describes the term.
  static let categoryHeads: Set<String> = [
    "technique", "techniques", "method", "methods", "molecules", "molecule", "materials",
    "material", "substances", "substance", "compounds", "compound", "tools", "tool", "devices",
    "device", "proteins", "protein", "structures", "structure", "organisms", "organism",
    "cells", "cell", "approach", "approaches", "systems", "system", "procedures", "procedure",
    "technologies", "technology", "particles", "chemicals", "enzymes", "organelles", "tissues",
    "processes", "models", "model", "algorithms", "algorithm", "programs", "instruments",
  ]

  /// Nouns that end in "s" but are singular.
  static let singularEndingInS: Set<String> = [
    "diabetes", "species", "series", "news", "analysis", "synthesis", "mitosis", "meiosis",
    "osmosis", "homeostasis", "apoptosis", "photosynthesis", "hypothesis", "basis", "thesis",
    "bus", "gas", "lens", "process", "status", "virus", "nucleus", "stimulus", "focus", "atlas",
    "canvas", "census", "corpus", "genus", "bias", "axis", "crisis", "diagnosis", "prognosis",
    "sclerosis", "fibrosis", "stenosis", "thrombosis", "mass", "glass", "class", "stress",
    "business", "consciousness", "fitness", "illness", "chaos", "ethos", "pathos", "logos",
    "cosmos", "debris", "measles", "mumps", "herpes", "rabies", "tetanus", "uterus", "pancreas",
    "iris", "pelvis", "thorax", "plus", "minus", "bonus", "campus", "cactus", "fungus",
  ]

  /// Plurals that do not end in "s".
  static let irregularPlurals: Set<String> = [
    "mitochondria", "bacteria", "data", "criteria", "phenomena", "media", "fungi", "nuclei",
    "stimuli", "larvae", "algae", "vertebrae", "genera", "people", "children", "teeth", "feet",
    "mice", "women", "men", "cacti", "alumni", "hypotheses", "indices", "matrices", "vertices",
  ]

  /// Words too plain to be the key word of a cloze.
  static let plainWords: Set<String> = [
    "towards", "through", "beneath", "together", "between", "without", "another", "because",
    "although", "however", "therefore", "different", "several", "various", "certain", "including",
    "everything", "something", "anything", "nothing", "usually", "similarly", "example",
    "examples", "particular", "specific", "important", "significant", "typically", "underneath",
    "throughout", "whether", "whereas", "already", "instead",
  ]

  static let relativeIntroducers: Set<String> = ["which", "who", "that"]

  /// Lower-cased words of a text, letters, digits, apostrophes and hyphens kept.
  static func words(_ text: some StringProtocol) -> [String] {
    // ASCII text (nearly all of it) is split by bytes; Character properties are slow.
    let fast: [String]? =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var words: [String] = []
        var start = -1
        for index in 0...bytes.count {
          let byte: UInt8 = index < bytes.count ? bytes[index] : 32
          let lower = (65...90).contains(byte) ? byte + 32 : byte
          let inWord =
            (97...122).contains(lower) || (48...57).contains(byte) || byte == 39 || byte == 45
          if inWord {
            if start < 0 { start = index }
          } else if start >= 0 {
            // Lower-cased straight into the string: no array in between.
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            words.append(
              String(unsafeUninitializedCapacity: word.count) { buffer in
                for (offset, byte) in word.enumerated() {
                  buffer[offset] = (65...90).contains(byte) ? byte + 32 : byte
                }
                return word.count
              })
            start = -1
          }
        }
        return words
      } ?? nil
    if let fast { return fast }
    return text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }
      .map(String.init)
  }

  /// True when a term reads as plural: "stem cells", "iPSCs", but not "diabetes" or "physics".
  static func isPlural(_ term: String) -> Bool {
    guard let last = term.split(separator: " ").last.map(String.init) else { return false }
    let lower = last.lowercased()
    if singularEndingInS.contains(lower) { return false }
    if irregularPlurals.contains(lower) { return true }
    if lower.hasSuffix("ics") || lower.hasSuffix("ss") || lower.hasSuffix("us")
      || lower.hasSuffix("is") || lower.hasSuffix("sis")
    {
      return false
    }
    if last.count >= 2, last.hasSuffix("s"), last.dropLast().last?.isUppercase == true {
      return true
    }
    return lower.hasSuffix("s") && lower.count > 3
  }

  /// True for a term that names a field, process or substance rather than one countable thing,
  /// so a question asks "What is orthopedics?", not "What is an orthopedics?".
  static func isMassNoun(_ term: String) -> Bool {
    guard let last = term.split(separator: " ").last.map({ $0.lowercased() }) else { return false }
    if massNouns.contains(last) { return true }
    let suffixes = [
      "ics", "ing", "logy", "ism", "ness", "phy", "stry", "tion", "sion", "sis", "ment", "ance",
      "ence", "ity", "ure",
    ]
    return suffixes.contains { last.hasSuffix($0) } && !countableExceptions.contains(last)
  }

  /// Field and substance names without a telling suffix.
  private static let massNouns: Set<String> = [
    "medicine", "therapy", "care", "healthcare", "research", "evidence", "knowledge",
    "information", "software", "hardware", "equipment", "energy", "matter", "blood", "water",
    "law", "trade", "inflation", "capital", "labour", "labor", "surgery", "welfare",
  ]

  /// Countable nouns with a mass-noun ending.
  private static let countableExceptions: Set<String> = [
    "thing", "building", "ring", "wing", "string", "being", "king", "ceiling", "meeting",
    "painting", "finding", "city", "entity", "university", "community", "structure", "feature",
    "mixture", "procedure", "element", "instrument", "segment", "fragment", "compartment",
    "station", "nation", "population", "mutation", "function", "region", "question",
    "hypothesis", "thesis", "analysis", "diagnosis", "organism", "mechanism", "sentence",
  ]

  /// True for a word that reads like an adjective: "pluripotent", "autologous".
  static func looksAdjective(_ word: String) -> Bool {
    let suffixes = [
      "ent", "ant", "ous", "ic", "al", "ive", "able", "ible", "ful", "less", "ar", "ary", "oid",
      "eneic", "genic", "ile",
    ]
    return word.count > 3 && suffixes.contains { word.hasSuffix($0) }
  }
}
