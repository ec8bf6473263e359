import ArgumentParser
import Foundation
import RecallCore

/// `recall deck list`: every deck with its title, card count and kinds of card.
struct DeckListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the decks in Decks/ with their titles, card counts and kinds of card.",
    discussion: "Example:\n  recall deck list --home ~/study"
  )

  @OptionGroup var global: GlobalOptions

  func run() throws {
    listDecks(DeckFiles(global).context, kinds: true)
  }
}
