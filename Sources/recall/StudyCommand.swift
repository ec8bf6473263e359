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

  @OptionGroup var deck: DeckChoice

  @Option(name: .customLong("new"), help: "New cards to introduce today at most (default 20).")
  var newCards: Int?

  @Option(
    help: ArgumentHelp("Study only cards with this tag or a tag below it.", valueName: "tag"),
    completion: CompletionValues.tags)
  var tag: String?

  @Option(help: "Stop after this many answers.")
  var limit: Int?

  mutating func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let reader = makeLineReader(screen: screen, historyFile: nil, completer: nil)
    guard let learner = global.learnerName ?? askLearner(reader: reader, context: context) else {
      throw fail("no learner: give --learner NAME or set RECALL_LEARNER")
    }
    try runStudy(context: context, reader: reader, learner: learner, request: request())
  }

  /// The session these options ask for; a bad value leaves with a message and exit code 2.
  func request() throws -> StudyRequest {
    if let newCards, newCards < 0 { throw fail("--new: \(newCards) is negative; give 0 or more") }
    if let limit, limit < 1 { throw fail("--limit: \(limit) must be at least 1") }
    return StudyRequest(deckName: try deck.name(), newCards: newCards, tag: tag, limit: limit)
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

/// What a learner asked to study.
struct StudyRequest {
  /// The deck, or nil for the default one.
  var deckName: String? = nil
  /// New cards today at most, overriding the learner's setting.
  var newCards: Int? = nil
  /// Only cards with this tag (or below it).
  var tag: String? = nil
  /// Stop after this many answers.
  var limit: Int? = nil
}

/// Opens the deck and the learner's progress, runs a session and prints its summary.
/// Errors a user can fix become one line and exit code 2.
func runStudy(context: Context, reader: any LineReader, learner: String, request: StudyRequest)
  throws
{
  let deckName = request.deckName
  let tag = request.tag
  let screen = context.screen
  let now = Clock.now()
  let loaded = try context.loadDeck(deckName)
  let (name, deck) = (loaded.name, loaded.deck)
  let store = try context.openLearner(learner, now: now)
  for notice in store.notices { screen.line(screen.paint("Notice: \(notice)", { $0.yellow })) }
  if let tag, !deck.allTags.contains(where: { $0.lowercased() == tag.lowercased() }) {
    throw fail(
      "no cards tagged '\(tag)' in \(name) (tags: \(deck.allTags.joined(separator: ", ")))")
  }
  let deckKey = loaded.key
  let orphans = ProgressDoctor.orphanCards(progress: store.progress, deck: deck, deckName: deckKey)
  if !orphans.isEmpty {
    screen.line(
      screen.paint(
        "Notice: \(orphans.count) card\(orphans.count == 1 ? "" : "s") of your progress \(orphans.count == 1 ? "is" : "are") no longer in deck \(deckKey) (kept)",
        { $0.yellow }))
  }
  let settings: LearnerSettings
  do {
    settings = try loadSettings(folder: store.folder, learner: learner)
  } catch {
    throw fail("\(error)")
  }
  var limits = settings.limits(for: deckKey)
  if let newCards = request.newCards { limits.newCards = newCards }
  let day = settings.studyDay()
  let session = StudySession(
    deck: deck, deckName: deckKey, progress: store.progress,
    scheduler: Scheduler(settings: settings.schedulerSettings), now: now, day: day,
    limits: limits, include: { card in tag.map(card.hasTag) ?? true })
  var runner = StudyRunner(
    screen: screen, reader: reader, store: store, session: session, day: day, limit: request.limit,
    deckFile: loaded.file, clock: Clock.now)
  let ending = runner.run()
  let end = Clock.now()
  let summary = runner.session.summary
  screen.line()
  if ending == .interrupted {
    screen.line("Cancelled: the card on screen was not graded; every answer before it is saved.")
  }
  let nothingShown = summary.answered == 0 && ending == .finished
  if nothingShown {
    let next =
      (runner.session.nextLearningDue(progress: store.progress)
      ?? nextDue(deck: deck, deckKey: deckKey, store: store)).map {
        " The next card is due in \(formatInterval($0.timeIntervalSince(end)))."
      } ?? ""
    screen.paragraph("Nothing is due now.\(next)")
  } else {
    screen.line(summaryLine(summary))
  }
  let outlook = NewCardOutlook(
    deck: deck, deckName: deckKey, progress: store.progress,
    scheduler: Scheduler(settings: settings.schedulerSettings), now: end, day: day,
    limits: limits, include: { card in tag.map(card.hasTag) ?? true })
  if let line = newCardsLine(outlook) { screen.paragraph(line) }
  if nothingShown {
    screen.paragraph("'quiz --practice' quizzes you without changing your schedule.")
  }
  let dueTomorrow = CardFigures(
    cards: deck.cards, deckName: deckKey, progress: store.progress, now: end, day: day
  ).dueTomorrow
  screen.line("Reviews due by tomorrow: \(dueTomorrow).")
  do {
    try store.close(now: end)
  } catch {
    throw fail("\(error)")
  }
  refreshHistoryCache(store)
  try failIfUnsaved(store)
}

/// Exit code 2 and one line when an answer of the session could not be written, so that a
/// script sees it (every answer that was saved stays saved).
func failIfUnsaved(_ store: ProgressStore) throws {
  let count = store.unsavedRecords
  guard count > 0 else { return }
  throw fail(
    "\(count) answer\(count == 1 ? " was" : "s were") NOT saved in Progress/\(store.learner.value) (see 'Not saved' above)"
  )
}

/// Brings the learner's `history.cache` up to date after a session, so `stats` and the class
/// report read only the few lines since; the cache is a shortcut, so a failure is ignored.
func refreshHistoryCache(_ store: ProgressStore) {
  _ = try? JournalHistory.read(folder: store.folder, learner: store.learner.value, cache: true)
}

func nextDue(deck: Deck, deckKey: String, store: ProgressStore) -> Date? {
  let states = store.progress.decks[deckKey] ?? [:]
  return deck.cards.compactMap { states[$0.id] }.filter { !$0.suspended }.map(\.memory.due).min()
}

/// "Session over: answered 3 cards in 1m (33% again)."
func summaryLine(_ summary: SessionSummary) -> String {
  let again = Int((summary.againRate * 100).rounded())
  return "Session over: answered \(summary.answered) card\(summary.answered == 1 ? "" : "s")"
    + " in \(formatInterval(summary.duration)) (\(again)% again)."
}

/// What is left of today's new cards and how to get more; nil when the deck has none left.
func newCardsLine(_ outlook: NewCardOutlook) -> String? {
  let studied = outlook.studiedToday
  let today = "New cards: \(studied) today (limit \(outlook.limit))"
  if outlook.leftToday > 0 {
    let left = outlook.leftToday
    return today + "; \(left) more \(left == 1 ? "is" : "are") ready now ('study' shows them)."
  }
  if outlook.beyondLimit > 0 {
    let more = outlook.beyondLimit
    return today
      + "; \(more) more can come today with 'study --new \(studied + more)'."
  }
  let waiting = outlook.unseen
  guard waiting > 0 else { return studied > 0 ? today + "; none left in this deck." : nil }
  return today
    + "; the other \(waiting) wait for a later day (one card per term a day, as in Anki)."
}
