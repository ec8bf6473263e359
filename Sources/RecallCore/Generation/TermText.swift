/// Cleans and checks the words a definition pattern took as a term.
enum TermText {
  /// The term as stored: trimmed, leading article dropped, title case lowered, acronyms kept.
  /// `clean`, keeping capitals when the writer capitalised part of a name in mid-sentence:
  /// "the Calvin cycle" stays "Calvin cycle" (a proper name), "The Stem cells" does not count.
  static func clean(_ raw: some StringProtocol, in sentence: String) -> String {
    var name = String(raw).trimmingSpaces
    // "The Calvin cycle": the article starts the sentence, the name does not.
    let parts = name.split(separator: " ", maxSplits: 1)
    if parts.count == 2, Lexicon.articles.contains(parts[0].lowercased()) {
      name = String(parts[1])
    }
    let words = name.split(separator: " ").filter { $0.first?.isLetter == true }
    let mixed =
      words.contains { $0.first?.isUppercase == true }
      && words.contains { $0.first?.isLowercase == true }
    guard mixed, let range = sentence.range(ofASCII: name), range.lowerBound > sentence.startIndex
    else { return clean(raw) }
    let cleaned = clean(name)
    let original = cleaned.split(separator: " ").count == words.count ? words : []
    guard !original.isEmpty else { return cleaned }
    return zip(cleaned.split(separator: " "), original).map { lower, written in
      written.first?.isUppercase == true ? String(written) : String(lower)
    }.joined(separator: " ")
  }

  static func clean(_ raw: some StringProtocol) -> String {
    var text = String(raw).trimmingSpaces
    // Quotation marks around or before a name ("“inferior goods"), straight or curly; a
    // closing ’ only with its opening ‘ (not "Shays’").
    let paired = text.first == "‘"
    while let last = text.last, ".,;:!?\"'-)”".contains(last) || (paired && last == "’") {
      text.removeLast()
    }
    while let first = text.first, "\"'(-“‘".contains(first) { text.removeFirst() }
    var words = text.split(separator: " ").map(String.init)
    if let first = words.first, Lexicon.articles.contains(first.lowercased()), words.count > 1 {
      words.removeFirst()
    }
    return words.map(lowerUnlessAcronym).joined(separator: " ")
  }

  /// "Stem" → "stem", but "CRISPR", "3D", "iPSCs", "Cas9", the "B" of "B cells" and the
  /// "X" of "X-ray" kept.
  static func lowerUnlessAcronym(_ word: String) -> String {
    let capitals = word.filter(\.isUppercase).count
    let hasDigit = word.contains { $0.isNumber }
    if capitals >= 2 || hasDigit || (capitals == 1 && word.first?.isLowercase == true) {
      return word
    }
    if word.first?.isUppercase == true, word.count == 1 || word.dropFirst().first == "-" {
      return word
    }
    return word.lowercased()
  }

  /// Why a term is junk, or nil when it reads like a real term.
  /// Prepositions that open a describing phrase inside a would-be term (made once, not per
  /// call: a set literal hashes all its words every time).
  private static let describingPrepositions: Set<String> = [
    "against", "for", "with", "from", "by", "at", "during", "after", "before", "between",
    "through", "within", "without", "among",
  ]

  static func junkReason(_ term: String) -> TermProblem? {
    let words = Lexicon.words(term)
    guard let first = words.first else { return .empty }
    if words.count > 6 { return .tooLong }
    if Lexicon.pronouns.contains(first) { return .startsWithPronoun }
    if Lexicon.articles.contains(first) { return .startsWithArticle }
    if Lexicon.prepositions.contains(first) { return .startsWithPreposition }
    // "X", "Y": a letter standing for something in an example, not a name.
    if term.trimmingCharacters(in: .whitespacesAndNewlines).count == 1,
      term.first?.isLetter == true
    {
      return .singleLetter
    }
    // "then X", "thus the proportion": the rest of a conditional or a conclusion.
    if ["then", "thus", "hence", "therefore"].contains(first) { return .clause }
    // "same reason", "other cells", "such molecules", "eight patients died": a phrase that
    // points back or counts, not a name.
    if words.count >= 2,
      ["same", "other", "such", "another", "several", "many", "few", "some"].contains(first)
        || (Lexicon.numberWords.contains(first) && first != "one")
        // "first two categories", "last few steps" (not "second messengers").
        || (["first", "second", "third", "last", "next", "final"].contains(first)
          && (Lexicon.numberWords.contains(words[1]) || words[1] == "few"))
    {
      return .pointsOrCounts
    }
    if words.contains(where: { Lexicon.emphasis.contains($0) }) { return .emphasis }
    if let last = words.last,
      Lexicon.prepositions.contains(last) || Lexicon.articles.contains(last)
        || Lexicon.modals.contains(last)
    {
      return .endsWithFunctionWord
    }
    // "concept called maximum parsimony", "examples of acute viral diseases": the naming
    // words or the example, not the term.
    if words.contains(where: { ["called", "termed", "dubbed"].contains($0) })
      || ["example", "examples"].contains(first)
      || zip(words, words.dropFirst()).contains(where: {
        ["example", "examples"].contains($0) && $1 == "of"
      })
    {
      return .namingWords
    }
    // "notice that each name", "simplest of all the invertebrates": a clause or a
    // superlative, not a name.
    // "explain what a meteor", "that's because education": a clause, not a name.
    if words.dropFirst().contains(where: {
      ["that", "which", "who", "whom", "what", "how", "why", "whether"].contains($0)
        || Lexicon.subordinators.contains($0) && !["after", "before", "since"].contains($0)
    }) {
      return .clause
    }
    // "primary mechanisms against viruses": a description with its own preposition phrase,
    // not a name ("theory of mind" and "in vitro" keep theirs).
    if words.count >= 3, term.first?.isLowercase == true,
      words.dropFirst().dropLast().contains(where: describingPrepositions.contains)
    {
      return .clause
    }
    // "pacinian corpuscles (seen in [link]": a bracket's text, not a name; "epithelial
    // TissuesEpithelial tissues": a heading run into its text.
    if term.contains(where: { "()[]".contains($0) }) { return .clause }
    if term.split(separator: " ").contains(where: Self.isRunTogether) { return .clause }
    // "nucleotides preceding the initiation site", "ammonia released to the atmosphere": a
    // participle with its own object or phrase, not a name.
    if words.count >= 3,
      zip(words.dropFirst().dropLast(), words.dropFirst(2)).contains(where: { word, next in
        word.count >= 5 && (word.hasSuffix("ing") || word.hasSuffix("ed"))
          && (Lexicon.articles.contains(next) || Lexicon.prepositions.contains(next))
      })
    {
      return .clause
    }
    if words.count >= 2, ["best", "least", "worst"].contains(first) { return .superlative }
    if words.count >= 2, words[1] == "of",
      ["most", "least", "best", "worst"].contains(first)
        || (CommonWords.shipped?.isSuperlative(first) ?? first.hasSuffix("est"))
    {
      return .superlative
    }
    if !term.contains(where: { $0.isLetter }) { return .noLetters }
    return nil
  }

  /// True for two words run together where a space was lost: four lower-case letters or more,
  /// then a capital ("TissuesEpithelial"), not "mRNA" or "McDonald".
  static func isRunTogether(_ word: Substring) -> Bool {
    var lowerRun = 0
    for character in word {
      if character.isLowercase {
        lowerRun += 1
      } else if character.isUppercase, lowerRun >= 4 {
        return true
      } else {
        lowerRun = 0
      }
    }
    return false
  }

  /// The words at the end of `text` that make a noun phrase: "… utilized in autologous
  /// therapies" → ["autologous", "therapies"]. Stops at punctuation and function words.
  static func trailingNounPhrase(_ text: some StringProtocol, maxWords: Int = 4) -> [String] {
    var phrase: [String] = []
    for raw in text.split(separator: " ").reversed() {
      let word = String(raw)
      if let last = word.last, ",;:()".contains(last) { break }
      let lower = word.lowercased()
      let stop =
        Lexicon.articles.contains(lower) || Lexicon.prepositions.contains(lower)
        || Lexicon.pronouns.contains(lower) || Lexicon.modals.contains(lower)
        || ["is", "are", "was", "were", "be", "been", "and", "or", "but", "has", "have", "also"]
          .contains(lower)
        || [
          "using", "including", "involving", "containing", "via", "like", "such", "than",
          "called", "named", "known",
        ].contains(lower)
        || lower.hasSuffix("ly")
      if stop || !word.contains(where: { $0.isLetter }) { break }
      phrase.insert(word, at: 0)
      if word.first == "(" { break }
      if phrase.count == maxWords { break }
    }
    return phrase
  }

  /// The last word of a term, its head noun, capitalised: "autologous therapies" → "Therapies".
  static func head(_ term: String) -> String {
    Sentences.capitalizedFirst(term.split(separator: " ").last.map(String.init) ?? term)
  }
}
