import ArgumentParser
import Foundation
import RecallCore

/// `recall decks`: the decks in `Decks/`.
struct DecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decks",
    abstract: "List the decks in Decks/.",
    discussion: "Example:\n  recall decks --home ~/study"
  )

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    listDecks(Context(options: global, screen: screen))
  }
}

/// Prints each deck with its title and number of cards (by kind when `kinds` is set);
/// unreadable decks say why. `recall decks`, `recall deck list` and the shell share it.
func listDecks(_ context: Context, kinds: Bool = false) {
  let names = context.decks.names()
  if names.isEmpty {
    context.screen.line(
      "No decks in \(context.decks.folder.path). Make one with 'recall generate ARTICLE -o Decks/NAME.json' or 'recall deck add NAME --front F --back B'."
    )
    return
  }
  for name in names {
    do {
      let deck = try context.decks.load(name)
      let counts =
        kinds ? "\(deck.cards.count) cards: \(kindSummary(deck))" : "\(deck.cards.count) cards"
      context.screen.line("\(context.screen.paint(name, { $0.bold }))  \(deck.title) (\(counts))")
    } catch {
      context.screen.line("\(name)  unreadable: \(error)")
    }
  }
}

/// "4 definition, 2 choice": the number of cards of each kind, in the kinds' order.
func kindSummary(_ deck: Deck) -> String {
  CardKind.allCases.compactMap { kind in
    let count = deck.cards.filter { $0.kind == kind }.count
    return count == 0 ? nil : "\(count) \(kind.rawValue)"
  }.joined(separator: ", ")
}
