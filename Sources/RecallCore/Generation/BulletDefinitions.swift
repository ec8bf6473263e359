import Foundation

/// Definitions given as list items: "**Term:** description" and "**Term** – description".
enum BulletDefinitions {
  /// A list item split at its separator; `equates` for "Term = …" and "Term -> …", whose
  /// body says what the term is however it is worded.
  struct Item {
    var header: String
    var body: String
    var equates = false
  }

  /// The header and body of a "Term: description" item, or nil for an ordinary item.
  static func split(_ block: ArticleBlock) -> Item? {
    let text = block.text
    if let bold = block.bold.first, text.hasPrefix(bold) {
      let rest = text.dropFirst(bold.count)
      if bold.hasSuffix(":") {
        return Item(header: String(bold.dropLast()), body: String(rest).trimmingSpaces)
      }
      if rest.hasPrefix(":") {
        return Item(header: bold, body: String(rest.dropFirst()).trimmingSpaces)
      }
      if rest.hasPrefix(" - ") {
        return Item(header: bold, body: String(rest.dropFirst(3)).trimmingSpaces)
      }
      if rest.isEmpty { return nil }
    }
    // "Median: the middle value", "Range = max − min", "Categorical variable -> places …":
    // the separator that comes first.
    let first = [": ", " - ", " = ", " -> "]
      .compactMap { separator in text.range(ofASCII: separator).map { (separator, $0) } }
      .min { $0.1.lowerBound < $1.1.lowerBound }
    if let (separator, range) = first {
      let header = String(text[..<range.lowerBound])
      let words = header.split(separator: " ")
      if (1...5).contains(words.count), header.first?.isUppercase == true,
        !header.contains(where: { ",.;".contains($0) })
      {
        return Item(
          header: header, body: String(text[range.upperBound...]).trimmingSpaces,
          equates: separator == " = " || separator == " -> ")
      }
    }
    if text.hasSuffix(":"), text.split(separator: " ").count <= 6 {
      return Item(header: String(text.dropLast()), body: "")
    }
    return nil
  }

  /// The terms a header names: "Artificial Intelligence (AI) and Machine Learning (ML)" names
  /// two, each with its abbreviation; a parenthesis that is no abbreviation is an alias.
  static func terms(in header: String) -> [(name: String, abbreviation: String?, alias: String?)] {
    var parts = [header]
    if header.containsASCII(") and "), header.filter({ $0 == "(" }).count == 2 {
      parts = header.components(separatedBy: ") and ").enumerated().map { index, part in
        index == 0 ? part + ")" : part
      }
    }
    return parts.map { part in
      // "Cytotoxic T cells (also called killer T cells)": another name, not an abbreviation.
      for marker in (Lexicon.otherNameLeads + ["or "]).map({ "(" + $0 }) {
        if let open = part.range(ofASCII: marker, ignoringCase: true), part.hasSuffix(")") {
          let name = String(part[..<open.lowerBound]).trimmingSpaces
          let alias = String(part[open.upperBound...].dropLast()).trimmingSpaces
          if !name.isEmpty, !alias.isEmpty { return (name, nil, alias) }
        }
      }
      // "LAN (Local Area Network)": the abbreviation first, then what it stands for.
      if part.hasSuffix(")"), let open = part.firstIndex(of: "(") {
        let outside = String(part[..<open]).trimmingSpaces
        let inside = String(part[part.index(after: open)...].dropLast()).trimmingSpaces
        if Abbreviations.looksLikeAbbreviation(outside), Abbreviations.abbreviates(outside, inside)
        {
          return (inside, outside, nil)
        }
      }
      let (name, inside) = DefiningPatterns.splitAbbreviation(part)
      guard let inside else { return (name, nil, nil) }
      return Abbreviations.abbreviates(inside, name) ? (name, inside, nil) : (name, nil, inside)
    }
  }

  /// What the body says the term is, or why it does not define it.
  static func definitionText(body: String, names: [String], isPlural: Bool)
    -> (text: String, aliases: [String])?
  {
    var aliases: [String] = []
    guard var first = Sentences.split(body).first else { return nil }
    for marker in ["also known as ", "also called "] where first.lowercased().hasPrefix(marker) {
      let rest = first.dropFirst(marker.count)
      guard let comma = rest.firstIndex(of: ",") else { continue }
      aliases.append(TermText.clean(rest[..<comma]))
      first = String(rest[rest.index(after: comma)...]).trimmingSpaces
    }
    let allNames = names + aliases
    let pronoun = isPlural ? "they" : "it"
    func own(_ text: String) -> String {
      Sentences.capitalizedFirst(Sentences.blank(allNames, in: text, with: pronoun))
    }
    for name in allNames {
      for verb in [" are ", " is "] {
        guard let range = first.range(ofASCII: name + verb),
          range.lowerBound == first.startIndex || first[..<range.lowerBound].hasSuffix(", ")
        else { continue }
        let complement = String(first[range.upperBound...])
        if DefiningPatterns.complementProblem(complement, verb: verb) == nil {
          return (complement, aliases)
        }
        return (own(first), aliases)
      }
    }
    let lower = first.lowercased()
    for lead in ["these are ", "this is ", "it is ", "they are "] where lower.hasPrefix(lead) {
      return (
        Sentences.capitalizedFirst(withoutPraise(String(first.dropFirst(lead.count)))), aliases
      )
    }
    // "above the mean; …" places the term, it does not define it.
    if let opening = Lexicon.words(first).first, Lexicon.prepositions.contains(opening) {
      return nil
    }
    if first.first?.isLowercase == true { return (first, aliases) }
    let words = first.split(separator: " ").map(String.init)
    guard let opening = words.first?.lowercased() else { return nil }
    // "These cells engulf microbes …" → "Cells that engulf microbes …".
    if opening == "these", words.count > 3, words[1].lowercased().hasSuffix("s"),
      words[1].allSatisfy(\.isLetter)
    {
      var verb = 2
      while verb < words.count - 1, words[verb].lowercased().hasSuffix("ly") { verb += 1 }
      let word = words[verb].lowercased()
      if word.allSatisfy(\.isLetter), !["are", "were", "have", "can", "will"].contains(word),
        !Lexicon.prepositions.contains(word), !Lexicon.pronouns.contains(word), word != "and"
      {
        let noun = Sentences.capitalizedFirst(words[1].lowercased())
        return ("\(noun) that " + words[2...].joined(separator: " "), aliases)
      }
    }
    if opening == "this", let verb = words.indices.dropFirst(2).first(where: { isVerb(words[$0]) })
    {
      let noun = words[1..<verb].joined(separator: " ")
      let article = Sentences.capitalizedFirst(Lexicon.indefiniteArticle(for: noun))
      return ("\(article) \(noun) that " + words[verb...].joined(separator: " "), aliases)
    }
    if opening.hasSuffix("ed") { return (own(first), aliases) }
    if opening.hasSuffix("ing") {
      guard let modal = words.firstIndex(where: { Lexicon.modals.contains($0.lowercased()) }),
        modal > 1
      else { return nil }
      return (words[..<modal].joined(separator: " "), aliases)
    }
    // "The use of microscopes to …", "The study of …": a noun phrase naming what the term is.
    if opensWithDefiningHead(first) { return (first, aliases) }
    if Lexicon.articles.contains(opening), opening != "the" {
      return first.containsASCII(" is to ") ? nil : (first, aliases)
    }
    let lead = words.prefix(6).joined(separator: " ")
    if Sentences.mentions(lead, anyOf: allNames) { return (first, aliases) }
    let clause = Lexicon.words(first.prefix { $0 != "," })
    if clause.prefix(5).contains(where: { Lexicon.categoryHeads.contains($0) })
      || first.containsASCII(", and other ")
    {
      return (first, aliases)
    }
    return nil
  }

  /// Property words the body gives: "They are multipotent", "ESCs are pluripotent".
  static func properties(body: String, names: [String]) -> [String] {
    var found: [String] = []
    let subjects = ["they", "these", "it"] + names.map { $0.lowercased() }
    for sentence in Sentences.split(body) {
      let lower = sentence.lowercased()
      for subject in subjects {
        for verb in [" are ", " is "] {
          guard let range = lower.range(ofASCII: subject + verb),
            range.lowerBound == lower.startIndex || lower[..<range.lowerBound].hasSuffix(", ")
          else { continue }
          var words = lower[range.upperBound...].split(separator: " ").map(String.init)
          while let first = words.first, first.hasSuffix("ly") || first == "often" {
            words.removeFirst()
          }
          guard let word = words.first, word.hasSuffix(",") || word.hasSuffix(".") else { continue }
          let property = String(word.dropLast())
          if Lexicon.looksAdjective(property), !found.contains(property) { found.append(property) }
        }
      }
    }
    return found
  }

  /// True when a description says something about its term rather than what it is: it
  /// opens with a pronoun or quantifier ("these usually run …", "any device …", "every device
  /// connects …") or with a plural noun and its verb ("browsers use …", "files are kept …").
  static func isStatement(_ text: String) -> Bool {
    let words = text.split(separator: " ").map { $0.lowercased() }
    guard words.count > 2, let first = words.first else { return false }
    if statementOpeners.contains(first) { return true }
    guard text.first?.isLowercase == true, first.hasSuffix("s"), !first.hasSuffix("ss"),
      first.allSatisfy(\.isLetter)
    else { return false }
    let next = words[1]
    return next.allSatisfy(\.isLetter) && !next.hasSuffix("ing") && !next.hasSuffix("ed")
      && !Lexicon.prepositions.contains(next) && !Lexicon.articles.contains(next)
      && !["that", "which", "who", "whose", "where", "and", "or", "with"].contains(next)
  }

  /// True when `sentence` names every content word of a header of two words or more, in any
  /// form: "Preventing the patient's immune system from rejecting implanted cells …"
  /// restates "Immune Rejection"; "browsers use HTTP …" does not restate "Web browsing".
  static func restates(_ sentence: String, _ header: String) -> Bool {
    let wanted = Lexicon.words(header).filter { $0.count >= 4 }
    guard wanted.count >= 2, Lexicon.words(sentence).count >= 6 else { return false }
    let words = Lexicon.words(sentence)
    return wanted.allSatisfy { word in
      let stem = word.prefix(5)
      return words.contains { $0.count >= 4 && $0.hasPrefix(stem) }
    }
  }

  /// True when `intro` (the sentence that leads into a list, or its heading) names the kind
  /// of thing `term` is: "Two common topologies are:" introduces "Star topology".
  static func introduces(_ intro: String, _ term: String) -> Bool {
    guard let head = term.split(separator: " ").last?.lowercased(), head.count >= 4 else {
      return false
    }
    let stem = head.prefix(5)
    return Lexicon.words(intro).contains { $0.count >= 4 && $0.hasPrefix(stem) }
  }

  /// True for "The use of …", "the study of …": a noun phrase that says what something is.
  static func opensWithDefiningHead(_ text: String) -> Bool {
    let words = text.split(separator: " ", maxSplits: 3).map { $0.lowercased() }
    return words.count > 3 && words[0] == "the" && words[2] == "of"
      && definingHeads.contains(words[1])
  }

  /// Nouns that, as "The … of", open a definition rather than a statement.
  private static let definingHeads: Set<String> = [
    "use", "study", "process", "practice", "science", "branch", "art", "act", "ability",
    "capacity", "transfer", "movement", "loss", "production", "formation", "removal",
    "measurement", "theory", "principle", "state", "condition", "quality", "amount", "rate",
    "degree", "tendency", "conversion", "breakdown", "exchange", "spread", "growth",
  ]

  /// Words opening a statement rather than a description ("These …", "Every …").
  private static let statementOpeners: Set<String> = [
    "these", "they", "it", "there", "any", "every", "each", "all", "most", "some", "many",
  ]

  /// Praise that opens a description ("crucial", "vital").
  private static let praiseWords: Set<String> = [
    "crucial", "important", "essential", "key", "vital", "significant", "major", "critical",
  ]

  /// "crucial components, providing …" → "components providing …".
  private static func withoutPraise(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    guard words.count > 3, praiseWords.contains(words[0].lowercased()) else { return text }
    words.removeFirst()
    if words[0].hasSuffix(","), words[1].hasSuffix("ing") { words[0].removeLast() }
    return words.joined(separator: " ")
  }

  private static func isVerb(_ word: String) -> Bool {
    let lower = word.lowercased()
    if Lexicon.modals.contains(lower) { return true }
    return lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us")
  }
}
