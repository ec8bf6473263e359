/// "Examples include X for Y and Z for W", "Examples of N include X, which …": each example
/// with what the sentence says it is for, as a kind of the class it exemplifies.
struct ExamplesRule: DefinitionRule {
  let id = RuleID.examples
  let summary =
    "examples with their use: 'Examples include X for Y and Z for W' (the class is named in"
    + " the sentence, or is the list item's or the paragraph's term)"
  let examples: [RuleExample] = [
    .finds(
      "Examples include hematopoietic stem cells for blood disorders and mesenchymal stem"
        + " cells for musculoskeletal conditions.", "mesenchymal stem cells",
      meaning: "musculoskeletal conditions", previous: "Adult stem cells repair tissues."),
    .finds(
      "Examples of enzymes include amylase, which breaks down starch, and lipase.", "amylase",
      meaning: "breaks down starch"),
    .ignores("Examples include cats and dogs.", previous: "Pets are common."),
    .ignores("Other examples are given in the next chapter."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    let start = sentence.subjectStart
    guard sentence.word(start) == "examples" else { return .none }
    var cursor = start + 1
    var className: String?
    if sentence.word(cursor) == "of", let chunk = sentence.chunk(startingAt: cursor + 1) {
      className = sentence.text(chunk)
      cursor = chunk.upperBound
    }
    guard sentence.word(cursor) == "include" else { return .none }
    guard
      let kind = className ?? input.context.owner
        ?? Self.subject(of: input.context.previousAnalysis)
    else { return .none }
    var found: [Definition] = []
    var index = cursor + 1
    while index < sentence.count {
      guard let chunk = sentence.chunk(startingAt: index), let term = TermSpan.name(chunk, sentence)
      else { break }
      var end = chunk.upperBound
      if sentence.word(end) == "," { end += 1 }
      var use = end
      let lead = sentence.word(use)
      if ["for", "which", "that", "used", "in"].contains(lead) {
        while use < sentence.count, ![",", ";", "and", "."].contains(sentence.word(use)) {
          use += 1
        }
        let what = sentence.text(end..<use)
        let text =
          "a kind of " + Sentences.lowercasedFirst(Inflection.singularPhrase(kind)) + " "
          + (lead == "for" ? "used " : "") + what
        found.append(
          DefiningPatterns.make(
            term: term, text: text, pattern: .relativeClause, sentence: input.text,
            input.context))
      }
      index = use
      while index < sentence.count, [",", "and", "or"].contains(sentence.word(index)) {
        index += 1
      }
      if index == use { break }
    }
    return RuleOutcome(definitions: found)
  }

  /// The subject of the sentence before: what "Examples include …" gives examples of.
  static func subject(of previous: SentenceAnalysis?) -> String? {
    guard let analysis = previous else { return nil }
    guard let chunk = analysis.chunk(startingAt: analysis.subjectStart) else { return nil }
    return TermSpan.name(chunk, analysis)
  }
}

/// "Stem cells are unspecialised. They are cells that …": "it", "this", "they" or "these"
/// as subject of a defining copula takes the subject of the sentence before, when the number
/// agrees.
struct PronounSubjectRule: DefinitionRule {
  let id = RuleID.pronounSubject
  let summary =
    "a pronoun subject of 'is/are a …' standing for the subject of the sentence before"
  let examples: [RuleExample] = [
    .finds(
      "It is a protein that carries oxygen in the blood.", "hemoglobin",
      meaning: "a protein that carries oxygen", previous: "Hemoglobin gives blood its colour."),
    .finds(
      "They are cells that engulf and digest bacteria.", "macrophages",
      meaning: "cells that engulf", previous: "Macrophages patrol the tissues."),
    .ignores("It is a common problem.", previous: "The patients waited for hours."),
    .ignores("They are very small.", previous: "Viruses infect cells."),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    let start = sentence.subjectStart
    let pronoun = sentence.word(start)
    let plural: Bool
    switch pronoun {
    case "it", "this": plural = false
    case "they", "these": plural = true
    default: return .none
    }
    guard ["is", "are"].contains(sentence.word(start + 1)),
      ["a", "an", "the"].contains(sentence.word(start + 2)) || sentence.tag(start + 2) == .noun,
      let previous = input.context.previous, let before = input.context.previousAnalysis
    else { return .none }
    let complement = sentence.rest(from: start + 2)
    guard Lexicon.words(complement).count >= 4,
      DefiningPatterns.complementProblem(complement, verb: " is ") == nil
    else { return .none }
    guard let chunk = before.chunk(startingAt: before.subjectStart),
      let term = TermSpan.name(chunk, before),
      Inflection.isPlural(before.word(chunk.upperBound - 1)) == plural
    else { return .none }
    // "The patients waited. It is a common problem.": the referent must be a thing the
    // pronoun can be, and the complement must say what kind of thing it is.
    guard complement.split(separator: " ").count >= 4 else { return .none }
    let definition = TermSpan.definition(
      term, article: TermSpan.article(chunk, before), text: complement,
      pattern: .copula, sentence: previous + " " + input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}

/// "The **cell wall** surrounds the membrane …", and a list item's first sentence "Adult stem
/// cells repair …": an emphasised subject with any predicate says what the term does.
struct EmphasisedSubjectRule: DefinitionRule {
  let id = RuleID.emphasisedSubject
  let summary = "a bold or italic subject (or a list item's subject) with a verb predicate"
  let examples: [RuleExample] = [
    .finds(
      "The cell wall surrounds the plasma membrane and gives the cell its shape.", "cell wall",
      meaning: "surrounds the plasma membrane", bold: ["cell wall"]),
    .ignores("The cell wall surrounds the plasma membrane and gives the cell its shape."),
    .ignores("The cell wall was studied by many.", bold: ["cell wall"]),
    .finds(
      "Equipment-based service firms utilize equipment and machinery to perform service tasks.",
      "equipment-based service", meaning: "firms that utilize equipment",
      bold: ["Equipment-based service"]),
  ]

  func apply(_ input: RuleInput) -> RuleOutcome {
    let sentence = input.analysis
    let start = sentence.subjectStart
    guard let chunk = sentence.chunk(startingAt: start),
      let stressed = sentence.emphasised(at: TermSpan.start(chunk, sentence), input.context.bold)
    else { return .none }
    // "**Equipment-based service** firms utilize …": the stressed words name a kind of the
    // head noun after them, "firms that utilize …".
    let kind =
      stressed.upperBound == chunk.upperBound - 1
      && sentence.tag(stressed.upperBound) == .noun
    guard let term = TermSpan.name(kind ? stressed : chunk, sentence) else { return .none }
    // A verb of its own ("surrounds …") or a modal ("can differentiate …"), not a passive.
    let verb = sentence.skippingAdverbs(from: chunk.upperBound)
    let modal =
      sentence.tag(verb) == .aux
      && ["can", "may", "must", "will", "could"].contains(sentence.word(verb))
    guard modal || (sentence.tag(verb) == .verb && !sentence.word(verb).hasSuffix("ed")) else {
      return .none
    }
    let predicate = sentence.rest(from: verb)
    guard Lexicon.words(predicate).count >= 4 else { return .none }
    let text = kind ? sentence.word(chunk.upperBound - 1) + " that " + predicate : predicate
    let definition = TermSpan.definition(
      term, article: kind ? nil : TermSpan.article(chunk, sentence), text: text,
      pattern: .sectionLead, sentence: input.text, input.context)
    return RuleOutcome(definitions: [definition])
  }
}
