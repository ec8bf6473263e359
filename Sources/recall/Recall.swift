import ArgumentParser
import Foundation
import RecallCore

/// The `recall` command: with no subcommand it opens the interactive shell.
@main
struct Recall: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recall",
    abstract: "Quiz and flashcards for the terminal, with FSRS spaced repetition.",
    discussion: """
      With no subcommand, opens the interactive shell on the decks in Decks/.

      Examples:
        recall --learner ana
        recall study --learner ana --deck regenerative-medicine
      """,
    subcommands: [
      StudyCommand.self,
      QuizCommand.self,
      DecksCommand.self,
      LearnersCommand.self,
      StatsCommand.self,
      ReportCommand.self,
      ScheduleCommand.self,
      GenerateCommand.self,
      SettingsCommand.self,
      OptimizeCommand.self,
      CardCommand.self,
      UndoCommand.self,
      DeckCommand.self,
      DoctorCommand.self,
    ]
  )

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let reader = makeLineReader(
      screen: screen, historyFile: nil, completer: Shell.completer(context: context))
    var learner = global.learnerName
    if learner == nil {
      learner = askLearner(reader: reader, context: context)
    }
    guard let learner else {
      throw fail("no learner: give --learner NAME or set RECALL_LEARNER")
    }
    let folder = context.progressRoot.appendingPathComponent(learner)
    let history = folder.appendingPathComponent(".history")
    do {
      // readline follows links when it writes the history: refuse one, as for every learner file.
      try LinkGuard.checkLearnerFolder(root: context.progressRoot, learner: learner)
      try LinkGuard.refuseLink(history, display: "Progress/\(learner)/.history")
    } catch {
      throw fail("\(error)")
    }
    if (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true))
      != nil
    {
      reader.useHistory(file: history.path)
    }
    Shell(context: context, reader: reader, learner: learner).run()
  }
}
