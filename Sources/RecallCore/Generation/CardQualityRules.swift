import Foundation

/// The rules of `CardQuality` applied to one card.
struct CardRules {
  let card: Card
  /// The definition the card was made from, if known.
  let definition: Definition?
  let index: DefinitionIndex

  private var ownNames: [String] { definition?.names ?? [card.term] }

  func problems() -> [CardProblem] {
    var problems: [CardProblem] = []
    if let shown = shownDefinition {
      problems += CardRules.answerProblems(shown)
      if let other = index.terms.definedTerm(in: shown, notNamed: ownNames) {
        problems.append(.definesOtherTerm(other))
      }
    }
    switch card.kind {
    case .definition:
      if let term = CardRules.ownTerm(in: card.back, names: circularNames) {
        problems.append(.circularDefinition(term: term))
      }
    case .cloze:
      let words = Lexicon.words(card.back)
      let isName = ownNames.contains { Slug.of($0) == Slug.of(card.back) }
      if !isName, !words.isEmpty, words.allSatisfy(CardLexicon.isUnrecallable) {
        problems.append(.unrecallableBlank(card.back))
      }
    case .choice, .comparison:
      problems += optionProblems
    case .truefalse:
      problems += statementProblems
    case .reverse, .abbreviation, .basic:
      break
    }
    return problems
  }

  /// The definition a card shows: a definition card's answer, or the clue of a reverse,
  /// choice or true/false card.
  private var shownDefinition: String? {
    let text: String
    switch card.kind {
    case .definition:
      text = card.back
    case .reverse, .choice:
      guard let colon = card.front.range(of: ": ") else { return nil }
      text = String(card.front[colon.upperBound...])
    case .truefalse:
      guard let colon = card.front.range(of: ": ") else { return nil }
      text = String(card.front[colon.upperBound...])
    default:
      return nil
    }
    var result = Substring(text)
    while let last = result.last, ".?!;:, ".contains(last) { result.removeLast() }
    return String(result)
  }

  /// The names that make a definition circular: the term and its abbreviation, not aliases
  /// (an answer may teach another name) and not a part of a term (the head noun "cells" of
  /// "stem cells" is the genus a definition names).
  private var circularNames: [String] {
    ([definition?.term ?? card.term] + [definition?.abbreviation].compactMap { $0 })
      .filter { $0.count > 1 }
  }

  // MARK: Answers

  /// A pronoun-only or fragment answer.
  static func answerProblems(_ text: String) -> [CardProblem] {
    // A blank stands for a name: a content word.
    let words = Lexicon.words(
      text.containsASCII("____") ? text.replacingOccurrences(of: "____", with: " blank ") : text)
    let content = words.filter { !CardLexicon.stopWords.contains($0) }
    if content.isEmpty { return [.pronounAnswer(text)] }
    // "in this way", "these disorders": a demonstrative before a noun points at the article.
    if zip(words, words.dropFirst()).contains(where: { pair in
      ["this", "these", "those", "such"].contains(pair.0) && !CardLexicon.stopWords.contains(pair.1)
        && !CardLexicon.isVerb(pair.1)
    }) {
      return [.danglingReference(text)]
    }
    // "a repository of information he believed to be shared": "he" names nobody on the card.
    if let pronoun = words.firstIndex(where: { ["he", "she", "him", "his", "her"].contains($0) }),
      !text.split(separator: " ").prefix(pronoun).contains(where: {
        $0.first?.isUppercase == true
      })
    {
      return [.danglingReference(text)]
    }
    let relative = zip(words, words.dropFirst()).contains {
      Lexicon.relativeIntroducers.contains($0.0)
    }
    guard !relative, !words.contains(where: CardLexicon.isVerb) else { return [] }
    let dangling = words.last.map { last in
      CardLexicon.pointers.contains(last) || Lexicon.articles.contains(last)
        || ["and", "or", "but", "of", "to", "with", "for", "by", "from"].contains(last)
    }
    if words.count < 3 || (dangling == true && content.count <= 2) {
      return [.fragmentAnswer(text)]
    }
    return []
  }

  /// The first of `names` that `text` contains as whole words, or nil.
  static func ownTerm(in text: String, names: [String]) -> String? {
    names.first { Sentences.mentions(text, anyOf: [$0]) }
  }

  // MARK: Options

  private var optionProblems: [CardProblem] {
    guard let choices = card.choices else { return [] }
    var problems: [CardProblem] = []
    var seen: Set<String> = []
    for option in choices {
      let key = CardRules.singular(Slug.of(option))
      if !seen.insert(key).inserted { problems.append(.repeatedOption(option)) }
    }
    let answerKeys = Set(ownNames.flatMap(Distractors.keys))
    for option in choices where Slug.of(option) != Slug.of(card.back) {
      let names = [option] + index.definitions(named: option).flatMap(\.names)
      if !Set(names.flatMap(Distractors.keys)).isDisjoint(with: answerKeys) {
        problems.append(.optionNamesAnswer(option))
      }
    }
    return problems
  }

  static func singular(_ slug: String) -> String {
    slug.hasSuffix("s") ? String(slug.dropLast()) : slug
  }

  // MARK: Statements

  private var statementProblems: [CardProblem] {
    guard card.back.hasPrefix("False"), let definition,
      let start = card.front.range(of: "True or false? "),
      let colon = card.front.range(of: ": ", range: start.upperBound..<card.front.endIndex)
    else { return [] }
    let shown = String(card.front[start.upperBound..<colon.lowerBound])
    let shownDefinitions = index.definitions(named: shown)
    let shownNames = ([shown] + shownDefinitions.flatMap(\.names)).filter { $0.count > 1 }
    var problems: [CardProblem] = []
    if CardRules.relates(shownNames, to: definition) {
      problems.append(.falseStatementIsTrue(shown: shown))
    }
    let answerIsProperty = CardRules.isProperty(definition)
    let shownIsProperty =
      shownDefinitions.first.map(CardRules.isProperty)
      ?? (Lexicon.words(shown).count == 1 && Lexicon.looksAdjective(shown.lowercased())
        && !Lexicon.isPlural(shown))
    if answerIsProperty != shownIsProperty { problems.append(.statementMixesKinds(shown: shown)) }
    return problems
  }

  /// True when the article relates a term of `names` to `definition`: its text or sentence
  /// names one, or one is a kind of the term or the term itself, so pairing the two in a
  /// statement may well be true.
  static func relates(_ names: [String], to definition: Definition) -> Bool {
    let names = names.filter { $0.count > 1 }
    return Sentences.mentions(definition.text + " \n " + definition.sentence, anyOf: names)
      || names.contains { name in
        definition.names.contains { Distractors.nested(name, $0) || Slug.of(name) == Slug.of($0) }
      }
  }

  /// True when a definition describes a property ("pluripotent: able to …") rather than a
  /// thing.
  static func isProperty(_ definition: Definition) -> Bool {
    let text = definition.text.lowercased()
    return definition.isAdjective || CardLexicon.propertyOpenings.contains { text.hasPrefix($0) }
  }
}
