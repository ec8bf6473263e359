/// Picks wrong answers for a definition: sibling terms of its group first, then of its
/// section, then of the article, never the answer or another name for it.
struct Distractors {
  let definitions: [Definition]

  /// Up to `count` other terms, nearest first, in an order seeded by the answer's term.
  func pick(for answer: Definition, count: Int = 3) -> [Definition] {
    let answerKeys = Set(answer.names.flatMap(Distractors.keys))
    var chosen: [Definition] = []
    var chosenKeys = answerKeys
    let candidates = definitions.filter { other in
      other.isAdjective == answer.isAdjective && !other.text.isEmpty
        && other.text != answer.text
        && Set(other.names.flatMap(Distractors.keys)).isDisjoint(with: answerKeys)
    }
    let head = Distractors.head(answer.term)
    let tiers: [(Definition) -> Bool] = [
      { answer.group != nil && $0.group == answer.group },
      { $0.section == answer.section && Distractors.head($0.term) == head },
      { $0.section == answer.section },
      { Distractors.head($0.term) == head },
      { $0.section.first == answer.section.first },
      { _ in true },
    ]
    for tier in tiers {
      let ranked = candidates.filter(tier).sorted {
        StableHash.of(answer.term + "|" + $0.term) < StableHash.of(answer.term + "|" + $1.term)
      }
      for candidate in ranked where chosen.count < count {
        let keys = Set(candidate.names.flatMap(Distractors.keys))
        guard keys.isDisjoint(with: chosenKeys) else { continue }
        chosen.append(candidate)
        chosenKeys.formUnion(keys)
      }
    }
    return chosen
  }

  /// The last word of a term, singular: "stem cells" → "cell".
  static func head(_ term: String) -> String {
    let last = Lexicon.words(term).last ?? ""
    return last.hasSuffix("s") ? String(last.dropLast()) : last
  }

  /// The slugs a name is known by, singular and plural: "stem cell" → stem-cell, stem-cells.
  static func keys(_ name: String) -> [String] {
    let slug = CardID.slug(name)
    return slug.hasSuffix("s") ? [slug, String(slug.dropLast())] : [slug, slug + "s"]
  }
}

/// A hash that is the same in every run, for deterministic shuffles (FNV-1a, 64 bits).
enum StableHash {
  /// The hash of `text`'s UTF-8 bytes.
  static func of(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  /// `items` in an order that depends only on `seed` and the items.
  static func shuffle(_ items: [String], seed: String) -> [String] {
    items.sorted { of(seed + "|" + $0) < of(seed + "|" + $1) }
  }
}
