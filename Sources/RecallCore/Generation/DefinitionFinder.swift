import Foundation

/// Finds the terms an article defines, and the defining-looking sentences it did not use.
public struct DefinitionFinder: Sendable {
  /// The part-of-speech tagger the rules read sentences with; without one, words are tagged
  /// by their spelling alone and the rules over tags find little.
  public var tagger: PartOfSpeechTagger?

  /// Makes a finder that tags with `tagger` (the bundled model by default).
  public init(tagger: PartOfSpeechTagger? = try? PartOfSpeechTagger.bundled.get()) {
    self.tagger = tagger
  }

  /// The definitions of `article` in reading order, one per term (same-term definitions
  /// merged), and the candidate sentences that were rejected, with the reason.
  public func find(in article: Article) -> (
    definitions: [Definition], rejected: [RejectedCandidate]
  ) {
    var walk = Walk(article: article)
    for block in article.blocks { walk.visit(block) }
    // The sentences and list items are read on every core; what they give goes back in
    // reading order.
    let jobs = walk.events.compactMap { event -> ReadingJob? in
      if case .scan(let job) = event { return job }
      return nil
    }
    let slots = ResultSlots<SentenceJob.Outcome>(count: jobs.count)
    let tagger = tagger
    let lowercased = Self.lowercasedWords(of: article)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
      slots.set(index, jobs[index].run(tagger: tagger, lowercased: lowercased))
    }
    let outcomes = slots.values
    var found: [Definition] = []
    var rejected: [RejectedCandidate] = []
    var next = 0
    for event in walk.events {
      switch event {
      case .found(let definition): found.append(definition)
      case .rejected(let candidate): rejected.append(candidate)
      case .scan:
        if let outcome = outcomes[next] {
          found += outcome.found
          rejected += outcome.rejected
        }
        next += 1
      }
    }
    return Merger.merge(found, rejected: rejected)
  }
}

extension DefinitionFinder {
  /// The words the article writes in lower case somewhere (ASCII letters only).
  static func lowercasedWords(of article: Article) -> Set<String> {
    var words: Set<String> = []
    for block in article.blocks {
      var word: [UInt8] = []
      for byte in block.text.utf8 {
        if (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || (byte >= 0x41 && byte <= 0x5A) {
          word.append(byte)
          continue
        }
        if let first = word.first, first >= 0x61, first <= 0x7A {
          words.insert(String(decoding: word, as: UTF8.self))
        }
        word.removeAll(keepingCapacity: true)
      }
      if let first = word.first, first >= 0x61, first <= 0x7A {
        words.insert(String(decoding: word, as: UTF8.self))
      }
    }
    return words
  }
}

/// What reading the blocks gave, in order: definitions and rejections from list items, and
/// the sentences and list items still to be read.
private enum WalkEvent {
  case found(Definition)
  case rejected(RejectedCandidate)
  case scan(ReadingJob)
}

/// Reading left for the worker threads: sentences, or a list item's definition and then its
/// sentences.
private enum ReadingJob: Sendable {
  case sentences(SentenceJob)
  case bullet(BulletJob)

  func run(tagger: PartOfSpeechTagger?, lowercased: Set<String>) -> SentenceJob.Outcome {
    switch self {
    case .sentences(let job): job.run(tagger: tagger, lowercased: lowercased)
    case .bullet(let job): job.run(tagger: tagger, lowercased: lowercased)
    }
  }
}

/// A run of sentences (a paragraph or a list item's text) to read with the rules, with
/// everything the walk knew about where it stands.
private struct SentenceJob: Sendable {
  var text: String
  var line: Int
  var bold: [String]
  var section: [String]
  var heading: String?
  var group: String?
  /// The names of the list item the sentences belong to, whose pronoun and property
  /// sentences are not reported.
  var names: [String]
  /// True when the item's first sentence was already used as its definition.
  var firstUsed: Bool

  /// The definitions and rejections of the sentences.
  struct Outcome: Sendable {
    var found: [Definition] = []
    var rejected: [RejectedCandidate] = []
  }

  func run(tagger: PartOfSpeechTagger?, lowercased: Set<String>) -> Outcome {
    var outcome = Outcome()
    var previous: SentenceAnalysis?
    for (index, whole) in Sentences.split(text).enumerated() {
      let sentence = Sentences.withoutItemLabel(whole)
      let context = SentenceContext(
        section: section, group: group, line: line, bold: bold, previous: previous?.text,
        heading: heading, previousAnalysis: previous,
        owner: names.first.map { TermText.clean($0) })
      let analysis = SentenceAnalysis(sentence, tagger: tagger, lowercased: lowercased)
      let findings = DefinitionRules.scan(analysis, context, tagger: tagger)
      let fresh = findings.definitions.filter { definition in
        !(definition.pattern == .copula && Sentences.mentions(definition.term, anyOf: names))
      }
      outcome.found += fresh.map { withOwner($0, names.first) }
      if let reason = findings.rejection, !(firstUsed && index == 0),
        names.isEmpty || !reason.isPronounSubject, names.isEmpty || !reason.isOnlyProperty
      {
        outcome.rejected.append(RejectedCandidate(sentence: sentence, line: line, reason: reason))
      }
      previous = analysis
    }
    if names.isEmpty {
      let known = Set(outcome.found.flatMap(\.names).map(Slug.of))
      for phrase in bold where !known.contains(Slug.of(TermText.clean(phrase))) {
        outcome.rejected.append(
          RejectedCandidate(sentence: phrase, line: line, reason: .boldWithoutDefinition))
      }
    }
    return outcome
  }

  /// In a list item about "Adult Stem Cells", "They are multipotent, …" is about them: the
  /// sentence a cloze shows names them instead of "They", or it would not say who.
  private func withOwner(_ definition: Definition, _ owner: String?) -> Definition {
    guard let owner else { return definition }
    let name = TermText.clean(owner)
    let pronoun = Lexicon.isPlural(name) ? "They " : "It "
    guard definition.sentence.hasPrefix(pronoun), Slug.of(definition.term) != Slug.of(name)
    else { return definition }
    var definition = definition
    definition.sentence =
      Sentences.capitalizedFirst(name) + " " + definition.sentence.dropFirst(pronoun.count)
    return definition
  }
}

/// The state of reading an article's blocks in order.
private struct Walk {
  /// What the blocks gave so far, in reading order.
  var events: [WalkEvent] = []
  private let titleLevel: Int
  private var headings: [(level: Int, text: String)] = []
  private var listNumber = 0
  private var previousWasBullet = false
  private var groupHeading: (depth: Int, name: String)?
  private var parents: [Int: String] = [:]
  /// The paragraph before the current list, which often says what its items are.
  private var leadIn = ""

  init(article: Article) {
    let levels = article.blocks.compactMap(\.headingLevel)
    if let first = levels.first, levels.filter({ $0 == first }).count == 1 {
      titleLevel = first
    } else {
      titleLevel = 0
    }
  }

  private var section: [String] { headings.map(\.text) }

  mutating func visit(_ block: ArticleBlock) {
    switch block.kind {
    case .heading(let level):
      previousWasBullet = false
      leadIn = ""
      guard level > titleLevel else { return }
      while let last = headings.last, last.level >= level { headings.removeLast() }
      headings.append((level, block.text))
    case .paragraph:
      previousWasBullet = false
      leadIn = block.text
      // "**Example.** A polling firm phones 1,000 adults …": an example, not definitions.
      if let label = block.bold.first?.lowercased(), block.text.lowercased().hasPrefix(label),
        label.hasPrefix("example") || label.hasPrefix("exercise")
      {
        return
      }
      scanSentences(of: block.text, block: block, group: nil, skipping: [])
    case .bullet(let depth):
      if !previousWasBullet {
        listNumber += 1
        groupHeading = nil
        parents = [:]
      }
      previousWasBullet = true
      visitBullet(block, depth: depth)
    }
  }

  private mutating func visitBullet(_ block: ArticleBlock, depth: Int) {
    parents = parents.filter { $0.key < depth }
    if let heading = groupHeading, heading.depth > depth { groupHeading = nil }
    let group: String
    if let parent = parents[depth - 1] {
      group = "list\(listNumber)/\(parent)"
    } else if let heading = groupHeading {
      group = heading.name
    } else {
      group = "list\(listNumber)"
    }
    guard let item = BulletDefinitions.split(block) else {
      scanSentences(of: block.text, block: block, group: group, skipping: [])
      return
    }
    let (header, body) = (item.header, item.body)
    if body.isEmpty {
      groupHeading = (depth, header)
      return
    }
    // "Tip:", "Note:", "Rule of thumb:" label advice, not a term.
    if Lexicon.calloutLabels.contains(header.lowercased()) {
      scanSentences(of: body, block: block, group: group, skipping: [])
      return
    }
    let terms = BulletDefinitions.terms(in: header)
    var names: [String] = []
    for term in terms { names += [term.name] + [term.abbreviation, term.alias].compactMap { $0 } }
    parents[depth] = terms.first.map { TermText.clean($0.name) }
    if terms.count == 1, header.containsASCII(" and ") {
      reject(header + ": " + body, block.line, .headerNamesTwoTopics)
      scanSentences(of: body, block: block, group: group, skipping: [])
      return
    }
    let scan = SentenceJob(
      text: body, line: block.line, bold: block.bold, section: section,
      heading: headings.last?.text, group: nil, names: names, firstUsed: true)
    events.append(
      .scan(
        .bullet(
          BulletJob(
            block: block, header: header, body: body, equates: item.equates, terms: terms,
            names: names, group: group, section: section, leadIn: leadIn, scan: scan))))
  }

  /// Leaves the sentences of `text` to be read by the rules; `skipping` are the names of
  /// the bullet the sentences belong to, whose pronoun and property sentences are not reported.
  private mutating func scanSentences(
    of text: String, block: ArticleBlock, group: String?, skipping names: [String],
    firstUsed: Bool = false
  ) {
    events.append(
      .scan(
        .sentences(
          SentenceJob(
            text: text, line: block.line, bold: block.bold, section: section,
            heading: headings.last?.text, group: group, names: names, firstUsed: firstUsed))))
  }

  private mutating func reject(_ sentence: String, _ line: Int, _ reason: Rejection) {
    events.append(.rejected(RejectedCandidate(sentence: sentence, line: line, reason: reason)))
  }
}

/// A list item whose header names terms: its definition is made from the header and body
/// (or why not, said), then its sentences are read, on a worker thread.
private struct BulletJob: Sendable {
  var block: ArticleBlock
  var header: String
  var body: String
  /// The item equates its header with its body ("Range = max - min").
  var equates: Bool
  var terms: [(name: String, abbreviation: String?, alias: String?)]
  var names: [String]
  var group: String
  var section: [String]
  /// The paragraph before the list.
  var leadIn: String
  /// The item's sentences, read after its definition.
  var scan: SentenceJob

  func run(tagger: PartOfSpeechTagger?, lowercased: Set<String>) -> SentenceJob.Outcome {
    var outcome = SentenceJob.Outcome()
    define(into: &outcome)
    let sentences = scan.run(tagger: tagger, lowercased: lowercased)
    outcome.found += sentences.found
    outcome.rejected += sentences.rejected
    return outcome
  }

  /// The item's definitions and rejections, as `Walk.visitBullet` read them.
  private func define(into outcome: inout SentenceJob.Outcome) {
    var found: [Definition] = []
    defer { outcome.found += found }
    func reject(_ sentence: String, _ line: Int, _ reason: Rejection) {
      outcome.rejected.append(RejectedCandidate(sentence: sentence, line: line, reason: reason))
    }
    let isPlural = terms.count > 1 || Lexicon.isPlural(terms.first?.name ?? header)
    let context = SentenceContext(
      section: section, group: group, line: block.line, bold: block.bold, previous: nil,
      heading: nil)
    // A glossary entry, or a note's "Range = max - min" / "Term -> meaning": the body defines.
    let opensWithPreposition = Lexicon.words(body).first.map(Lexicon.prepositions.contains) ?? true
    let isGlossary = block.isGlossaryEntry || equates && !opensWithPreposition
    let glossary = isGlossary ? (Sentences.split(body).first ?? body, [String]()) : nil
    if let (text, aliases) = glossary
      ?? BulletDefinitions.definitionText(body: body, names: names, isPlural: isPlural)
    {
      // "**Web browsing:** browsers use HTTP …" says what happens, not what the term is;
      // "**Star topology:** every device connects …" after "Two common topologies are:" does.
      let intro = leadIn + " " + (section.last ?? "")
      if !isGlossary, BulletDefinitions.isStatement(text),
        !terms.contains(where: { BulletDefinitions.introduces(intro, $0.name) })
      {
        reject(header + ": " + body, block.line, .statementNotDefinition)
        return
      }
      for term in terms {
        var definition = DefiningPatterns.make(
          term: term.name, text: text, pattern: .bulletHeader,
          sentence: Sentences.split(body).first ?? body, context)
        definition.rule = block.isGlossaryEntry ? .glossaryEntry : .listItem
        definition.abbreviation = term.abbreviation
        definition.aliases = aliases + [term.alias].compactMap { $0 }.map(TermText.clean)
        definition.properties = BulletDefinitions.properties(body: body, names: names)
        // A glossary's "Push | Upload your commits …": a verb, asked as "What does the term
        // push mean?".
        let lead = Lexicon.words(text).prefix(2)
        if block.isGlossaryEntry, !term.name.contains(" "), lead.count == 2,
          ["your", "the", "a", "an", "new", "its", "their", "all", "one", "changes"].contains(
            lead.last ?? "")
        {
          definition.isAdjective = true
        }
        // "**Scaffold:** A structure …" asks "What is a scaffold?"; a field or process named
        // in a header takes no article ("**Orthopedics:** An area …"), and "The …" opening
        // the description belongs to its own noun, not to the term.
        let opening = Lexicon.words(text).first ?? ""
        if opening == "a" || opening == "an", !Lexicon.isMassNoun(term.name) {
          definition.article = "a"
        }
        if TermText.junkReason(definition.term) == nil || terms.count > 1 {
          found.append(definition)
        } else {
          reject(
            header + ": " + body, block.line,
            .notATerm(TermText.junkReason(definition.term) ?? .empty))
        }
      }
    } else if terms.count > 1 {
      for term in terms where term.abbreviation != nil {
        var definition = DefiningPatterns.make(
          term: term.name, text: "", pattern: .abbreviation, sentence: header, context)
        definition.rule = .listItem
        definition.abbreviation = term.abbreviation
        found.append(definition)
      }
      reject(header + ": " + body, block.line, .descriptionDoesNotDefineTerms)
    } else if let term = terms.first, let first = Sentences.split(body).first,
      BulletDefinitions.restates(first, term.name)
    {
      // "**Immune Rejection:** Preventing the patient's immune system from rejecting …": the
      // item's sentence is about its header, in other words.
      var definition = DefiningPatterns.make(
        term: term.name, text: first, pattern: .bulletHeader, sentence: first, context)
      definition.rule = .listItem
      definition.abbreviation = term.abbreviation
      found.append(definition)
    } else {
      reject(header + ": " + body, block.line, .descriptionDoesNotDefine)
    }
  }
}
