import Foundation

/// Definitions given in passing, read by the gloss rules (`GlossRule`): "X, also known as Y",
/// "X (ABBR)", "X, meaning …", "X, that is, …", "… X, where …", "**X**, which …",
/// "adjective (gloss) noun".
extension DefiningPatterns {
  /// The noun phrase just before `index`: a bold phrase ending there, or the last few words.
  static func phrase(before index: String.Index, in sentence: String, _ context: SentenceContext)
    -> String?
  {
    let before = sentence[..<index]
    if let bold = boldEnding(before, context) { return bold }
    let words = TermText.trailingNounPhrase(before)
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  /// The bold phrase `text` ends with, as whole words.
  static func boldEnding(_ text: Substring, _ context: SentenceContext) -> String? {
    context.bold.first { bold in
      guard text.hasSuffix(bold) else { return false }
      let start = text.index(text.endIndex, offsetBy: -bold.count)
      return start == text.startIndex || !text[text.index(before: start)].isLetter
    }
  }

  /// The noun phrase `text` ends with, when an article introduces it ("… in a magma chamber"
  /// → "magma chamber"), with an abbreviation in brackets after it split off and the article
  /// ("a" for a or an, "the").
  static func articled(before text: String) -> (
    phrase: String, abbreviation: String?, article: String
  )? {
    let (name, abbreviation) = DefiningPatterns.splitAbbreviation(text)
    let words = name.split(separator: " ").map(String.init)
    guard let article = words.lastIndex(where: { Lexicon.articles.contains($0.lowercased()) }),
      (1...4).contains(words.count - article - 1)
    else { return nil }
    let phrase = words[(article + 1)...]
    guard
      !phrase.contains(where: { word in
        let lower = word.lowercased()
        return word.contains(",") || Lexicon.prepositions.contains(lower)
          || Lexicon.pronouns.contains(lower) || lower == "and" || lower == "or"
      })
    else { return nil }
    let articleWord = words[article].lowercased()
    return (phrase.joined(separator: " "), abbreviation, articleWord == "the" ? "the" : "a")
  }

  /// "Carbon offsetting, which refers to …": a short subject opening the sentence, for the
  /// markers that say what a name means (not for ", which is a", where any clause may precede).
  static func plainPhrase(before text: String, marker: String) -> (
    phrase: String, abbreviation: String?, article: String
  )? {
    guard marker != ", which is a" else { return nil }
    let words = Lexicon.words(text)
    guard (1...4).contains(words.count), let first = words.first,
      !Lexicon.pronouns.contains(first), !Lexicon.prepositions.contains(first),
      !text.contains(",")
    else { return nil }
    return (DefiningPatterns.withoutArticle(text), nil, "a")
  }

  /// Text from `index` up to the next comma, semicolon or the end.
  static func clause(from index: String.Index, in sentence: String) -> String {
    var depth = 0
    var end = index
    while end < sentence.endIndex {
      let char = sentence[end]
      if char == "(" { depth += 1 }
      if char == ")" { depth -= 1 }
      if depth <= 0, char == "," || char == ";" { break }
      end = sentence.index(after: end)
    }
    return Sentences.withoutFinalPunctuation(String(sentence[index..<end]).trimmingSpaces)
  }

  static func aliasGlosses(_ sentence: String, _ context: SentenceContext) -> [Definition] {
    var found: [Definition] = []
    for marker in [", also known as ", ", also called ", " (also known as ", " (also called "] {
      guard let range = sentence.range(ofASCII: marker, ignoringCase: true),
        let term = phrase(before: range.lowerBound, in: sentence, context)
      else { continue }
      let alias = TermText.clean(clause(from: range.upperBound, in: sentence).prefix { $0 != ")" })
      var definition = make(
        term: term, text: "", pattern: .alsoKnownAs, sentence: sentence, context)
      definition.aliases = [alias]
      found.append(definition)
    }
    return found
  }

  /// `text[from...].firstIndex(of: bracket)`, found by byte when the text is `ascii` (one
  /// character a byte).
  private static func firstIndex(
    of bracket: UInt8, in text: String, from: String.Index, ascii: Bool
  ) -> String.Index? {
    if ascii { return text.utf8[from...].firstIndex(of: bracket) }
    return text[from...].firstIndex(of: Character(Unicode.Scalar(bracket)))
  }

  static func abbreviationGlosses(_ sentence: String, _ context: SentenceContext) -> [Definition] {
    var found: [Definition] = []
    let ascii = sentence.isAllASCII
    var search = sentence.startIndex
    while let open = firstIndex(of: UInt8(ascii: "("), in: sentence, from: search, ascii: ascii) {
      guard let close = firstIndex(of: UInt8(ascii: ")"), in: sentence, from: open, ascii: ascii)
      else { break }
      search = sentence.index(after: close)
      let inside = String(sentence[sentence.index(after: open)..<close])
      guard Abbreviations.looksLikeAbbreviation(inside) else { continue }
      let words = TermText.trailingNounPhrase(sentence[..<open], maxWords: 8)
      guard let long = Abbreviations.longForm(of: inside, endingWords: words) else { continue }
      var definition = make(
        term: long.joined(separator: " "), text: "", pattern: .abbreviation, sentence: sentence,
        context)
      definition.abbreviation = inside
      found.append(definition)
    }
    return found
  }

  /// "…are pluripotent, meaning they can …" and "…are multipotent, capable of …".
  /// With `analysis`, a word the tagger reads as an adjective counts as one whatever its
  /// ending ("antiparallel").
  static func meaningGlosses(
    _ sentence: String, _ context: SentenceContext, analysis: SentenceAnalysis? = nil
  ) -> [Definition] {
    var found: [Definition] = []
    for marker in [", meaning ", ", capable of ", ", able to "] {
      guard let range = sentence.range(ofASCII: marker) else { continue }
      var text = clause(from: range.upperBound, in: sentence + ".")
      if let full = sentence[range.upperBound...].split(separator: ";").first {
        text = Sentences.withoutFinalPunctuation(String(full))
      }
      if marker == ", meaning ", text.hasPrefix("that ") { text = String(text.dropFirst(5)) }
      for pronoun in ["they can ", "it can ", "that they can ", "that it can "]
      where text.hasPrefix(pronoun) {
        text = "able to " + text.dropFirst(pronoun.count)
      }
      if marker != ", meaning " { text = String(marker.dropFirst(2)) + text }
      let before = sentence[..<range.lowerBound]
      let words = before.split(separator: " ").map(String.init)
      if let last = words.last, words.count >= 2,
        ["is", "are", "was", "were"].contains(words[words.count - 2].lowercased())
          || (words.count >= 3
            && ["is", "are", "was", "were"].contains(words[words.count - 3].lowercased())),
        Lexicon.looksAdjective(last.lowercased())
          || taggedAdjective(before: String(marker.dropFirst(2).split(separator: " ")[0]), analysis)
      {
        found.append(
          make(
            term: last, text: text, pattern: .meaning, sentence: sentence, context,
            isAdjective: true))
      } else if let bold = boldEnding(before, context) {
        let single = !bold.contains(" ") && Lexicon.looksAdjective(bold.lowercased())
        found.append(
          make(
            term: bold, text: text, pattern: .meaning, sentence: sentence, context,
            isAdjective: single))
      }
    }
    return found
  }

  /// True when the tagger read the word before ", `marker`" as an adjective.
  private static func taggedAdjective(before marker: String, _ analysis: SentenceAnalysis?)
    -> Bool
  {
    guard let analysis else { return false }
    return (1..<max(analysis.count - 1, 1)).contains { index in
      analysis.word(index) == "," && analysis.word(index + 1) == marker
        && analysis.tag(index - 1) == .adj
    }
  }

  /// "X, that is, …", "X, i.e., …", "… autologous therapies, where …", "**X**, which …".
  static func clauseGlosses(_ sentence: String, _ context: SentenceContext) -> [Definition] {
    var found: [Definition] = []
    for marker in [", that is, ", ", i.e., ", ", i.e. "] {
      guard let range = sentence.range(ofASCII: marker),
        let term = phrase(before: range.lowerBound, in: sentence, context)
      else { continue }
      let text = clause(from: range.upperBound, in: sentence)
      // "Q3 - Q1, i.e. the spread …" is arithmetic; "categorical, i.e. averaging them is
      // meaningless" explains a consequence: neither glosses a term.
      let before = sentence[..<range.lowerBound].dropLast(term.count).trimmingSpaces
      if let symbol = before.last, "-+=×/*<>".contains(symbol) { continue }
      if text.containsASCII(" is ") || text.containsASCII(" are ") { continue }
      let single = !term.contains(" ") && Lexicon.looksAdjective(term.lowercased())
      found.append(
        make(
          term: term, text: text, pattern: .thatIs, sentence: sentence, context,
          isAdjective: single))
    }
    if let range = sentence.range(ofASCII: ", where ") {
      let words = TermText.trailingNounPhrase(sentence[..<range.lowerBound], maxWords: 3)
      if words.count >= 2, let modifier = words.first, Lexicon.looksAdjective(modifier.lowercased())
      {
        let term = words.joined(separator: " ")
        let text = TermText.head(term) + " where " + clause(from: range.upperBound, in: sentence)
        found.append(
          make(term: term, text: text, pattern: .whereClause, sentence: sentence, context))
      }
    }
    // "… bordered by a pair of **guard cells**, curved cells that swell or shrink …".
    for bold in context.bold {
      guard let range = sentence.range(ofASCII: bold + ", ") else { continue }
      let text = clause(from: range.upperBound, in: sentence)
      let words = Lexicon.words(text)
      guard let relative = words.firstIndex(where: { ["that", "which", "who"].contains($0) }),
        (1...4).contains(relative), words.count >= 5, let first = words.first,
        !Lexicon.pronouns.contains(first), !Lexicon.prepositions.contains(first),
        !["is", "are", "was", "were", "has", "have", "had"].contains(first),
        !["and", "or", "but", "so"].contains(first),
        DefiningPatterns.complementProblem(text, verb: " is ") == nil
      else { continue }
      found.append(make(term: bold, text: text, pattern: .thatIs, sentence: sentence, context))
    }
    let colon = sentence.range(ofASCII: ": ")
    // "… they rely on **subnetting**: the practice of dividing a network …".
    for bold in context.bold where colon != nil {
      guard let range = sentence.range(ofASCII: bold + ": "), range.lowerBound > sentence.startIndex
      else { continue }
      let text = Sentences.withoutFinalPunctuation(String(sentence[range.upperBound...]))
      guard let opening = Lexicon.words(text).first, Lexicon.articles.contains(opening),
        DefiningPatterns.complementProblem(text, verb: " is ") == nil
      else { continue }
      found.append(make(term: bold, text: text, pattern: .thatIs, sentence: sentence, context))
    }
    // "… one number in particular, net worth: the value of everything you own …".
    if let colon {
      let before = sentence[..<colon.lowerBound]
      if let comma = before.range(of: ", ", options: .backwards) {
        let term = String(before[comma.upperBound...])
        let text = Sentences.withoutFinalPunctuation(String(sentence[colon.upperBound...]))
        let words = Lexicon.words(term)
        if (1...3).contains(words.count), let first = words.first,
          !Lexicon.articles.contains(first), !Lexicon.pronouns.contains(first),
          !Lexicon.prepositions.contains(first), term.first?.isLowercase == true,
          let opening = Lexicon.words(text).first, Lexicon.articles.contains(opening),
          Lexicon.words(text).count >= 4, !context.bold.contains(where: term.hasSuffix),
          DefiningPatterns.complementProblem(text, verb: " is ") == nil
        {
          found.append(
            make(term: term, text: text, pattern: .thatIs, sentence: sentence, context))
        }
      }
    }
    // "… accumulates in a magma chamber, which is a large underground pool …", "The complement
    // system, which is a group of proteins …": the noun phrase after its article.
    for marker in [", which is a", ", which refers to ", ", which means "] {
      guard let range = sentence.range(ofASCII: marker),
        boldEnding(sentence[..<range.lowerBound], context) == nil,
        let (term, abbreviation, article) = articled(before: String(sentence[..<range.lowerBound]))
          ?? plainPhrase(before: String(sentence[..<range.lowerBound]), marker: marker)
      else { continue }
      let rest = clause(from: sentence.index(range.lowerBound, offsetBy: 8), in: sentence)
      let text =
        marker == ", which is a"
        ? String(rest.dropFirst(3)) : String(rest.dropFirst(marker.count - 8))
      // After "refers to" or "means", "paying for …" is the meaning itself.
      let verb = marker == ", which is a" ? " is " : " means "
      if DefiningPatterns.complementProblem(text, verb: verb) == nil {
        var definition = make(
          term: term, text: text, pattern: .relativeClause, sentence: sentence, context)
        definition.abbreviation = abbreviation
        definition.article = article
        found.append(definition)
      }
    }
    // "… the Intergovernmental Panel on Climate Change (IPCC), the United Nations body that
    // reviews climate research": a name, its abbreviation and what it is.
    var search = sentence.startIndex
    while let close = sentence[search...].range(ofASCII: "), ") {
      search = close.upperBound
      guard let open = sentence[..<close.lowerBound].lastIndex(of: "(") else { continue }
      let abbreviation = String(sentence[sentence.index(after: open)..<close.lowerBound])
      let before = sentence[..<open].split(separator: " ").map(String.init)
      let name =
        Abbreviations.longForm(of: abbreviation, endingWords: before)?.joined(separator: " ")
        ?? ""
      let text = clause(from: close.upperBound, in: sentence)
      let words = Lexicon.words(text)
      guard Abbreviations.looksLikeAbbreviation(abbreviation), !name.isEmpty,
        let first = words.first,
        Lexicon.articles.contains(first), words.count >= 4,
        words.contains(where: { ["that", "which", "who", "of", "for"].contains($0) }),
        DefiningPatterns.complementProblem(text, verb: " is ") == nil
      else { continue }
      var definition = make(
        term: name, text: text, pattern: .abbreviation, sentence: sentence, context)
      definition.abbreviation = abbreviation
      definition.article = "the"
      found.append(definition)
    }
    // "… makes seawater more acidic, a process known as ocean acidification."
    if let range = sentence.range(ofASCII: ", a process known as ") {
      let term = clause(from: range.upperBound, in: sentence)
      let before = Sentences.lowercasedFirst(String(sentence[..<range.lowerBound]))
      if (1...4).contains(Lexicon.words(term).count), Lexicon.words(before).count >= 4,
        let first = Lexicon.words(before).first, !Lexicon.pronouns.contains(first)
      {
        found.append(
          make(
            term: term, text: "the process in which " + before, pattern: .reverse,
            sentence: sentence, context))
      }
    }
    // "… the CLI, short for command-line interface, which is a text-based way …".
    if let range = sentence.range(ofASCII: ", short for ") {
      let abbreviation = sentence[..<range.lowerBound].split(separator: " ").last.map(String.init)
      let long = clause(from: range.upperBound, in: sentence)
      if let abbreviation, Abbreviations.looksLikeAbbreviation(abbreviation),
        Abbreviations.abbreviates(abbreviation, long)
      {
        var text = ""
        let after = sentence[range.upperBound...]
        if let which = after.range(ofASCII: ", which is ") {
          text = clause(from: which.upperBound, in: sentence)
        }
        var definition = make(
          term: long, text: text, pattern: .abbreviation, sentence: sentence, context)
        definition.abbreviation = abbreviation
        found.append(definition)
      }
    }
    // "… there are so-called fissure vents, long cracks in the ground from which lava pours out".
    if let range = sentence.range(ofASCII: "so-called ") {
      let term = clause(from: range.upperBound, in: sentence)
      let afterTerm = sentence.index(range.upperBound, offsetBy: term.count)
      if (1...4).contains(Lexicon.words(term).count), afterTerm < sentence.endIndex,
        sentence[afterTerm...].hasPrefix(", ")
      {
        let text = clause(from: sentence.index(afterTerm, offsetBy: 2), in: sentence)
        let words = Lexicon.words(text)
        if words.count >= 3, let first = words.first, !Lexicon.pronouns.contains(first),
          !Lexicon.prepositions.contains(first), !["and", "or", "but", "which"].contains(first),
          DefiningPatterns.complementProblem(text, verb: " is ") == nil
        {
          found.append(make(term: term, text: text, pattern: .thatIs, sentence: sentence, context))
        }
      }
    }
    // "To clone a repository means to download a full copy of it …".
    if sentence.hasPrefix("To "), let range = sentence.range(ofASCII: " means to ") {
      let words = sentence[..<range.lowerBound].split(separator: " ")
      if (2...5).contains(words.count) {
        var text = "to " + sentence[range.upperBound...]
        // "To clone a repository means to download a full copy of it" → "… of a repository".
        let object = words.dropFirst(2).joined(separator: " ")
        if !object.isEmpty, let it = text.range(ofASCII: " of it") {
          text.replaceSubrange(it, with: " of " + object)
        }
        found.append(
          make(
            term: String(words[1]), text: text, pattern: .meaning, sentence: sentence, context,
            isAdjective: true))
      }
    }
    for introducer in [", which ", ", who "] {
      guard let range = sentence.range(ofASCII: introducer),
        let bold = boldEnding(sentence[..<range.lowerBound], context)
      else { continue }
      var rest = clause(from: range.upperBound, in: sentence)
      var text = TermText.head(TermText.clean(bold)) + introducer.dropFirst() + rest
      for copula in ["are ", "is "] where rest.hasPrefix(copula) {
        rest.removeFirst(copula.count)
        text = Sentences.capitalizedFirst(rest)
      }
      found.append(
        make(term: bold, text: text, pattern: .relativeClause, sentence: sentence, context))
    }
    return found
  }

  /// "allogeneic (donor cell) therapies" → allogeneic therapies: donor cell therapies.
  static func parenthesisGlosses(_ sentence: String, _ context: SentenceContext) -> [Definition] {
    var found: [Definition] = []
    let ascii = sentence.isAllASCII
    // "… a pyroclastic flow (a fast-moving current of hot gas and volcanic matter) that …".
    var from = sentence.startIndex
    while let open = firstIndex(of: UInt8(ascii: "("), in: sentence, from: from, ascii: ascii),
      let close = firstIndex(of: UInt8(ascii: ")"), in: sentence, from: open, ascii: ascii)
    {
      from = sentence.index(after: close)
      let gloss = String(sentence[sentence.index(after: open)..<close])
      let glossWords = Lexicon.words(gloss)
      guard glossWords.count >= 4, let first = glossWords.first, first == "a" || first == "an",
        let (term, _, article) = articled(before: String(sentence[..<open]).trimmingSpaces)
      else { continue }
      var definition = make(
        term: term, text: gloss, pattern: .parenthesisGloss, sentence: sentence, context)
      definition.article = article
      found.append(definition)
    }
    var search = sentence.startIndex
    while let open = firstIndex(of: UInt8(ascii: "("), in: sentence, from: search, ascii: ascii) {
      guard let close = firstIndex(of: UInt8(ascii: ")"), in: sentence, from: open, ascii: ascii)
      else { break }
      search = sentence.index(after: close)
      let gloss = String(sentence[sentence.index(after: open)..<close])
      let glossWords = Lexicon.words(gloss)
      guard (1...3).contains(glossWords.count), !gloss.contains("."), !gloss.contains(","),
        glossWords.allSatisfy({ !Lexicon.prepositions.contains($0) }),
        gloss.first?.isLowercase == true,
        let adjective = sentence[..<open].split(separator: " ").last.map(String.init),
        adjective.first?.isLowercase == true, Lexicon.looksAdjective(adjective),
        let noun = sentence[sentence.index(after: close)...].split(separator: " ").first
      else { continue }
      let head = String(noun.prefix { $0.isLetter })
      guard head.count > 2, !Lexicon.prepositions.contains(head.lowercased()) else { continue }
      let text = Sentences.capitalizedFirst(gloss) + " " + head
      found.append(
        make(
          term: adjective + " " + head, text: text, pattern: .parenthesisGloss, sentence: sentence,
          context))
    }
    return found
  }
}
