/// The kind of question a card asks.
public enum CardKind: String, Codable, Sendable, CaseIterable {
  /// "What are X?" answered with the definition.
  case definition
  /// The definition shown, the term asked for.
  case reverse
  /// The definition with the term or a key word blanked.
  case cloze
  /// Multiple choice: the answer among distractors from sibling terms.
  case choice
  /// A definition paired with a term: true or false.
  case truefalse
  /// "What does X stand for?"
  case abbreviation
  /// Which of several sibling terms has a property.
  case comparison
  /// A plain front/back card, typed or imported by a trainer.
  case basic
}

/// One question of a deck.
///
/// `id` is derived from the term and the kind, never from the wording, so a
/// regenerated or edited card keeps the learner's progress.
public struct Card: Codable, Hashable, Sendable, Identifiable {
  /// Stable identifier, e.g. `definition:stem-cells`.
  public var id: String
  /// What sort of question this is.
  public var kind: CardKind
  /// The term the card tests.
  public var term: String
  /// The question side.
  public var front: String
  /// The answer side.
  public var back: String
  /// Tags from the article's section path, e.g. `core-principles/stem-cell-technology`.
  public var tags: [String]
  /// Options for multiple choice (the answer among them), or nil.
  public var choices: [String]?
  /// Other answers accepted when typed: aliases and abbreviations.
  public var accept: [String]?
  /// The section path the card's definition stands in, for display.
  public var section: [String]?

  /// Makes a card; optional parts default to absent.
  public init(
    id: String, kind: CardKind, term: String, front: String, back: String, tags: [String] = [],
    choices: [String]? = nil, accept: [String]? = nil, section: [String]? = nil
  ) {
    self.id = id
    self.kind = kind
    self.term = term
    self.front = front
    self.back = back
    self.tags = tags
    self.choices = choices
    self.accept = accept
    self.section = section
  }

  /// Cards made from the same definition share a note: they are siblings.
  public var noteID: String { String(noteKey) }

  /// The note part of the id: `definition:stem-cells#2` → `stem-cells`. Ids made by
  /// `CardID.make` carry the slug of the term, so siblings share it; cheap to compute.
  public var noteKey: Substring { Card.noteKey(of: id) }

  /// The note part of card id `id` (see `noteKey`).
  public static func noteKey(of id: String) -> Substring {
    let afterKind = id.firstIndex(of: ":").map { id[id.index(after: $0)...] } ?? id[...]
    // No `split`: it allocates an array, and the daily queue asks this of thousands of ids.
    return afterKind.firstIndex(of: "#").map { afterKind[..<$0] } ?? afterKind
  }
}

/// Builds stable card identifiers.
public enum CardID {
  /// `kind:term-slug`, the identifier of the card of `kind` testing `term`.
  public static func make(kind: CardKind, term: String) -> String {
    "\(kind.rawValue):\(slug(term))"
  }

  /// Lower-case ASCII words joined by `-`: "Embryonic Stem Cells" → `embryonic-stem-cells`.
  public static func slug(_ text: String) -> String {
    var words: [String] = []
    var current = ""
    for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
        current.append(Character(scalar).lowercased())
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.joined(separator: "-")
  }
}
