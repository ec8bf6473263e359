import ArgumentParser
import RecallCore

/// The `recall` command: with no subcommand it opens the interactive shell.
@main
struct Recall: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recall",
    abstract: "Quiz and flashcards for the terminal, with FSRS spaced repetition.",
    subcommands: [GenerateCommand.self]
  )
}
