/// One construction a sentence can define a term with: its name, what it recognises, examples
/// it must and must not match, and the matching itself. Rules are listed, in the order they
/// run, in `DefinitionRules.ordered`; one test runs every rule against its own examples.
protocol DefinitionRule: Sendable {
  /// The rule's name in reports.
  var id: RuleID { get }
  /// What construction it recognises, in one sentence.
  var summary: String { get }
  /// Sentences it must find a term in, and near misses it must leave alone.
  var examples: [RuleExample] { get }
  /// The definitions `sentence` gives by this construction, or why it gives none.
  func apply(_ sentence: RuleInput) -> RuleOutcome
}

/// A sentence as the rules see it: its text, its words with their tags, and where it stands.
struct RuleInput {
  /// The sentence, cleaned of markup.
  var text: String
  /// Its words, tags and noun phrases.
  var analysis: SentenceAnalysis
  /// Section, list, emphasis and the sentence before.
  var context: SentenceContext
  /// The tagger, for rules that read another sentence.
  var tagger: PartOfSpeechTagger?
}

/// What a rule made of a sentence.
struct RuleOutcome {
  /// The definitions found, in the order they stand.
  var definitions: [Definition] = []
  /// Why the sentence defines nothing although it looked as if it would.
  var rejection: Rejection?

  /// Nothing found, nothing to say.
  static let none = RuleOutcome()
}

/// When a rule runs: always, or only when some rules before it found nothing.
enum RuleGate: Sendable {
  /// On every sentence.
  case always
  /// Only when none of these rules found a definition in the sentence.
  case unlessFoundBy(Set<RuleID>)
  /// Only when no rule before it found a definition in the sentence.
  case ifNothingFound
}

/// A sentence a rule must find a term in (`term` set), or must not (`term` nil).
struct RuleExample: Sendable {
  /// The sentence.
  var sentence: String
  /// The term it defines, or nil for a near miss.
  var term: String?
  /// Words the definition's text must contain, when `term` is set.
  var meaning: String?
  /// Phrases set in bold in the sentence.
  var bold: [String] = []
  /// The sentence before, for rules that look back.
  var previous: String?
  /// The heading above, for rules that read it.
  var heading: String?

  /// A `sentence` that defines `term`, with a definition that contains `meaning`.
  static func finds(
    _ sentence: String, _ term: String, meaning: String? = nil, bold: [String] = [],
    previous: String? = nil, heading: String? = nil
  ) -> RuleExample {
    RuleExample(
      sentence: sentence, term: term, meaning: meaning, bold: bold, previous: previous,
      heading: heading)
  }

  /// A sentence close to the construction in which the rule must find nothing.
  static func ignores(
    _ sentence: String, bold: [String] = [], previous: String? = nil, heading: String? = nil
  ) -> RuleExample {
    RuleExample(
      sentence: sentence, term: nil, meaning: nil, bold: bold, previous: previous,
      heading: heading)
  }
}
