/// Matches abbreviations to the words they shorten ("ESCs" ↔ "Embryonic Stem Cells").
enum Abbreviations {
  /// True for a token shaped like an abbreviation: "ESCs", "iPSCs", "AI", "CRISPR-Cas9".
  static func looksLikeAbbreviation(_ token: String) -> Bool {
    guard (2...12).contains(token.count), !token.contains(" ") else { return false }
    let capitals = token.filter(\.isUppercase).count
    return capitals >= 2 && token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
  }

  /// The shortest run of words ending `words` that `abbreviation` shortens, after Schwartz and
  /// Hearst: each letter found in order from the right, the first at the start of a word.
  static func longForm(of abbreviation: String, endingWords words: [String]) -> [String]? {
    let letters = Array(abbreviation.lowercased().filter { $0.isLetter || $0.isNumber })
    var core = letters
    if core.count > 2, abbreviation.last == "s" { core.removeLast() }
    // A chemical formula's count ("CO2") has no letter in the name ("carbon dioxide").
    var formula = false
    if core.count > 2, let last = core.last, last.isNumber, !words.joined().contains(last) {
      core.removeLast()
      formula = true
    }
    guard let first = core.first else { return nil }
    let limit = min(words.count, core.count + 3)
    guard limit > 0 else { return nil }
    for count in 1...limit {
      let candidate = Array(words.suffix(count))
      // A formula names one element a word: "carbon dioxide" for CO2, not "carbon".
      if formula, candidate.count < core.count { continue }
      guard let head = candidate.first?.lowercased().first, head == first else { continue }
      if Lexicon.articles.contains(candidate[0].lowercased()) { continue }
      if matches(core, Array(candidate.joined(separator: " ").lowercased())) { return candidate }
    }
    return nil
  }

  /// True when `abbreviation` shortens `term`.
  static func abbreviates(_ abbreviation: String, _ term: String) -> Bool {
    let words = term.split(separator: " ").map(String.init)
    return longForm(of: abbreviation, endingWords: words)?.count == words.count
  }

  private static func matches(_ letters: [Character], _ long: [Character]) -> Bool {
    var longIndex = long.count - 1
    var letterIndex = letters.count - 1
    while letterIndex >= 0 {
      let letter = letters[letterIndex]
      while longIndex >= 0 {
        let char = long[longIndex]
        let atWordStart =
          longIndex == 0 || !(long[longIndex - 1].isLetter || long[longIndex - 1].isNumber)
        if char == letter, letterIndex > 0 || atWordStart { break }
        longIndex -= 1
      }
      if longIndex < 0 { return false }
      longIndex -= 1
      letterIndex -= 1
    }
    return true
  }
}
