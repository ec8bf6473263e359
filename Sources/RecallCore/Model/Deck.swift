import Foundation

/// A deck of cards, as stored in `Decks/NAME.json`.
public struct Deck: Codable, Hashable, Sendable {
  /// The deck format this code writes; older versions are read and migrated.
  public static let currentFormatVersion = 1

  /// Format version of the file.
  public var formatVersion: Int
  /// Title shown to learners.
  public var title: String
  /// Where the cards came from: the article's path relative to the deck, or a description.
  public var source: String?
  /// The cards, in study order for new cards.
  public var cards: [Card]

  /// Makes a deck in the current format.
  public init(title: String, source: String? = nil, cards: [Card]) {
    self.formatVersion = Deck.currentFormatVersion
    self.title = title
    self.source = source
    self.cards = cards
  }

  enum CodingKeys: String, CodingKey {
    case formatVersion = "format_version"
    case title, source, cards
  }

  /// The card with identifier `id`, if the deck has it.
  public func card(withID id: String) -> Card? { cards.first { $0.id == id } }

  /// Every tag used by the deck, including each tag's parent paths, sorted.
  public var allTags: [String] {
    var tags = Set<String>()
    for card in cards {
      for tag in card.tags {
        var parts: [Substring] = []
        for part in tag.split(separator: "/") {
          parts.append(part)
          tags.insert(parts.joined(separator: "/"))
        }
      }
    }
    return tags.sorted()
  }
}

extension Card {
  /// True when the card carries `tag` or a tag below it (`core-principles` matches
  /// `core-principles/stem-cell-technology`).
  public func hasTag(_ tag: String) -> Bool {
    let wanted = tag.lowercased()
    return tags.contains { own in
      let own = own.lowercased()
      return own == wanted || own.hasPrefix(wanted + "/")
    }
  }
}

/// Where each card of a deck stands, by id: built once when a deck is loaded, so the daily
/// queue finds cards without walking the deck.
public struct DeckIndex: Sendable {
  /// Position of each card in the deck, by id.
  public let positions: [String: Int]

  /// The index of `deck` (the first card wins if an id repeats).
  public init(_ deck: Deck) {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(deck.cards.count)
    for (position, card) in deck.cards.enumerated() where positions[card.id] == nil {
      positions[card.id] = position
    }
    self.positions = positions
  }
}
