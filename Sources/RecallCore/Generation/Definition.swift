/// A term an article defines, with what it means and where it stands.
public struct Definition: Hashable, Sendable {
  /// How the article phrased the definition.
  public enum Pattern: String, Hashable, Sendable {
    /// "Term is / are / refers to / represents / means …".
    case copula
    /// "**Term:** description" or "**Term** – description" in a list.
    case bulletHeader
    /// "Term, also known as Alias".
    case alsoKnownAs
    /// "Long Form (ABBR)".
    case abbreviation
    /// "…, meaning …", "…, capable of …" after a property word.
    case meaning
    /// "Term, that is, …" or "Term, i.e., …".
    case thatIs
    /// "… terms, where …".
    case whereClause
    /// "**term**, which …".
    case relativeClause
    /// "adjective (gloss) noun".
    case parenthesisGloss
    /// "… is known as Term", "… are called Term", "we call this Term".
    case reverse
    /// A bold term opening the section named after it.
    case sectionLead
    /// "Tropomyosin blocks myosin binding sites …": what the term does.
    case function
    /// "In cross-sectional research, a researcher compares …": what happens in it.
    case setting
  }

  /// The term, lower-cased unless it is an acronym: "embryonic stem cells".
  public var term: String
  /// Other names accepted for the term: "somatic stem cells".
  public var aliases: [String]
  /// The abbreviation, if the article gives one: "ESCs".
  public var abbreviation: String?
  /// What the term means, without the term as subject; empty when only an abbreviation is known.
  public var text: String
  /// The sentence the definition came from, cleaned.
  public var sentence: String
  /// Property words the article gives the term: "pluripotent".
  public var properties: [String]
  /// Headings above the definition, outermost first, the title left out.
  public var section: [String]
  /// The group heading or list the definition stands in, for siblings.
  public var group: String?
  /// The 1-based line of the article.
  public var line: Int
  /// How the article phrased it.
  public var pattern: Pattern
  /// True when the term is a property word ("pluripotent") rather than a thing.
  public var isAdjective: Bool
  /// The article the article puts before the term ("a", "the"), for questions; nil for none.
  public var article: String? = nil
  /// The rule of the finder that found it, for the report.
  public var rule: RuleID = .copula

  /// Every name a learner may give for the term: the term, its aliases and abbreviation.
  public var names: [String] { [term] + aliases + (abbreviation.map { [$0] } ?? []) }

  /// The term as it starts a sentence: "Embryonic stem cells".
  public var displayTerm: String { Sentences.capitalizedFirst(term) }

  /// The term with its article, if it takes one: "a monopoly", "the crust", "diffusion".
  public var termWithArticle: String {
    guard let article, !Lexicon.isPlural(term) else { return term }
    if article == "the" { return "the " + term }
    return Lexicon.indefiniteArticle(for: term) + " " + term
  }
}

/// A sentence that looked like a definition but was not used, and why.
public struct RejectedCandidate: Hashable, Sendable {
  /// The sentence, cleaned.
  public var sentence: String
  /// The 1-based line of the article.
  public var line: Int
  /// Why it was not used.
  public var reason: Rejection
}
