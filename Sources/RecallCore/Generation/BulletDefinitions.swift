import Foundation

/// Definitions given as list items: "**Term:** description" and "**Term** – description".
enum BulletDefinitions {
  /// The header and body of a "Term: description" item, or nil for an ordinary item.
  static func split(_ block: ArticleBlock) -> (header: String, body: String)? {
    let text = block.text
    if let bold = block.bold.first, text.hasPrefix(bold) {
      let rest = text.dropFirst(bold.count)
      if bold.hasSuffix(":") { return (String(bold.dropLast()), String(rest).trimmingSpaces) }
      if rest.hasPrefix(":") { return (bold, String(rest.dropFirst()).trimmingSpaces) }
      if rest.hasPrefix(" - ") { return (bold, String(rest.dropFirst(3)).trimmingSpaces) }
      if rest.isEmpty { return nil }
    }
    for separator in [": ", " - "] {
      guard let range = text.range(ofASCII: separator) else { continue }
      let header = String(text[..<range.lowerBound])
      let words = header.split(separator: " ")
      guard (1...5).contains(words.count), header.first?.isUppercase == true,
        !header.contains(where: { ",.;".contains($0) })
      else { continue }
      return (header, String(text[range.upperBound...]).trimmingSpaces)
    }
    if text.hasSuffix(":"), text.split(separator: " ").count <= 6 {
      return (String(text.dropLast()), "")
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
    if first.first?.isLowercase == true { return (first, aliases) }
    let words = first.split(separator: " ").map(String.init)
    guard let opening = words.first?.lowercased() else { return nil }
    if opening == "this", let verb = words.indices.dropFirst(2).first(where: { isVerb(words[$0]) })
    {
      let noun = words[1..<verb].joined(separator: " ")
      let article = "aeiou".contains(noun.first ?? "x") ? "An" : "A"
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

  /// "crucial components, providing …" → "components providing …".
  private static func withoutPraise(_ text: String) -> String {
    let praise: Set<String> = [
      "crucial", "important", "essential", "key", "vital", "significant", "major", "critical",
    ]
    var words = text.split(separator: " ").map(String.init)
    guard words.count > 3, praise.contains(words[0].lowercased()) else { return text }
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
