import ArgumentParser
import Foundation
import RecallCore

/// `recall stats`: a learner's progress on a deck, with charts.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show a learner's progress on a deck: retention, activity, forecast, mastery.",
    discussion:
      "Examples:\n  recall stats --learner ana\n  recall stats --learner ana --tag core --json"
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var deck: DeckChoice

  @Option(
    help: ArgumentHelp("Only cards with this tag or a tag below it.", valueName: "tag"),
    completion: CompletionValues.tags)
  var tag: String?

  @Flag(help: "Print the figures as JSON for tools (fields in docs/FORMATS.md).")
  var json = false

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let learner = try global.requiredLearner()
    try showStats(
      context: context, learner: learner, deckName: try deck.name(), tag: tag, json: json)
  }
}

/// Prints the stats of `learner` on a deck (and tag), as text with charts or as JSON.
func showStats(
  context: Context, learner: String, deckName: String?, tag: String? = nil, json: Bool
) throws {
  let now = Clock.now()
  let stats: LearnerStats
  let notices: [String]
  do {
    let name = try context.resolveDeckName(deckName)
    let deck = try context.decks.load(name)
    if let tag, !deck.allTags.contains(where: { $0.lowercased() == tag.lowercased() }) {
      let known =
        deck.allTags.isEmpty
        ? "the deck has no tags" : "known tags: " + deck.allTags.joined(separator: ", ")
      throw fail("no tag '\(tag)' in deck '\(name)' (\(known))")
    }
    let data = try LearnerData.load(root: context.progressRoot, learner: learner, now: now)
    notices = data.notices + data.history.notices
    stats = LearnerStats(
      progress: data.progress, history: data.history, deck: deck,
      deckName: DeckStore.name(of: context.decks.url(for: name)), tag: tag, now: now,
      day: data.studyDay, desiredRetention: data.settings.desiredRetention,
      scheduler: Scheduler(settings: data.settings.schedulerSettings),
      fittedParameters: data.settings.fittedParameters)
  } catch let error as DeckError {
    throw fail("\(error)")
  } catch let error as ProgressError {
    throw fail("\(error)")
  }
  for notice in Set(notices).sorted() { printError(notice) }
  if json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(stats)) ?? Data()
    context.screen.line(String(decoding: data, as: UTF8.self))
    return
  }
  for line in StatsText.lines(stats, style: ChartStyle.of(context.screen)) {
    context.screen.line(line)
  }
}
