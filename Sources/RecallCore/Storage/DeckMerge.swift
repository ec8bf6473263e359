import Foundation

/// What merging decks did: the merged deck and what happened to each incoming card.
public struct DeckMerge: Sendable {
  /// A card whose id is in both decks with different content.
  public struct Conflict: Hashable, Sendable {
    /// The shared id.
    public var id: String
    /// The name of the deck the incoming card came from.
    public var source: String
  }

  /// The merged deck.
  public var deck: Deck
  /// Ids of the cards added.
  public var added: [String] = []
  /// Same id, different content; the first deck's card kept unless replacing.
  public var conflicts: [Conflict] = []
  /// Incoming cards identical to one already there, left out.
  public var identical = 0
}

extension Deck {
  /// This deck with the cards of `others` (name and deck) appended; a card whose id is
  /// already present is left out, and reported as a conflict when its content differs.
  /// With `replace`, a conflicting card replaces the one present, in its place.
  public func merging(_ others: [(name: String, deck: Deck)], replace: Bool = false) -> DeckMerge {
    var merge = DeckMerge(deck: self)
    var index = Dictionary(
      cards.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first }
    )
    for (name, other) in others {
      for card in other.cards {
        guard let position = index[card.id] else {
          index[card.id] = merge.deck.cards.count
          merge.deck.cards.append(card)
          merge.added.append(card.id)
          continue
        }
        if merge.deck.cards[position] == card {
          merge.identical += 1
          continue
        }
        merge.conflicts.append(DeckMerge.Conflict(id: card.id, source: name))
        if replace { merge.deck.cards[position] = card }
      }
    }
    return merge
  }
}
