import ArgumentParser
import Foundation
import RecallCore

/// `recall deck edit NAME ID`: rewords a card in place, keeping its id.
struct DeckEditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Change a card's front, back, tags or choices; its id stays the same.",
    discussion: """
      The id never changes, so learners keep their progress on the card.

      Example:
        recall deck edit biology basic:the-unit-of-life \\
          --front "What is the basic unit of life?"
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The deck (a name in Decks/ or a path).", completion: CompletionValues.decks)
  var name: String

  @Argument(help: "The card's id (see 'recall deck show NAME').")
  var id: String

  @Option(help: "The new question.")
  var front: String?

  @Option(help: "The new answer.")
  var back: String?

  @Option(name: .customLong("tag"), help: "The card's tags, replacing the old ones (repeat).")
  var tags: [String] = []

  @Option(name: .customLong("choice"), help: "The choices, replacing the old ones (repeat).")
  var choices: [String] = []

  func run() throws {
    let changes = CardChanges(
      front: front, back: back, tags: tags.isEmpty ? nil : tags,
      choices: choices.isEmpty ? nil : choices)
    if changes == CardChanges() {
      throw fail("nothing to change: give --front, --back, --tag or --choice")
    }
    let files = DeckFiles(global)
    try files.update(name) { current in
      guard let deck = current else {
        throw fail("\(DeckError.notFound(name, known: files.context.decks.names()))")
      }
      let changed = try applying { () throws(DeckError) in try deck.editing(id: id, with: changes) }
      return (changed, ())
    }
    files.screen.line("Changed \(id) in \(name); the id is unchanged, so progress is kept.")
  }
}
