/// Picks wrong answers for a definition: sibling terms of its group first, then terms of
/// its section with the same head noun, its section, its part of the article, then any,
/// never the answer or another name for it.
struct Distractors {
  let definitions: [Definition]
  private let keys: [Set<String>]
  private let heads: [String]
  private let byGroup: [String: [Int]]
  private let bySection: [[String]: [Int]]
  private let byHead: [String: [Int]]
  private let byPart: [String: [Int]]
  /// Each definition's text in lower case, for a quick look before `Sentences.mentions`.
  private let lowerTexts: [String]

  init(definitions: [Definition]) {
    self.definitions = definitions
    lowerTexts = definitions.map { $0.text.lowercasedText() }
    keys = definitions.map { Set($0.names.flatMap(Distractors.keys)) }
    heads = definitions.map { Distractors.head($0.term) }
    var byGroup: [String: [Int]] = [:]
    var bySection: [[String]: [Int]] = [:]
    var byHead: [String: [Int]] = [:]
    var byPart: [String: [Int]] = [:]
    for (index, definition) in definitions.enumerated() where !definition.text.isEmpty {
      if let group = definition.group { byGroup[group, default: []].append(index) }
      bySection[definition.section, default: []].append(index)
      byHead[heads[index], default: []].append(index)
      byPart[definition.section.first ?? "", default: []].append(index)
    }
    (self.byGroup, self.bySection, self.byHead, self.byPart) = (byGroup, bySection, byHead, byPart)
  }

  /// Up to `count` other terms, nearest first, in an order seeded by the answer's term.
  func pick(for answer: Definition, count: Int = 3) -> [Definition] {
    let answerKeys = Set(answer.names.flatMap(Distractors.keys))
    let head = Distractors.head(answer.term)
    let sameSection = bySection[answer.section] ?? []
    // Each tier is made only when the ones before fell short: in a glossary of thousands of
    // terms the first gives three, and filtering the section for every term was quadratic.
    let tiers: [() -> [Int]] = [
      { answer.group.flatMap { byGroup[$0] } ?? [] },
      { sameSection.filter { heads[$0] == head } },
      { sameSection },
      { byHead[head] ?? [] },
      { byPart[answer.section.first ?? ""] ?? [] },
      { Array(definitions.indices) },
    ]
    let answerNames = answer.names.filter { $0.count > 2 }
    let answerText = answer.text.lowercasedText()
    var chosen: [Definition] = []
    var chosenKeys = answerKeys
    let seed = StableHash.of(answer.term)
    for tier in tiers where chosen.count < count {
      for index in seededOrder(tier(), seed: seed, answer: answer.term) where chosen.count < count {
        let candidate = definitions[index]
        // "necessary condition: the consequent/second part of the conditional" is no wrong
        // answer for the consequent, nor the consequent for it: one meaning names the other.
        guard candidate.isAdjective == answer.isAdjective, !candidate.text.isEmpty,
          candidate.text != answer.text, keys[index].isDisjoint(with: chosenKeys),
          !Distractors.nested(candidate.term, answer.term),
          !Self.mentions(answerNames, in: candidate.text, lowered: lowerTexts[index]),
          !Self.mentions(
            candidate.names.filter { $0.count > 2 }, in: answer.text, lowered: answerText)
        else { continue }
        chosen.append(candidate)
        chosenKeys.formUnion(keys[index])
      }
    }
    return chosen
  }

  /// True when `text` (`lowered`, in lower case) names one of `names`: a quick look for the
  /// name's first letters, then `Sentences.mentions`.
  private static func mentions(_ names: [String], in text: String, lowered: String) -> Bool {
    names.contains { name in
      lowered.containsText(String(name.lowercasedText().prefix(4)))
        && Sentences.mentions(text, anyOf: [name])
    }
  }

  /// Small tiers shuffled by hash; large ones walked from a seeded starting point.
  private func seededOrder(_ tier: [Int], seed: UInt64, answer: String) -> [Int] {
    guard tier.count > 48 else {
      // Each hash once, not once per comparison.
      return tier.map { (StableHash.of(answer + "|" + definitions[$0].term), $0) }
        .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
    }
    let start = Int(seed % UInt64(tier.count))
    return Array(tier[start...].prefix(48)) + Array(tier[..<start].prefix(48))
  }

  /// True when one term is a kind of the other ("embryonic stem cells", "stem cells"): a
  /// learner could defend either, so neither is a wrong answer for the other.
  static func nested(_ first: String, _ second: String) -> Bool {
    let one = Slug.of(first)
    let other = Slug.of(second)
    return one.hasSuffix("-" + other) || other.hasSuffix("-" + one)
      || one.hasPrefix(other + "-") || other.hasPrefix(one + "-")
  }

  /// The last word of a term, singular: "stem cells" → "cell".
  static func head(_ term: String) -> String {
    let last = Lexicon.words(term).last ?? ""
    return last.hasSuffix("s") ? String(last.dropLast()) : last
  }

  /// The slugs a name is known by, singular and plural: "stem cell" → stem-cell, stem-cells.
  static func keys(_ name: String) -> [String] {
    let slug = Slug.of(name)
    return slug.hasSuffix("s") ? [slug, String(slug.dropLast())] : [slug, slug + "s"]
  }
}

/// A hash that is the same in every run, for deterministic shuffles (FNV-1a, 64 bits).
enum StableHash {
  /// The hash of `text`'s UTF-8 bytes.
  static func of(_ text: String) -> UInt64 {
    FNV1a.hash(text.utf8)
  }

  /// `items` in an order that depends only on `seed` and the items.
  static func shuffle(_ items: [String], seed: String) -> [String] {
    items.sorted { of(seed + "|" + $0) < of(seed + "|" + $1) }
  }
}
