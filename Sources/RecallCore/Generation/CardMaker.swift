import Foundation

/// Turns definitions into cards of the requested kinds.
public struct CardMaker: Sendable {
  /// The kinds of card to make.
  public var kinds: Set<CardKind>
  /// The article's title, left out of tags ("Core Principles of Regenerative Medicine" →
  /// `core-principles`).
  public var title: String?

  /// Makes a card maker.
  public init(kinds: Set<CardKind> = Set(CardKind.allCases), title: String? = nil) {
    self.kinds = kinds
    self.title = title
  }

  /// The cards for `definitions`, in reading order, each definition's cards together.
  public func cards(for definitions: [Definition]) -> [Card] {
    let made = make(definitions)
    return made.perDefinition.flatMap { $0 } + made.comparisons
  }

  /// The cards of each definition, and the comparison cards made across groups.
  func make(_ definitions: [Definition]) -> (perDefinition: [[Card]], comparisons: [Card]) {
    let distractors = Distractors(definitions: definitions)
    // How many terms each word stands in: a word of one term only gives that term away.
    var termsWithWord: [String: Int] = [:]
    for definition in definitions {
      for word in Set(definition.names.flatMap(Lexicon.words)) {
        termsWithWord[word, default: 0] += 1
      }
    }
    let index = TermIndex(definitions)
    let wordCounts = termsWithWord
    // The article's background vocabulary: words in the meanings of three terms or more.
    var meaningsWithWord: [String: Int] = [:]
    for definition in definitions {
      for word in Set(Lexicon.words(definition.text).map(Inflection.singular)) {
        meaningsWithWord[word, default: 0] += 1
      }
    }
    let background = Set(meaningsWithWord.filter { $0.value >= 3 }.keys)
    // The n-th definition of one term gets "#n" on its card ids.
    var seen: [String: Int] = [:]
    let suffixes = definitions.map { definition -> String in
      let slug = Slug.of(definition.term)
      let number = (seen[slug] ?? 0) + 1
      seen[slug] = number
      return number == 1 ? "" : "#\(number)"
    }
    // Each definition's cards are worded on every core, then kept in order.
    let slots = ResultSlots<[Card]>(count: definitions.count)
    DispatchQueue.concurrentPerform(iterations: definitions.count) { at in
      let definition = definitions[at]
      let giveaways = Lexicon.words(definition.term).filter { word in
        word.count >= 4 && wordCounts[word] == 1 && !Lexicon.plainWords.contains(word)
          && !Lexicon.articles.contains(word) && !Lexicon.prepositions.contains(word)
      }
      let shown = CardText(definition, among: index)
      let wording = CardWording(
        definition: definition, distractors: distractors.pick(for: definition),
        tags: tags(for: definition.section), suffix: suffixes[at], giveaways: giveaways,
        text: shown.text, answersDefinitionCard: shown.answersDefinitionCard,
        background: background)
      slots.set(at, wording.cards())
    }
    var perDefinition: [[Card]] = []
    var fronts: Set<String> = []
    for cards in slots.values {
      let fresh = (cards ?? []).filter { card in
        kinds.contains(card.kind) && !fronts.contains(card.front)
      }
      fronts.formUnion(fresh.map(\.front))
      perDefinition.append(fresh)
    }
    let comparisons =
      kinds.contains(.comparison) ? Comparisons(definitions: definitions, tags: tags).cards() : []
    return (perDefinition, comparisons)
  }

  /// The tag of a section path: each heading slugged, "What is" and the article's topic
  /// left out, joined by `/`.
  public func tags(for section: [String]) -> [String] {
    let parts = section.map(tagPart).filter { !$0.isEmpty }
    return parts.isEmpty ? [] : [parts.joined(separator: "/")]
  }

  private func tagPart(_ heading: String) -> String {
    var words = Lexicon.words(heading)
    if let first = words.first, ["what", "why", "how"].contains(first), words.count > 2 {
      words.removeFirst(2)
    }
    let topic = Lexicon.words(title ?? "").filter {
      !["what", "is", "are", "a", "an", "the"].contains($0)
    }
    if !topic.isEmpty, words.count > topic.count + 1, Array(words.suffix(topic.count)) == topic,
      let joiner = words.dropLast(topic.count).last, ["of", "in", "for", "on"].contains(joiner)
    {
      words.removeLast(topic.count + 1)
    }
    return Slug.of(words.joined(separator: " "))
  }
}

/// Cards asking which sibling of a group has a property only it has.
private struct Comparisons {
  let definitions: [Definition]
  let tags: ([String]) -> [String]

  /// One pass over each group (a glossary can hold thousands of terms in one): slugs, group
  /// nouns and who mentions what are worked out once, not once per pair of terms.
  func cards() -> [Card] {
    var cards: [Card] = []
    let slugs = definitions.map { Slug.of($0.term) }
    var members: [String: [Int]] = [:]
    for (index, definition) in definitions.enumerated() where !definition.isAdjective {
      if let group = definition.group { members[group, default: []].append(index) }
    }
    var groups: [String: Group] = [:]
    for (index, definition) in definitions.enumerated() {
      guard let name = definition.group, let indices = members[name], indices.count >= 3,
        !definition.properties.isEmpty
      else { continue }
      if groups[name] == nil {
        groups[name] = Group(
          indices, definitions: definitions, noun: groupNoun(indices.map { definitions[$0].term }))
      }
      guard let group = groups[name] else { continue }
      let slug = slugs[index]
      var made = 0
      for property in definition.properties {
        guard !group.isShared(property, apartFrom: slug, slugs: slugs, definitions: definitions)
        else { continue }
        guard let noun = group.noun else { continue }
        let verb = Lexicon.isPlural(noun) ? "are" : "is"
        let others = group.indices.lazy.filter { slugs[$0] != slug }.prefix(3)
        let options = [definition.displayTerm] + others.map { definitions[$0].displayTerm }
        made += 1
        cards.append(
          Card(
            id: "comparison:\(slug)" + (made == 1 ? "" : "#\(property)"),
            kind: .comparison, term: definition.displayTerm,
            front: "Which \(noun) \(verb) \(property)?", back: definition.displayTerm,
            tags: tags(definition.section),
            choices: StableHash.shuffle(options, seed: slug + property),
            accept: definition.aliases + [definition.abbreviation].compactMap { $0 },
            section: definition.section))
      }
    }
    return cards
  }

  /// The members of one group, indexed by the properties they list and the words they say.
  private struct Group {
    let indices: [Int]
    let noun: String?
    /// Members listing each property.
    private var owners: [String: [Int]] = [:]
    /// Members whose text or term holds each word (lower case).
    private var sayers: [String: [Int]] = [:]

    init(_ indices: [Int], definitions: [Definition], noun: String?) {
      self.indices = indices
      self.noun = noun
      for index in indices {
        let definition = definitions[index]
        for property in definition.properties { owners[property, default: []].append(index) }
        for word in Set(Group.words(definition.text + " " + definition.term)) {
          sayers[word, default: []].append(index)
        }
      }
    }

    /// True when a member other than the term (by slug) lists `property` or mentions it, as
    /// `Sentences.mentions` reads a mention; only members saying its first word are read.
    func isShared(
      _ property: String, apartFrom slug: String, slugs: [String], definitions: [Definition]
    ) -> Bool {
      if owners[property, default: []].contains(where: { slugs[$0] != slug }) { return true }
      let trimmed = property.trimmingSpaces
      let candidates: [Int]
      if let first = trimmed.first, first.isLetter || first.isNumber,
        let word = Group.words(trimmed).first
      {
        var stems = [word]
        if trimmed.count > 4, trimmed.lowercased().hasSuffix("s"),
          let singular = Group.words(String(trimmed.dropLast())).first
        {
          stems.append(singular)
        }
        var found = Set<Int>()
        for stem in stems {
          for form in [stem, stem + "s", stem + "es"] { found.formUnion(sayers[form] ?? []) }
        }
        candidates = found.sorted()
      } else {
        candidates = indices
      }
      return candidates.contains { index in
        slugs[index] != slug
          && Sentences.mentions(
            definitions[index].text + " " + definitions[index].term, anyOf: [property])
      }
    }

    /// The lower-case runs of letters and digits in `text`.
    static func words(_ text: String) -> [String] {
      text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
  }

  /// The words all member terms end with ("stem cells"), or nil when they share none.
  private func groupNoun(_ terms: [String]) -> String? {
    let split = terms.map { $0.lowercased().split(separator: " ").map(String.init) }
    var common: [String] = []
    guard let shortest = split.map(\.count).min() else { return nil }
    for offset in 1...max(shortest, 1) where shortest > 0 {
      let words = split.map { $0[$0.count - offset] }
      guard Set(words).count == 1, let word = words.first else { break }
      common.insert(word, at: 0)
    }
    return common.isEmpty || common.count == shortest ? nil : common.joined(separator: " ")
  }
}
