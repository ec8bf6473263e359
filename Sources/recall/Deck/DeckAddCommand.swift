import ArgumentParser
import Foundation
import RecallCore

/// `recall deck add NAME --front F --back B`: appends a card, making the deck if needed.
struct DeckAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a card to a deck (making the deck when it does not exist).",
    discussion: """
      The card's id is KIND:term-slug, from --term (default: the back). Two cards
      testing the same term need different --term values.

      Examples:
        recall deck add biology --title Biology \\
          --front "What is a cell?" --back "The unit of life"
        recall deck add biology --kind choice \\
          --front "Largest organelle?" --back Nucleus \\
          --choice Nucleus --choice Ribosome --choice Vacuole
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The deck (a name in Decks/ or a path).", completion: CompletionValues.decks)
  var name: String

  @Option(help: "The question.")
  var front: String

  @Option(help: "The answer.")
  var back: String

  @Option(help: "The term the card tests; its id is made from it (default: the back).")
  var term: String?

  @Option(help: "The kind of card: \(CardKind.allCases.map(\.rawValue).joined(separator: ", ")).")
  var kind = "basic"

  @Option(name: .customLong("tag"), help: "A tag for the card (repeat for more).")
  var tags: [String] = []

  @Option(name: .customLong("choice"), help: "A multiple-choice option (repeat for each).")
  var choices: [String] = []

  @Option(help: "The deck's title when the deck is new (default: its name).")
  var title: String?

  func run() throws {
    let files = DeckFiles(global)
    let draft = CardDraft(
      kind: try parseKind(kind), term: term, front: front, back: back, tags: tags,
      choices: choices.isEmpty ? nil : choices)
    let card = draft.card
    let made = try files.update(name) { existing in
      let bare = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
      let deck = existing ?? Deck(title: title ?? bare, cards: [])
      let changed = try applying { () throws(DeckError) in try deck.adding(card) }
      return (changed, (existing == nil, changed.cards.count))
    }
    guard let made else { return }
    files.screen.line(
      "Added \(card.id) to \(name)\(made.0 ? " (new deck)" : ""): \(cardCount(made.1)).")
  }
}
