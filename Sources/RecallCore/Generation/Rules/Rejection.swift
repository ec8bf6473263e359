/// Why a sentence or list item that looked like a definition gave no card: a typed value the
/// finder decides on, and `generate --report` prints.
public enum Rejection: Error, Hashable, Sendable, CustomStringConvertible {
  /// The subject holds a clause ("When cells divide, the copies are …").
  case clauseBeforeVerb
  /// The subject is a pronoun with nothing it clearly refers to.
  case pronounSubject(String)
  /// The subject runs on for more words than a term has.
  case subjectTooLong
  /// The subject is one particular thing ("your heart"), not a term.
  case particularThing(String)
  /// The subject ranks ("The deadliest is …").
  case superlative
  /// The subject is an activity ("Keeping records is …").
  case activitySubject(String)
  /// The subject talks about a term ("This word is …").
  case aboutATerm
  /// The subject opens with a preposition.
  case prepositionSubject
  /// The verb has nothing after it.
  case nothingAfterVerb
  /// The complement only names a class ("… is an autotroph").
  case onlyNamesClass(String)
  /// The complement compares ("another kind of …", "the largest …").
  case compares(String)
  /// The complement describes ("is often …", "is rapidly …").
  case describes(String)
  /// The complement gives the subject as an example ("… are examples of autotrophs").
  case example
  /// The complement is an action ("is making …").
  case action
  /// The complement is a passive statement ("is classified by …").
  case passive(String)
  /// The complement gives properties and no class ("thick and sticky").
  case onlyProperties(String)
  /// The complement is one property ("pluripotent").
  case onlyProperty(String)
  /// A list item's header names two topics ("Risks and benefits: …").
  case headerNamesTwoTopics
  /// A list item says something about its term without defining it.
  case statementNotDefinition
  /// A list item's description does not define its term.
  case descriptionDoesNotDefine
  /// A list item's description does not define the several terms of its header.
  case descriptionDoesNotDefineTerms
  /// A bold phrase whose sentence gives no definition of it.
  case boldWithoutDefinition
  /// The term found is not a term (see `TermProblem`).
  case notATerm(TermProblem)

  /// One line for the report.
  public var description: String {
    switch self {
    case .clauseBeforeVerb: "clause before the verb"
    case .pronounSubject(let word): "subject is a pronoun (\"\(word)\")"
    case .subjectTooLong: "subject longer than six words"
    case .particularThing(let name): "subject is a particular thing (\"\(name)\")"
    case .superlative: "a superlative, not a term"
    case .activitySubject(let head): "subject is an activity (\"\(head) …\")"
    case .aboutATerm: "subject is about a term, not a term"
    case .prepositionSubject: "subject starts with a preposition"
    case .nothingAfterVerb: "nothing after the verb"
    case .onlyNamesClass(let text): "only names a class (\"\(text)\")"
    case .compares(let text): "compares rather than defines (\"\(text) …\")"
    case .describes(let word): "describes rather than defines (\"\(word) …\")"
    case .example: "an example of a class, not what the subject is"
    case .action: "an action, not a definition"
    case .passive(let text): "a passive statement (\"\(text)\")"
    case .onlyProperties(let text): "only properties (\"\(text)\")"
    case .onlyProperty(let text): "only a property (\"\(text)\")"
    case .headerNamesTwoTopics: "the header names two topics"
    case .statementNotDefinition: "a statement about the term, not a definition"
    case .descriptionDoesNotDefine: "the description does not define the term"
    case .descriptionDoesNotDefineTerms: "the description does not define the terms"
    case .boldWithoutDefinition: "bold phrase with no definition in its sentence"
    case .notATerm(let problem): problem.description
    }
  }

  /// True for a pronoun subject, which a list item's own sentences often have.
  var isPronounSubject: Bool {
    if case .pronounSubject = self { return true }
    return false
  }

  /// True for a lone property, which a list item's own sentences often give.
  var isOnlyProperty: Bool {
    if case .onlyProperty = self { return true }
    return false
  }
}

/// Why a phrase found in the place of a term is not one.
public enum TermProblem: Hashable, Sendable, CustomStringConvertible {
  /// Nothing is left of it.
  case empty
  /// More than six words.
  case tooLong
  /// It opens with a pronoun ("this process").
  case startsWithPronoun
  /// It opens with an article left over from the sentence.
  case startsWithArticle
  /// It opens with a preposition.
  case startsWithPreposition
  /// It is emphasis ("very important").
  case emphasis
  /// It ends with a function word ("part of").
  case endsWithFunctionWord
  /// It has no letters.
  case noLetters
  /// It holds the words that name or exemplify ("concept called X", "examples of X").
  case namingWords
  /// It holds a clause ("notice that each name").
  case clause
  /// It is a superlative ("simplest of all the invertebrates").
  case superlative
  /// It points back or counts ("same reason", "other cells", "eight patients").
  case pointsOrCounts
  /// It is one letter ("X"), a variable in an example.
  case singleLetter

  /// One line for the report.
  public var description: String {
    switch self {
    case .empty: "empty term"
    case .tooLong: "term longer than six words"
    case .startsWithPronoun: "term starts with a pronoun"
    case .startsWithArticle: "term starts with an article"
    case .startsWithPreposition: "term starts with a preposition"
    case .emphasis: "emphasis, not a term"
    case .endsWithFunctionWord: "term ends with a function word"
    case .noLetters: "term has no letters"
    case .namingWords: "the naming words, not the term"
    case .clause: "a clause, not a term"
    case .superlative: "a superlative, not a term"
    case .pointsOrCounts: "a phrase that points back or counts, not a name"
    case .singleLetter: "a single letter, not a name"
    }
  }
}
