import ArgumentParser
import Foundation
import RecallCore

/// `recall deck merge INTO FROM...`: adds other decks' cards to a deck.
struct DeckMergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Add the cards of other decks to a deck; report ids whose cards differ.",
    discussion: """
      A card whose id is already in INTO is left out; when its content differs it
      is reported as a conflict and INTO's card is kept, unless --replace is
      given.

      Example:
        recall deck merge biology biology-extra cells -o Decks/biology-all.json
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: "The deck to merge into (a name in Decks/ or a path).",
    completion: CompletionValues.decks)
  var into: String

  @Argument(help: "The decks whose cards to add.", completion: CompletionValues.decks)
  var from: [String]

  @Option(name: .shortAndLong, help: "Write the merged deck here instead of into INTO.")
  var output: String?

  @Flag(help: "On a conflict, take the incoming card instead of INTO's.")
  var replace = false

  func validate() throws {
    if from.isEmpty { throw ValidationError("give at least one deck to merge from") }
  }

  func run() throws {
    let files = DeckFiles(global)
    let others = try from.map { name in (name: name, deck: try files.load(name)) }
    let target = output ?? into
    // INTO is read under the lock of the deck written, when it is that deck.
    let given = output == nil ? nil : try files.load(into)
    let done = try files.update(target) { current in
      guard let base = given ?? current else {
        throw fail("\(DeckError.notFound(into, known: files.context.decks.names()))")
      }
      let merge = base.merging(others, replace: replace)
      return (merge.deck, merge)
    }
    guard let merge = done else { return }
    for conflict in merge.conflicts {
      let outcome = replace ? "took \(conflict.source)'s" : "kept \(into)'s (--replace takes it)"
      files.screen.line("conflict: \(conflict.id) differs in \(conflict.source); \(outcome)")
    }
    files.screen.line(
      "Merged into \(target): \(merge.added.count) added, \(merge.identical) identical, \(merge.conflicts.count) conflicts; \(cardCount(merge.deck.cards.count))."
    )
  }
}
