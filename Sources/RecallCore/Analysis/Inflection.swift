/// Singular and plural forms of English nouns, for matching a term across its mentions.
enum Inflection {
  /// Plurals that no suffix rule gives.
  static let irregularPlurals: [String: String] = [
    "children": "child", "people": "person", "men": "man", "women": "woman", "teeth": "tooth",
    "feet": "foot", "mice": "mouse", "geese": "goose", "data": "datum", "criteria": "criterion",
    "phenomena": "phenomenon", "bacteria": "bacterium", "media": "medium", "stomata": "stoma",
    "mitochondria": "mitochondrion", "ganglia": "ganglion", "leaves": "leaf", "lives": "life",
  ]
  /// Words ending in "s" that are singular.
  static let singularInS: Set<String> = [
    "analysis", "basis", "crisis", "diagnosis", "hypothesis", "synthesis", "thesis", "osmosis",
    "mitosis", "meiosis", "homeostasis", "species", "series", "news", "gas", "bias", "virus",
    "status", "process", "class", "glass", "mass", "loss", "stress", "nucleus", "stimulus",
    "fungus", "focus", "apparatus", "corpus", "genus", "lens", "iris", "pelvis", "axis",
    "physics", "economics", "genetics", "mathematics", "ethics", "politics", "statistics",
    "biomass", "always", "its", "this", "is", "was", "has", "does", "plus", "thus", "canvas",
  ]

  /// The singular of `word` (lower case): "cells" → "cell", "nuclei" → "nucleus",
  /// "species" → "species".
  static func singular(_ word: String) -> String {
    if let base = irregularPlurals[word] { return base }
    if singularInS.contains(word) || word.count <= 3 { return word }
    if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ae"), word.count > 4 { return String(word.dropLast()) }
    if word.hasSuffix("i"), word.count > 4, !word.hasSuffix("ii") {
      return String(word.dropLast()) + "us"
    }
    for ending in ["ches", "shes", "sses", "xes", "zes"] where word.hasSuffix(ending) {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("ses"), word.count > 5 { return String(word.dropLast(2)) + "is" }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
      return String(word.dropLast())
    }
    return word
  }

  /// True when `word` reads as a plural noun.
  static func isPlural(_ word: String) -> Bool {
    if irregularPlurals[word] != nil { return true }
    return singular(word) != word
  }

  /// The plural of `word` (lower case): "cell" → "cells", "body" → "bodies".
  static func plural(_ word: String) -> String {
    if let plural = irregularPlurals.first(where: { $0.value == word })?.key { return plural }
    if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
      return String(word.dropLast()) + "ies"
    }
    if word.hasSuffix("sis") { return String(word.dropLast(2)) + "es" }
    for ending in ["ch", "sh", "ss", "x", "z"] where word.hasSuffix(ending) { return word + "es" }
    return word + "s"
  }

  /// A phrase's last word made singular: "embryonic stem cells" → "embryonic stem cell".
  static func singularPhrase(_ phrase: String) -> String {
    var words = phrase.split(separator: " ").map(String.init)
    guard let last = words.last else { return phrase }
    words[words.count - 1] =
      singular(last.lowercased()) == last.lowercased() ? last : singular(last.lowercased())
    return words.joined(separator: " ")
  }
}
