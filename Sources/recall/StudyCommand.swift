import ArgumentParser
import Foundation
import RecallCore

/// `recall study`: review what is due and learn new cards.
struct StudyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "study",
    abstract: "Study the cards due today, then new ones.",
    discussion: """
      Enter reveals the answer; 1–4 (again, hard, good, easy) grades it; q or Ctrl-D ends \
      the session. Every answer is saved before the next card is shown.

      Example:
        recall study --learner ana --deck regenerative-medicine --new 10
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("The deck to study (a name in Decks/ or a path).", valueName: "name"))
  var deck: String?

  @Option(name: .customLong("new"), help: "New cards to introduce today at most (default 20).")
  var newCards: Int?

  @Option(help: ArgumentHelp("Study only cards with this tag or a tag below it.", valueName: "tag"))
  var tag: String?

  mutating func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let reader = makeLineReader(screen: screen, historyFile: nil, completer: nil)
    guard let learner = global.learnerName ?? askLearner(reader: reader, context: context) else {
      throw fail("no learner: give --learner NAME or set RECALL_LEARNER")
    }
    if let newCards, newCards < 0 { throw fail("--new: \(newCards) is negative; give 0 or more") }
    try runStudy(
      context: context, reader: reader, learner: learner, deckName: deck, newCards: newCards,
      tag: tag)
  }
}

/// Asks for a learner's name on a terminal; nil when input is not a terminal or ends.
func askLearner(reader: any LineReader, context: Context) -> String? {
  guard isatty(STDIN_FILENO) == 1 else { return nil }
  let known = ProgressStore.learners(root: context.progressRoot)
  if !known.isEmpty { context.screen.line("Learners: " + known.joined(separator: ", ")) }
  while let answer = reader.readLine(prompt: "Your name: ") {
    let name = answer.trimmingCharacters(in: .whitespaces)
    if name.isEmpty { continue }
    do {
      _ = try LearnerName(name)
      return name
    } catch {
      context.screen.line("\(error)")
    }
  }
  return nil
}

/// Opens the deck and the learner's progress, runs a session and prints its summary.
/// Errors a user can fix become one line and exit code 2.
func runStudy(
  context: Context, reader: any LineReader, learner: String, deckName: String?, newCards: Int?,
  tag: String?
) throws {
  let screen = context.screen
  let now = Clock.now()
  let name: String
  let deck: Deck
  let store: ProgressStore
  do {
    name = try context.resolveDeckName(deckName)
    deck = try context.decks.load(name)
    store = try context.openProgress(learner, now: now)
  } catch let error as DeckError {
    throw fail("\(error)")
  } catch let error as ProgressError {
    throw fail("\(error)")
  }
  for notice in store.notices { screen.line(screen.paint("Notice: \(notice)", { $0.yellow })) }
  if let tag, !deck.allTags.contains(where: { $0.lowercased() == tag.lowercased() }) {
    throw fail(
      "no cards tagged '\(tag)' in \(name) (tags: \(deck.allTags.joined(separator: ", ")))")
  }
  let deckKey = DeckStore.name(of: context.decks.url(for: name))
  let orphans = ProgressDoctor.orphanCards(progress: store.progress, deck: deck, deckName: deckKey)
  if !orphans.isEmpty {
    screen.line(
      screen.paint(
        "Notice: \(orphans.count) card\(orphans.count == 1 ? "" : "s") of your progress \(orphans.count == 1 ? "is" : "are") no longer in deck \(deckKey) (kept)",
        { $0.yellow }))
  }
  let settings: LearnerSettings
  do {
    settings = try SettingsStore.load(folder: store.folder, learner: learner)
  } catch {
    throw fail("\(error)")
  }
  var limits = settings.limits(for: deckKey)
  if let newCards { limits.newCards = newCards }
  let day = settings.studyDay()
  let session = StudySession(
    deck: deck, deckName: deckKey, progress: store.progress,
    scheduler: Scheduler(settings: settings.schedulerSettings), now: now, day: day,
    limits: limits, include: { card in tag.map(card.hasTag) ?? true })
  var runner = StudyRunner(
    screen: screen, reader: reader, store: store, session: session, day: day, clock: Clock.now)
  let ending = runner.run()
  let end = Clock.now()
  let summary = runner.session.summary
  screen.line()
  if summary.answered == 0 && ending == .finished {
    if let due = runner.session.nextLearningDue(progress: store.progress)
      ?? nextDue(deck: deck, deckKey: deckKey, store: store)
    {
      screen.line(
        "Nothing is due now. The next card is due in \(formatInterval(due.timeIntervalSince(end)))."
      )
    } else {
      screen.line("Nothing is due now.")
    }
  }
  screen.line(summaryLine(summary, deck: deck, deckKey: deckKey, store: store, now: end, day: day))
  do {
    try store.close(now: end)
  } catch {
    throw fail("\(error)")
  }
}

func nextDue(deck: Deck, deckKey: String, store: ProgressStore) -> Date? {
  let states = store.progress.decks[deckKey] ?? [:]
  return deck.cards.compactMap { states[$0.id] }.filter { !$0.suspended }.map(\.memory.due).min()
}

/// "Answered 3 cards in 1m (33% again). Due tomorrow: 2."
func summaryLine(
  _ summary: SessionSummary, deck: Deck, deckKey: String, store: ProgressStore, now: Date,
  day: StudyDay
) -> String {
  let tomorrowEnd = day.end(of: day.end(of: now))
  let states = store.progress.decks[deckKey] ?? [:]
  let dueTomorrow = deck.cards.filter { card in
    guard let state = states[card.id], !state.suspended else { return false }
    return state.memory.due < tomorrowEnd
  }.count
  let again = Int((summary.againRate * 100).rounded())
  return "Session over: answered \(summary.answered) card\(summary.answered == 1 ? "" : "s")"
    + " in \(formatInterval(summary.duration)) (\(again)% again). Due by tomorrow: \(dueTomorrow)."
}
