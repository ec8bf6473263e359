/// The 17 universal part-of-speech tags of Universal Dependencies (UPOS), one byte each.
///
/// The raw values are the tags' indices in the tagger's model, so their order must not change.
public enum UPOS: UInt8, CaseIterable, Sendable {
  case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb,
    x

  /// The number of tags.
  static let count = 17

  /// The tag named `name` as written in CoNLL-U files ("ADJ", "PROPN", …), or nil for any other
  /// text. Case-sensitive: the names are upper case.
  public init?(name: some StringProtocol) {
    switch name {
    case "ADJ": self = .adj
    case "ADP": self = .adp
    case "ADV": self = .adv
    case "AUX": self = .aux
    case "CCONJ": self = .cconj
    case "DET": self = .det
    case "INTJ": self = .intj
    case "NOUN": self = .noun
    case "NUM": self = .num
    case "PART": self = .part
    case "PRON": self = .pron
    case "PROPN": self = .propn
    case "PUNCT": self = .punct
    case "SCONJ": self = .sconj
    case "SYM": self = .sym
    case "VERB": self = .verb
    case "X": self = .x
    default: return nil
    }
  }

  /// The tag's name as written in CoNLL-U files: "ADJ", "PROPN", ….
  public var name: String {
    switch self {
    case .adj: "ADJ"
    case .adp: "ADP"
    case .adv: "ADV"
    case .aux: "AUX"
    case .cconj: "CCONJ"
    case .det: "DET"
    case .intj: "INTJ"
    case .noun: "NOUN"
    case .num: "NUM"
    case .part: "PART"
    case .pron: "PRON"
    case .propn: "PROPN"
    case .punct: "PUNCT"
    case .sconj: "SCONJ"
    case .sym: "SYM"
    case .verb: "VERB"
    case .x: "X"
    }
  }
}
