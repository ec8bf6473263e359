import ArgumentParser

/// The deck a command works on: `--deck NAME` or, as the shell's `study [DECK]` teaches, a
/// bare `NAME`.
struct DeckChoice: ParsableArguments {
  @Argument(
    help: ArgumentHelp("The deck, as with --deck.", valueName: "deck"),
    completion: CompletionValues.decks)
  var positional: String?

  @Option(
    help: ArgumentHelp("The deck (a name in Decks/ or a path).", valueName: "name"),
    completion: CompletionValues.decks)
  var deck: String?

  /// The deck named, nil for the default one; two different names leave with exit code 2.
  func name() throws -> String? {
    if let positional, let deck, positional != deck {
      throw fail("two decks given ('\(positional)' and --deck \(deck)); give one")
    }
    return deck ?? positional
  }
}
