import ArgumentParser
import Foundation
import RecallCore

/// `recall quiz`: mixed questions, scored at the end.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Answer a quiz of mixed questions and get a score.",
    discussion: """
      Multiple choice takes a letter or number, true/false takes t or f, the rest a typed \
      answer. Answers count as reviews (wrong = again, right = good) unless --practice.

      Example:
        recall quiz --learner ana --count 5
      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var deck: DeckChoice

  @Option(help: "How many questions (default 10).")
  var count = 10

  @Flag(help: "Do not record the answers as reviews.")
  var practice = false

  @Option(
    help: ArgumentHelp("Ask only about cards with this tag or a tag below it.", valueName: "tag"),
    completion: CompletionValues.tags)
  var tag: String?

  @Option(
    help: ArgumentHelp(
      "Kinds of question, comma-separated: choice, truefalse, typed, cloze (default: all).",
      valueName: "kinds"))
  var kinds: String?

  /// The card kinds `--kinds` asks for; nil for the default mix.
  func cardKinds() throws -> Set<CardKind>? {
    guard let kinds else { return nil }
    var result = Set<CardKind>()
    for word in kinds.split(separator: ",").map({
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }) {
      switch word {
      case "choice": result.formUnion([.choice, .comparison])
      case "truefalse": result.insert(.truefalse)
      case "typed": result.formUnion([.reverse, .abbreviation, .basic])
      case "cloze": result.insert(.cloze)
      default:
        throw fail(
          "--kinds: '\(word)' is not a question kind; use choice, truefalse, typed or cloze")
      }
    }
    return result
  }

  mutating func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let reader = makeLineReader(screen: screen, historyFile: nil, completer: nil)
    guard let learner = global.learnerName ?? askLearner(reader: reader, context: context) else {
      throw fail("no learner: give --learner NAME or set RECALL_LEARNER")
    }
    guard count > 0 else { throw fail("--count: \(count) must be at least 1") }
    try runQuiz(
      context: context, reader: reader, learner: learner, deckName: try deck.name(), count: count,
      practice: practice, tag: tag, kinds: cardKinds())
  }
}

/// Asks `count` questions, grades each at once, and ends with the score and the misses.
func runQuiz(
  context: Context, reader: any LineReader, learner: String, deckName: String?, count: Int,
  practice: Bool, tag: String? = nil, kinds: Set<CardKind>? = nil
) throws {
  let screen = context.screen
  let now = Clock.now()
  let loaded = try context.loadDeck(deckName)
  let (name, deck, deckKey) = (loaded.name, loaded.deck, loaded.key)
  // A practice quiz records nothing, so it needs no progress (and takes no lock).
  let store = practice ? nil : try context.openLearner(learner, now: now)
  let seed = UInt64(bitPattern: Int64(now.timeIntervalSince1970))
  let questions = Quiz.pick(
    from: deck, count: count, kinds: kinds, seed: seed,
    include: { card in tag.map(card.hasTag) ?? true })
  if questions.isEmpty {
    throw fail("no questions of those kinds\(tag.map { " tagged '\($0)'" } ?? "") in \(name)")
  }
  // Quiz answers are scheduled with the learner's own settings (retention, fitted parameters).
  var scheduler = Scheduler()
  if let store {
    do {
      scheduler = Scheduler(
        settings: try loadSettings(folder: store.folder, learner: learner).schedulerSettings)
    } catch {
      throw fail("\(error)")
    }
  }
  var right = 0
  var missed: [Card] = []
  screen.line(
    screen.paint("Quiz: \(deck.title), \(questions.count) questions", { $0.bold })
      + (practice ? " (practice)" : ""))
  for (index, card) in questions.enumerated() {
    screen.line()
    screen.paragraph("\(index + 1). " + card.front, indent: 3)
    if let choices = card.choices {
      for (number, choice) in choices.enumerated() {
        screen.paragraph("   \(Character(UnicodeScalar(UInt8(97 + number)))) \(choice)", indent: 5)
      }
    }
    guard let input = reader.readLine(prompt: "answer> ") else {
      screen.line("(quiz ended early)")
      break
    }
    if input.trimmingCharacters(in: .whitespaces).lowercased() == "q" { break }
    let verdict = Quiz.check(card, input: input)
    switch verdict {
    case .correct:
      right += 1
      screen.line(screen.paint("correct", { $0.green }))
    case .almost:
      right += 1
      screen.line(screen.paint("almost (typo): ", { $0.yellow }) + card.back)
      let differences = AnswerMatcher.differences(typed: input, expected: card.back)
      if !differences.isEmpty { screen.line("  differs: " + differences.joined(separator: ", ")) }
    case .wrong:
      missed.append(card)
      screen.line(screen.paint("wrong: ", { $0.red }) + card.back)
      if card.choices == nil && card.kind != .truefalse {
        let differences = AnswerMatcher.wrongAnswerHint(typed: input, expected: card.back)
        if !differences.isEmpty { screen.line("  differs: " + differences.joined(separator: ", ")) }
      }
    }
    if let store {
      let rating: Rating = verdict == .wrong ? .again : .good
      let record = store.progress.answer(
        card.id, deck: deckKey, rating: rating, at: Clock.now(), scheduler: scheduler)
      do {
        try store.record(record)
      } catch {
        screen.line(screen.paint("Not saved: \(error)", { $0.red }))
      }
    }
  }
  let asked = right + missed.count
  screen.line()
  screen.line(screen.paint("Score: \(right)/\(asked)", { $0.bold }))
  if !missed.isEmpty {
    screen.line("Missed:")
    for card in missed { screen.paragraph("  - \(card.front) → \(card.back)", indent: 4) }
  }
  if let store {
    do { try store.close(now: Clock.now()) } catch { throw fail("\(error)") }
    refreshHistoryCache(store)
    try failIfUnsaved(store)
  }
}
