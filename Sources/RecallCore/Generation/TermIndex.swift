/// The names of a deck's definitions by their slug (singular and plural), so finding which
/// term a text opens with looks up its first few words instead of trying every definition.
struct TermIndex {
  private var names: [String: [(name: String, keys: Set<String>)]] = [:]

  /// The index of `definitions`' names.
  init(_ definitions: [Definition]) {
    for definition in definitions {
      let keys = Set(definition.names.flatMap(Distractors.keys))
      for name in definition.names where name.count > 1 {
        for key in Distractors.keys(name) { names[key, default: []].append((name, keys)) }
      }
    }
  }

  /// The name of another term that `text` opens with (after an article, or after a leading
  /// phrase and comma) as the subject of a defining verb, or nil; terms sharing a name with
  /// `own` do not count.
  func definedTerm(in text: String, notNamed own: [String]) -> String? {
    let ownKeys = Set(own.flatMap(Distractors.keys))
    var starts = [Substring(text)]
    if let comma = text.rangeOfText(", ") { starts.append(text[comma.upperBound...]) }
    for start in starts {
      var words = Lexicon.words(start.prefix(160))
      if let first = words.first, ["a", "an", "the"].contains(first) { words.removeFirst() }
      guard words.count >= 2 else { continue }
      for length in 1...min(6, words.count - 1)
      where CardLexicon.definingVerbs.contains(words[length]) {
        let key = Slug.of(words[0..<length].joined(separator: " "))
        if let entry = names[key]?.first(where: { $0.keys.isDisjoint(with: ownKeys) }) {
          return entry.name
        }
      }
    }
    return nil
  }
}
