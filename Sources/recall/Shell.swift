import ArgumentParser
import Foundation
import RecallCore

/// The interactive shell `recall` opens with no subcommand.
struct Shell {
  /// The commands the shell knows, for help, completion and "did you mean".
  static let commands: [(name: String, summary: String)] = [
    ("study", "study the cards due, then new ones: study [DECK] [--new N] [--tag TAG] [--limit N]"),
    ("quiz", "a scored quiz: quiz [DECK] [--count N] [--practice] [--tag TAG] [--kinds K]"),
    ("decks", "list the decks"),
    ("learners", "list the learners; learners add | rename | remove NAME"),
    ("stats", "your progress on a deck, with charts: stats [DECK] [--tag TAG] [--json]"),
    ("undo", "take back your last answer: undo [--count N]"),
    ("settings", "your retention and daily limits: settings [--retention R] [--new-per-day N]"),
    ("optimize", "fit the scheduler to your own answers: optimize [--reset] [--json]"),
    ("card", "suspend, unsuspend, bury or flag cards: card suspend ID"),
    (
      "deck",
      "trainers: deck list | show | validate | add | edit | remove | merge | import | export"
    ),
    ("generate", "trainers: make a deck from an article: generate ARTICLE -o FILE"),
    ("schedule", "replay review histories through FSRS-6: schedule --replay FILE"),
    ("doctor", "check your progress files: doctor [--repair]"),
    ("report", "trainers: the class report: report [--format table|csv|json|html] [-o FILE]"),
    ("help", "this list; 'help COMMAND' for a command's options"),
    ("quit", "leave (Ctrl-D does the same)"),
  ]

  /// Commands the shell hands to the command-line parser as they are.
  static let passedThrough: [String: any ParsableCommand.Type] = [
    "undo": UndoCommand.self, "settings": SettingsCommand.self, "card": CardCommand.self,
    "deck": DeckCommand.self, "generate": GenerateCommand.self, "schedule": ScheduleCommand.self,
    "report": ReportCommand.self, "doctor": DoctorCommand.self, "optimize": OptimizeCommand.self,
  ]

  let context: Context
  let reader: any LineReader
  let learner: String

  /// Reads commands until `quit` or Ctrl-D.
  func run() {
    let screen = context.screen
    screen.line(
      screen.paint("recall", { $0.bold })
        + " — \(learner) studying in \(context.home.path). Type 'help' for commands.")
    while true {
      let line: String
      switch reader.read(prompt: "recall> ") {
      case .line(let text): line = text
      case .interrupted: continue
      case .end:
        screen.line()
        return
      }
      let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
      guard let command = words.first?.lowercased() else { continue }
      reader.addHistory(line)
      if command == "quit" || command == "exit" || command == "q" { return }
      execute(command, arguments: Array(words.dropFirst()))
    }
  }

  /// Runs one shell command; errors are printed and the shell goes on.
  func execute(_ command: String, arguments: [String]) {
    do {
      switch command {
      case "help", "?":
        help(arguments.first)
      case "study":
        let options = try StudyCommand.parse(arguments)
        try runStudy(context: context, reader: reader, learner: learner, request: options.request())
      case "quiz":
        let options = try QuizCommand.parse(arguments)
        try runQuiz(
          context: context, reader: reader, learner: learner, deckName: try options.deck.name(),
          count: options.count, practice: options.practice, tag: options.tag,
          kinds: options.cardKinds())
      case "decks":
        listDecks(context)
      case "learners" where !arguments.isEmpty:
        var parsed = try Recall.parseAsRoot(
          ["learners"] + arguments + ["--home", context.home.path])
        try parsed.run()
      case "learners":
        listLearners(context)
      case "stats":
        let options = try StatsCommand.parse(arguments)
        try showStats(
          context: context, learner: learner, deckName: try options.deck.name(), tag: options.tag,
          json: options.json)
      case _ where Shell.passedThrough[command] != nil:
        // The other subcommands run as from the command line, as this learner in this home.
        var parsed = try Recall.parseAsRoot(
          [command] + arguments + ["--home", context.home.path, "--learner", learner])
        try parsed.run()
      default:
        let hint = Shell.closest(to: command).map { " Did you mean '\($0)'?" } ?? ""
        context.screen.line("Unknown command '\(command)'.\(hint) Type 'help' for the list.")
      }
    } catch is ExitCode {
      // The error has been printed already.
    } catch {
      context.screen.line(Recall.message(for: error))
    }
  }

  /// Lets `study NAME` mean `study --deck NAME`.
  func help(_ topic: String?) {
    let screen = context.screen
    if let topic {
      switch topic {
      case "study": screen.line(StudyCommand.helpMessage(columns: screen.width))
      case "quiz": screen.line(QuizCommand.helpMessage(columns: screen.width))
      case "stats": screen.line(StatsCommand.helpMessage(columns: screen.width))
      default:
        if let type = Shell.passedThrough[topic] {
          screen.line(Recall.helpMessage(for: type, columns: screen.width))
        } else {
          screen.line(
            Shell.commands.first { $0.name == topic }?.summary ?? "No help for '\(topic)'.")
        }
      }
      return
    }
    for command in Shell.commands {
      screen.line(
        "  "
          + screen.paint(
            command.name.padding(toLength: 9, withPad: " ", startingAt: 0), { $0.bold })
          + command.summary)
    }
  }

  /// The known command nearest to `word`, when it is near enough to be a typo.
  static func closest(to word: String) -> String? {
    let scored = commands.map { ($0.name, AnswerMatcher.editDistance(word, $0.name)) }
    if let prefix = commands.first(where: { $0.name.hasPrefix(word) }) { return prefix.name }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 2) else {
      return nil
    }
    return best.0
  }

  /// Completes what the argument parser knows: command names, subcommands, options, and the
  /// values their definitions name (decks, tags, learners, card actions).
  static func completer(context: Context) -> Completer {
    let home = context.home
    guard let completion = ShellCompletion.recall() else {
      return { line, _ in line.isEmpty ? commands.map(\.name) : [] }
    }
    return { line, word in completion.completions(line: line, word: word, home: home) }
  }
}
