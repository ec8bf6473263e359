/// Joins what several sentences say about one term and drops junk terms.
enum Merger {
  /// One definition per term with text (aliases, abbreviations and properties gathered from
  /// all mentions); a term defined twice keeps both definitions, in reading order.
  static func merge(_ found: [Definition], rejected: [RejectedCandidate])
    -> (definitions: [Definition], rejected: [RejectedCandidate])
  {
    var rejected = rejected
    // What a term does ("Tropomyosin blocks …") stands in only when nothing says what it is.
    let defined = Set(
      found.filter { !weak.contains($0.pattern) && !$0.text.isEmpty }.map { Slug.of($0.term) })
    let found = found.filter {
      ![.function, .setting].contains($0.pattern) || !defined.contains(Slug.of($0.term))
    }
    var merged: [Definition] = []
    var indexByName: [String: Int] = [:]
    let namesDefined = Set(found.filter { !$0.text.isEmpty }.flatMap(\.names).map(key))
    for var definition in found {
      // "…, also called paradoxical sleep" of "REM sleep": a meaning that is only another
      // name of a term defined elsewhere makes the term that name's alias.
      if Self.isOtherName(definition.text, of: definition.term),
        namesDefined.contains(key(definition.text))
      {
        definition.aliases.append(definition.text)
        definition.text = ""
      }
      if let reason = TermText.junkReason(definition.term) {
        rejected.append(
          RejectedCandidate(
            sentence: definition.sentence, line: definition.line, reason: .notATerm(reason)))
        continue
      }
      definition.aliases = unique(definition.aliases, without: definition.term)
      let keys = definition.names.map(key)
      guard let index = keys.lazy.compactMap({ indexByName[$0] }).first else {
        merged.append(definition)
        for key in keys { indexByName[key] = merged.count - 1 }
        continue
      }
      var existing = merged[index]
      if !definition.text.isEmpty, !existing.text.isEmpty, definition.line != existing.line,
        Slug.of(definition.term) == Slug.of(existing.term)
      {
        merged.append(definition)
        continue
      }
      // Two sentences of one paragraph: what the term is beats what it does.
      // "… this clearance is referred to as seroconversion. Seroconversion is the …": what
      // the term is, said of it, beats a name given to what the sentences around describe.
      let better =
        !definition.text.isEmpty
        && ((Self.weak.contains(existing.pattern) && !Self.weak.contains(definition.pattern))
          || (existing.pattern == .reverse && definition.pattern == .copula))
      if better || (existing.text.isEmpty && !definition.text.isEmpty) {
        let names = existing.names
        existing.text = definition.text
        existing.sentence = definition.sentence
        existing.pattern = definition.pattern
        existing.line = definition.line
        existing.section = definition.section
        existing.group = definition.group
        existing.isAdjective = definition.isAdjective
        existing.article = definition.article
        existing.aliases += names.filter { $0 != existing.abbreviation }
        existing.term = definition.term
      }
      existing.aliases = unique(existing.aliases + definition.names, without: existing.term)
      if existing.abbreviation == nil { existing.abbreviation = definition.abbreviation }
      if let abbreviation = existing.abbreviation {
        existing.aliases.removeAll { Slug.of($0) == Slug.of(abbreviation) }
      }
      existing.properties = unique(existing.properties + definition.properties, without: "")
      merged[index] = existing
      for name in existing.names where indexByName[key(name)] == nil {
        indexByName[key(name)] = index
      }
    }
    // "Open Systems Interconnection (OSI)" alone, beside the defined "Open Systems
    // Interconnection (OSI) model": the longer name already asks what OSI stands for.
    let kept = merged.filter { definition in
      guard !definition.text.isEmpty || definition.abbreviation != nil else { return false }
      guard definition.text.isEmpty, let abbreviation = definition.abbreviation else { return true }
      return !merged.contains { other in
        !other.text.isEmpty && (other.abbreviation?.hasPrefix(abbreviation + " ") ?? false)
          && Slug.of(other.term).hasPrefix(Slug.of(definition.term) + "-")
      }
    }
    return (kept, rejected)
  }

  /// True when `text` is a short name with the term's own head noun and an abbreviation in
  /// it ("REM sleep" for "paradoxical sleep", "NREM stage 3 sleep" for "deep sleep").
  static func isOtherName(_ text: String, of term: String) -> Bool {
    let words = Lexicon.words(text)
    guard words.count >= 2, words.count <= 4, let head = Lexicon.words(term).last,
      words.last == head, Lexicon.words(term).count >= 2,
      !Lexicon.articles.contains(words[0]), Slug.of(text) != Slug.of(term)
    else { return false }
    // A name carries an abbreviation ("REM sleep"); a description does not ("immature
    // blood cells").
    return text.split(separator: " ").contains { word in
      word.count >= 2 && word.allSatisfy { $0.isUppercase || $0.isNumber }
    }
  }

  /// Patterns that say what a term does or where it stands rather than what it is.
  private static let weak: Set<Definition.Pattern> = [.function, .sectionLead, .setting]

  /// A name as it is looked up: slugged, its last word singular ("synovial membranes" and
  /// "synovial membrane" are one term).
  private static func key(_ name: String) -> String {
    Slug.of(Inflection.singularPhrase(name.lowercased()))
  }

  private static func unique(_ names: [String], without term: String) -> [String] {
    var seen: Set<String> = [key(term)]
    var result: [String] = []
    for name in names where !name.isEmpty && seen.insert(key(name)).inserted {
      result.append(name)
    }
    return result
  }
}
