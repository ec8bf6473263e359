import ArgumentParser
import Foundation
import RecallCore

/// `recall deck remove NAME ID`: removes a card after confirmation.
struct DeckRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove a card from a deck (asks first; --yes when not on a terminal).",
    discussion: """
      Learners' progress on the card stays in their journals; it comes back into
      use if a card with the same id is added again.

      Example:
        recall deck remove biology basic:the-unit-of-life --yes
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The deck (a name in Decks/ or a path).", completion: CompletionValues.decks)
  var name: String

  @Argument(help: "The card's id (see 'recall deck show NAME').")
  var id: String

  @Flag(name: .shortAndLong, help: "Remove without asking.")
  var yes = false

  func run() throws {
    let files = DeckFiles(global)
    let deck = try files.load(name)
    // Refused before asking (the last card, an unknown id); done again under the lock.
    _ = try applying { () throws(DeckError) in try deck.removing(id: id) }
    if !yes {
      guard isatty(STDIN_FILENO) == 1 else {
        throw fail("not removing \(id) without confirmation: add --yes (input is not a terminal)")
      }
      let front = deck.card(withID: id)?.front ?? ""
      files.screen.write("Remove \(id) (\"\(front)\") from \(name)? [y/N] ")
      let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
      guard answer == "y" || answer == "yes" else {
        files.screen.line("Kept \(id).")
        return
      }
    }
    let left = try files.update(name) { current in
      guard let current else {
        throw fail("\(DeckError.notFound(name, known: files.context.decks.names()))")
      }
      let latest = try applying { () throws(DeckError) in try current.removing(id: id) }
      return (latest, latest.cards.count)
    }
    guard let left else { return }
    files.screen.line(
      "Removed \(id) from \(name): \(cardCount(left)) left. Learners' progress on it stays in their journals."
    )
  }
}
