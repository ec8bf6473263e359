/// What a definition's text keeps of the sentence it came from: no references to figures,
/// tables or cited authors, and no hedge or link to the sentence before ahead of the claim.
enum MeaningText {
  /// `text` without "(Figure 8.9)", "(see Table 2)", "([link])", "(Lashley, 1950)", "(Kapur
  /// et al., 1994)", and without a leading "it is also believed that".
  static func tidy(_ text: String) -> String {
    var result = text
    // "In fact, as an enzyme binds …", "Indeed, …": a link to the sentence before.
    for link in linkLeads where result.lowercased().hasPrefix(link) {
      result = String(result.dropFirst(link.count))
      break
    }
    guard result.contains("(") || result.hasPrefix("it ") || result.hasPrefix("It ") else {
      return result
    }
    result = withoutReferences(result)
    let lower = result.lowercased()
    for lead in hedgeLeads where lower.hasPrefix(lead) {
      result = String(result.dropFirst(lead.count))
      break
    }
    return result
  }

  /// Openings that tie a sentence to the one before and say nothing of the meaning.
  static let linkLeads = ["in fact, ", "indeed, ", "in other words, ", "of course, "]

  /// "It is also believed that strong emotions …": a hedge, not the meaning.
  static let hedgeLeads: [String] = {
    var leads: [String] = []
    for adverb in ["", "also ", "often ", "generally ", "widely ", "now "] {
      for verb in ["believed", "thought", "known", "assumed", "argued", "said", "accepted"] {
        leads.append("it is \(adverb)\(verb) that ")
      }
    }
    return leads
  }()

  /// True when the bracketed `inside` refers elsewhere rather than saying something.
  /// True for a meaning that only names a class in everyday words: an article ("a", "the",
  /// "such a"), at most two modifiers and a head noun, nothing saying which ("a special
  /// substance", "such an event", "the most spectacular showers", "a very practical
  /// technique"); not "the nonphysical, intangible economic activities" (words of the
  /// subject) or "a tool used to study randomness".
  static func isThin(_ text: String) -> Bool {
    var words = Lexicon.words(text)
    if words.first == "such" { words.removeFirst() }
    guard let first = words.first, ["a", "an", "the"].contains(first),
      (2...4).contains(words.count), let common = CommonWords.shipped
    else { return false }
    let rest = words.dropFirst()
    return !rest.contains(where: { common.isTechnical($0) || $0.contains(where: \.isNumber) })
      && !rest.contains(where: { Lexicon.prepositions.contains($0) || $0 == "and" })
      && text.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" || $0 == "." }
  }

  static func isReference(_ inside: Substring) -> Bool {
    let lower = inside.lowercased()
    if ["figure", "fig.", "table", "see ", "[link]", "link"].contains(where: { lower.hasPrefix($0) }
    ) {
      return true
    }
    // A citation: a name and a year ("Lashley, 1950", "Kapur et al., 1994").
    guard let last = inside.split(whereSeparator: { $0 == " " || $0 == "," }).last,
      last.count == 4, last.allSatisfy(\.isNumber), inside.first?.isUppercase == true
    else { return false }
    return inside.contains(",")
  }

  private static func withoutReferences(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "("),
      let close = rest[open...].firstIndex(of: ")")
    {
      let inside = rest[rest.index(after: open)..<close]
      if isReference(inside) {
        var before = rest[..<open]
        while before.last == " " { before = before.dropLast() }
        result += before
      } else {
        result += rest[...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }
}
