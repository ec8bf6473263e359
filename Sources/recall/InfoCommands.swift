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

/// `recall stats`: a learner's cards by state and what is due.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show a learner's progress on a deck.",
    discussion: "Example:\n  recall stats --learner ana --json"
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("The deck (a name in Decks/ or a path).", valueName: "name"))
  var deck: String?

  @Flag(help: "Print the figures as JSON for tools.")
  var json = false

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    guard let learner = global.learnerName else {
      throw fail("no learner: give --learner NAME or set RECALL_LEARNER")
    }
    try showStats(context: context, learner: learner, deckName: deck, json: json)
  }
}

/// Prints the stats of `learner` on a deck, as text or JSON.
func showStats(context: Context, learner: String, deckName: String?, json: Bool) throws {
  let now = Clock.now()
  let stats: LearnerStats
  do {
    let name = try context.resolveDeckName(deckName)
    let deck = try context.decks.load(name)
    let learnerName = try LearnerName(learner)
    let store = try ProgressStore(
      root: context.progressRoot, learner: learnerName, readOnly: true, create: false, now: now)
    stats = LearnerStats(
      progress: store.progress, deck: deck,
      deckName: DeckStore.name(of: context.decks.url(for: name)), now: now)
  } catch let error as DeckError {
    throw fail("\(error)")
  } catch let error as ProgressError {
    throw fail("\(error)")
  }
  if json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = (try? encoder.encode(stats)) ?? Data()
    context.screen.line(String(decoding: data, as: UTF8.self))
    return
  }
  let screen = context.screen
  screen.line(screen.paint("\(stats.learner) on \(stats.deck)", { $0.bold }))
  screen.line("  answers recorded  \(stats.totalReviews)")
  screen.line(
    "  cards             \(stats.cards): \(stats.new) new, \(stats.learning) learning, \(stats.review) review, \(stats.relearning) relearning, \(stats.suspended) suspended"
  )
  screen.line("  due today         \(stats.dueToday)")
  screen.line("  due by tomorrow   \(stats.dueTomorrow)")
}
