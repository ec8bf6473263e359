import Foundation

/// A card as a trainer types it: the id is derived from the kind and the term.
public struct CardDraft: Hashable, Sendable {
  /// What sort of question the card asks.
  public var kind: CardKind
  /// The term the card tests; the answer when absent.
  public var term: String?
  /// The question side.
  public var front: String
  /// The answer side.
  public var back: String
  /// Tags, `/`-separated slugs.
  public var tags: [String]
  /// Options for multiple choice, the answer among them.
  public var choices: [String]?

  /// A draft of a card; by default a basic card with no tags.
  public init(
    kind: CardKind = .basic, term: String? = nil, front: String, back: String,
    tags: [String] = [], choices: [String]? = nil
  ) {
    self.kind = kind
    self.term = term
    self.front = front
    self.back = back
    self.tags = tags
    self.choices = choices
  }

  /// The card, with id `CardID.make(kind:term:)` of the term (or the answer).
  public var card: Card {
    let term = term ?? back
    return Card(
      id: CardID.make(kind: kind, term: term), kind: kind, term: term, front: front, back: back,
      tags: tags, choices: choices)
  }
}

/// New wording for a card; a part left nil stays as it is.
public struct CardChanges: Hashable, Sendable {
  /// The new question.
  public var front: String?
  /// The new answer.
  public var back: String?
  /// The new tags (replacing the old ones).
  public var tags: [String]?
  /// The new choices (replacing the old ones).
  public var choices: [String]?

  /// Changes to any of the front, back, tags and choices.
  public init(
    front: String? = nil, back: String? = nil, tags: [String]? = nil, choices: [String]? = nil
  ) {
    self.front = front
    self.back = back
    self.tags = tags
    self.choices = choices
  }
}

extension Deck {
  /// The deck with `card` appended; refuses an id already used and a card breaking the format.
  public func adding(_ card: Card) throws(DeckError) -> Deck {
    if self.card(withID: card.id) != nil { throw .duplicateID(card.id) }
    try Deck.check(card)
    var deck = self
    deck.cards.append(card)
    return deck
  }

  /// The deck with card `id` reworded by `changes`; the id (and so learners' progress) stays.
  public func editing(id: String, with changes: CardChanges) throws(DeckError) -> Deck {
    guard let index = cards.firstIndex(where: { $0.id == id }) else {
      throw .cardNotFound(id)
    }
    var card = cards[index]
    if let front = changes.front { card.front = front }
    if let back = changes.back { card.back = back }
    if let tags = changes.tags { card.tags = tags }
    if let choices = changes.choices { card.choices = choices.isEmpty ? nil : choices }
    try Deck.check(card)
    var deck = self
    deck.cards[index] = card
    return deck
  }

  /// The deck without card `id`; refuses to remove the last card (a deck needs one).
  public func removing(id: String) throws(DeckError) -> Deck {
    guard let index = cards.firstIndex(where: { $0.id == id }) else {
      throw .cardNotFound(id)
    }
    if cards.count == 1 {
      throw .invalidCard(
        id: id, problem: "it is the deck's only card; delete the deck file instead")
    }
    var deck = self
    deck.cards.remove(at: index)
    return deck
  }

  /// Throws the first error `DeckValidator` finds in `card` (warnings pass).
  static func check(_ card: Card) throws(DeckError) {
    if let problem = DeckValidator.problems(in: card).first(where: { !$0.isWarning }) {
      throw .invalidCard(
        id: card.id, problem: "\(JSONLocator.describe(problem.path)): \(problem.message)")
    }
  }
}
