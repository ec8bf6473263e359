/// The name of a rule of the definition finder, as `generate --report` prints it. Rules run
/// in the order of `DefinitionRules.ordered`; list items and glossary entries are read by the
/// finder before any sentence rule.
public enum RuleID: String, CaseIterable, Hashable, Sendable {
  /// "**Term:** description", "Term – description" as a list item.
  case listItem = "list-item"
  /// A glossary table row or definition-list entry.
  case glossaryEntry = "glossary-entry"
  /// "… is called X", "we call this X", "… is known as X" with what comes before as meaning.
  case namedAfter = "named-after"
  /// "N called / known as / termed / dubbed X" anywhere in a sentence.
  case classCalled = "class-called"
  /// "A; B is …": the clauses after a semicolon, each read as a sentence.
  case semicolonClause = "semicolon-clause"
  /// "X are …, Y are …, and Z are …": several copulas in one sentence.
  case listedCopulas = "listed-copulas"
  /// "X is / are / refers to / means …", after any fronted phrase.
  case copula = "copula"
  /// "X states / holds / proposes that …": a theory and its claim.
  case claim = "claim"
  /// "In X, …": what happens in a method or condition.
  case setting = "setting"
  /// "The N of … is X": a description as subject, the term after the verb.
  case reverseCopula = "reverse-copula"
  /// "X, also known as Y".
  case alsoKnownAs = "also-known-as"
  /// "Long Form (ABBR)".
  case abbreviation = "abbreviation"
  /// "X, meaning …", "X, capable of …".
  case meaning = "meaning"
  /// "X, that is, …", "X, which …", "… X, where …".
  case relativeClause = "relative-clause"
  /// "adjective (gloss) noun".
  case parenthesisGloss = "parenthesis-gloss"
  /// "X, a N that …": an appositive after the term.
  case appositive = "appositive"
  /// "X (a N …)", "X – N of … –": a gloss in brackets or dashes after the term.
  case bracketGloss = "bracket-gloss"
  /// "two types of immunity: X, which …, and Y, which …".
  case types = "types"
  /// "X: the N of …", "the covering: the coleorhiza".
  case colonGloss = "colon-gloss"
  /// "X, or Y, …": another name.
  case orAlias = "or-alias"
  /// "X, so named because …".
  case soNamed = "so-named"
  /// "Examples include X for Y and Z for W", "two types of N: X and Y".
  case examples = "examples"
  /// "It is …", "They are …": the term of the sentence before.
  case pronounSubject = "pronoun-subject"
  /// A bold or italic subject with any predicate ("The **cell wall** surrounds …").
  case emphasisedSubject = "emphasised-subject"
  /// A bold term opening the section named after it.
  case sectionLead = "section-lead"
  /// A technical subject with what it does: "Tropomyosin blocks myosin binding sites …".
  case technicalSubject = "technical-subject"
  /// "A …, while B is …": the half after "while" or "whereas" read as a sentence.
  case contrastHalf = "contrast-half"
  /// "X, which is the N …": a relative clause saying what a technical phrase is.
  case relativeCopula = "relative-copula"
  /// "The term for X is Y", "Y is the term for X".
  case termFor = "term-for"
  /// "X, as described by Y, is …": the sentence read without the aside.
  case interruptedSubject = "interrupted-subject"
  /// "When CLAUSE, they are said to be Y".
  case saidToBe = "said-to-be"
  /// "CLAUSE; this is X."
  case thisIs = "this-is"
  /// "Ns that … are X": a class described by a relative clause, the term after the verb.
  case describedClass = "described-class"
  /// "there are X that …": a term introduced by "there is / are" with what it does.
  case thereAre = "there-are"
  /// "X measures / shows / represents Y": a named measure and what it stands for.
  case definingVerb = "defining-verb"
  /// "…, or what we call X", "X, which is the term N use to describe Y".
  case whatWeCall = "what-we-call"
  /// "think of X as Y", "X can be thought of as Y".
  case thinkOfAs = "think-of-as"
  /// "S are **X**. This means …": a stressed property and what it means.
  case thisMeans = "this-means"
  /// "X, in which CLAUSE": a term glossed by what happens in it.
  case inWhich = "in-which"
  /// "N have described X as Y.": a name given to a described thing.
  case labelAs = "label-as"
  /// "The Thirteenth Amendment abolished slavery …": a named law, event or body and what it did.
  case namedThing = "named-thing"
}
