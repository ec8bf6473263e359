import ArgumentParser
import Foundation
import RecallCore

/// `recall deck show NAME`: the cards of a deck, wrapped to the terminal, or as JSON.
struct DeckShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a deck's cards: id, kind, front, back and choices.",
    discussion: """
      Examples:
        recall deck show regenerative-medicine --kind definition
        recall deck show regenerative-medicine --tag core-principles --json
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The deck (a name in Decks/ or a path).", completion: CompletionValues.decks)
  var name: String

  @Flag(help: "Print the cards as JSON for tools.")
  var json = false

  @Option(help: ArgumentHelp("Only cards with this tag or a tag below it.", valueName: "tag"))
  var tag: String?

  @Option(help: ArgumentHelp("Only cards of this kind.", valueName: "kind"))
  var kind: String?

  func run() throws {
    let files = DeckFiles(global)
    let deck = try files.load(name)
    let kind = try self.kind.map(parseKind)
    let cards = deck.cards.filter { card in
      (tag.map(card.hasTag) ?? true) && (kind.map { card.kind == $0 } ?? true)
    }
    if json {
      let data = (try? JSONCoding.fileEncoder().encode(cards)) ?? Data()
      files.screen.line(String(decoding: data, as: UTF8.self))
      return
    }
    let screen = files.screen
    screen.line(screen.paint("\(deck.title)", { $0.bold }))
    for card in cards {
      screen.line()
      let tags = card.tags.isEmpty ? "" : "  tags: " + card.tags.joined(separator: ", ")
      screen.line(screen.paint(card.id, { $0.cyan }) + "  (\(card.kind.rawValue))" + tags)
      screen.line(labelled("Q", card.front, screen: screen))
      screen.line(labelled("A", card.back, screen: screen))
      if let choices = card.choices {
        screen.line(labelled("C", choices.joined(separator: " | "), screen: screen))
      }
    }
    screen.line()
    screen.line("\(cards.count) of \(deck.cards.count) cards")
  }
}

/// `text` wrapped to the screen beside a one-letter `label`: "  Q  What …", then indented.
func labelled(_ label: String, _ text: String, screen: Screen) -> String {
  let narrow = Screen(color: false, width: screen.width - 5) { _ in }
  return narrow.wrap(text).split(separator: "\n", omittingEmptySubsequences: false)
    .enumerated().map { ($0.offset == 0 ? "  \(label)  " : "     ") + $0.element }
    .joined(separator: "\n")
}

/// The card kind named `text`, or a usage error listing the kinds.
func parseKind(_ text: String) throws -> CardKind {
  guard let kind = CardKind(rawValue: text.lowercased()) else {
    throw ValidationError(
      "unknown card kind '\(text)'; use \(CardKind.allCases.map(\.rawValue).joined(separator: ", "))"
    )
  }
  return kind
}
