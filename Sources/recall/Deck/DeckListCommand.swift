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
    let files = DeckFiles(global)
    let names = files.context.decks.names()
    if names.isEmpty {
      files.screen.line(
        "No decks in \(files.context.decks.folder.path). Add a card with 'recall deck add NAME --front F --back B'."
      )
      return
    }
    for name in names {
      do {
        let deck = try files.context.decks.load(name)
        files.screen.line(
          "\(files.screen.paint(name, { $0.bold }))  \(deck.title) (\(deck.cards.count) cards: \(kindSummary(deck)))"
        )
      } catch {
        files.screen.line("\(name)  unreadable: \(error)")
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
}
