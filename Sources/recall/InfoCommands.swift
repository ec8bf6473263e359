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

/// Prints each deck with its title and number of cards; unreadable decks say why.
func listDecks(_ context: Context) {
  let names = context.decks.names()
  if names.isEmpty {
    context.screen.line(
      "No decks in \(context.decks.folder.path). Make one with 'recall generate ARTICLE -o Decks/NAME.json'."
    )
    return
  }
  for name in names {
    do {
      let deck = try context.decks.load(name)
      context.screen.line(
        "\(context.screen.paint(name, { $0.bold }))  \(deck.title) (\(deck.cards.count) cards)")
    } catch {
      context.screen.line("\(name)  unreadable: \(error)")
    }
  }
}
