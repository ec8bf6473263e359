import Foundation

/// The text of a definition as cards may show it, after the checks of `CardQuality`: a
/// pronoun, a fragment or another term's definition is no answer; a definition naming its own
/// term is cut before the clause that names it, or shown only with the term blanked.
struct CardText {
  /// What the cards may show, empty when no card may show the definition.
  let text: String
  /// False when the text still names its own term, so only cards that blank it may show it.
  let answersDefinitionCard: Bool

  /// Judges `definition` among the deck's definitions, indexed by `index`.
  init(_ definition: Definition, among index: TermIndex) {
    let original = definition.text
    guard !original.isEmpty, CardRules.answerProblems(original).isEmpty,
      index.definedTerm(in: original, notNamed: definition.names) == nil
    else {
      (text, answersDefinitionCard) = ("", false)
      return
    }
    let names = CardText.circularNames(of: definition)
    guard CardRules.ownTerm(in: original, names: names) != nil else {
      (text, answersDefinitionCard) = (original, true)
      return
    }
    if let cut = CardText.cut(original, before: names), CardRules.answerProblems(cut).isEmpty {
      (text, answersDefinitionCard) = (cut, true)
    } else {
      (text, answersDefinitionCard) = (original, false)
    }
  }

  /// The term and abbreviation, the names a definition must not contain.
  static func circularNames(of definition: Definition) -> [String] {
    ([definition.term] + [definition.abbreviation].compactMap { $0 }).filter { $0.count > 1 }
  }

  /// `text` up to the clause break (`;`, ` — `, ` - `) before the first mention of `names`,
  /// without debris such as a dangling "e.g." — or nil when the first clause names them too.
  static func cut(_ text: String, before names: [String]) -> String? {
    let first = names.flatMap { Sentences.ranges(of: $0, in: text) }.map(\.lowerBound).min()
    guard let first else { return text }
    let head = text[..<first]
    let breaks = ["; ", " — ", " – ", " - "].compactMap { head.range(of: $0, options: .backwards) }
    guard let cut = breaks.map(\.lowerBound).max() else { return nil }
    var result = String(text[..<cut])
    for debris in [", e.g.", ", i.e.", " e.g.", " i.e.", ", e.g", ", i.e", ","] {
      if result.hasSuffix(debris) { result.removeLast(debris.count) }
    }
    result = Sentences.withoutFinalPunctuation(result)
    return Lexicon.words(result).count >= 3 ? result : nil
  }
}
