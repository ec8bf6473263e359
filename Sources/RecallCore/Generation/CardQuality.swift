/// A reason a teacher would throw a generated card away.
public enum CardProblem: Hashable, Sendable, CustomStringConvertible {
  /// The definition shown is only pronouns and grammar words ("It.", "This one.").
  case pronounAnswer(String)
  /// The definition shown is a fragment: no verb and under three words, or no verb and ending
  /// on a word that points elsewhere ("In biology, this.").
  case fragmentAnswer(String)
  /// The answer points at something only the article shows: "the flow of electrons in this
  /// way", "these disorders".
  case danglingReference(String)
  /// A definition card's answer contains its own term (or abbreviation) in full.
  case circularDefinition(term: String)
  /// The definition shown has another term of the deck as its subject, so it defines that one.
  case definesOtherTerm(String)
  /// A cloze blanks a grammar, hedge or praise word no learner could recall.
  case unrecallableBlank(String)
  /// A multiple-choice option other than the answer is another name of the answer.
  case optionNamesAnswer(String)
  /// A multiple-choice option stands twice (same words, singular or plural).
  case repeatedOption(String)
  /// A "false" true/false statement pairs the definition with a term its text relates to it.
  case falseStatementIsTrue(shown: String)
  /// A "false" true/false statement pairs the definition with a term of another kind.
  case statementMixesKinds(shown: String)

  /// One line saying what is wrong, for test failures and reports.
  public var description: String {
    switch self {
    case .pronounAnswer(let text): "answer is only a pronoun: \"\(text)\""
    case .fragmentAnswer(let text): "answer is a fragment: \"\(text)\""
    case .danglingReference(let text): "answer points outside itself: \"\(text)\""
    case .circularDefinition(let term): "definition contains its own term \"\(term)\""
    case .definesOtherTerm(let other): "answer defines another term, \"\(other)\""
    case .unrecallableBlank(let word): "cloze blanks a word no one can recall: \"\(word)\""
    case .optionNamesAnswer(let option): "option \"\(option)\" is another name of the answer"
    case .repeatedOption(let option): "option \"\(option)\" stands twice"
    case .falseStatementIsTrue(let shown): "\"false\" statement is true of \"\(shown)\""
    case .statementMixesKinds(let shown):
      "statement pairs a definition with \"\(shown)\", another kind"
    }
  }
}

/// Checks generated cards against the rules a teacher keeps cards by.
public enum CardQuality {
  /// A card and one problem it has.
  public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// The card.
    public var card: Card
    /// What is wrong with it.
    public var problem: CardProblem

    /// `id: problem`, one line.
    public var description: String { "\(card.id): \(problem)" }
  }

  /// Every problem of every card of a generation run.
  public static func problems(in result: GenerationResult) -> [Finding] {
    problems(in: result.deck.cards, definitions: result.definitions)
  }

  /// Every problem of `cards`, judged with the definitions they were made from (cards whose
  /// definition is not among them are judged by their own text only).
  public static func problems(in cards: [Card], definitions: [Definition]) -> [Finding] {
    let index = DefinitionIndex(definitions)
    return cards.flatMap { card in
      CardRules(card: card, definition: index.definition(of: card), index: index).problems()
        .map { Finding(card: card, problem: $0) }
    }
  }
}

/// Finds a card's definition by its id (`kind:slug#keyword#2` → second definition of `slug`)
/// and a term's definitions by the term shown.
struct DefinitionIndex {
  let definitions: [Definition]
  /// The definitions' names, for finding another term's definition in a card.
  let terms: TermIndex
  private var byKey: [String: Definition] = [:]
  private var byName: [String: [Definition]] = [:]

  init(_ definitions: [Definition]) {
    self.definitions = definitions
    terms = TermIndex(definitions)
    var seen: [String: Int] = [:]
    for definition in definitions {
      let slug = Slug.of(definition.term)
      let number = (seen[slug] ?? 0) + 1
      seen[slug] = number
      let key = number == 1 ? slug : "\(slug)#\(number)"
      if byKey[key] == nil { byKey[key] = definition }
      for name in definition.names {
        byName[Slug.of(name), default: []].append(definition)
      }
    }
  }

  /// The definition `card` was made from, or nil.
  func definition(of card: Card) -> Definition? {
    let afterKind = card.id.split(separator: ":", maxSplits: 1).last.map(String.init) ?? card.id
    let parts = afterKind.split(separator: "#").map(String.init)
    guard let slug = parts.first else { return nil }
    if parts.count > 1, let last = parts.last, last.allSatisfy(\.isNumber),
      let numbered = byKey["\(slug)#\(last)"]
    {
      return numbered
    }
    return byKey[slug]
  }

  /// The definitions a shown term or option names.
  func definitions(named name: String) -> [Definition] {
    byName[Slug.of(name)] ?? []
  }
}
