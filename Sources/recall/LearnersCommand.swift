import ArgumentParser
import Foundation
import RecallCore

/// `recall learners`: list, add, rename and remove the learners in `Progress/`.
struct LearnersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "learners",
    abstract: "List, add, rename or remove learners.",
    discussion: """
      Examples:
        recall learners
        recall learners rename ana ana-maria
        recall learners remove bo --yes
      """,
    subcommands: [List.self, Add.self, Rename.self, Remove.self],
    defaultSubcommand: List.self
  )

  /// `recall learners list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the learners who have progress in Progress/.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
      listLearners(Context(options: global, screen: Screen.standard(noColor: global.noColor)))
    }
  }

  /// `recall learners add NAME`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a learner.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new learner's name.") var name: String

    func run() throws {
      let context = Context(options: global, screen: Screen.standard(noColor: global.noColor))
      try learnersAction { () throws(ProgressError) in
        try LearnerDirectory(root: context.progressRoot).add(LearnerName(name))
      }
      context.screen.line("Added learner \(name).")
    }
  }

  /// `recall learners rename OLD NEW`.
  struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Rename a learner (not while they are studying).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The learner's name.") var old: String
    @Argument(help: "The new name.") var new: String

    func run() throws {
      let context = Context(options: global, screen: Screen.standard(noColor: global.noColor))
      try learnersAction { () throws(ProgressError) in
        try LearnerDirectory(root: context.progressRoot).rename(
          LearnerName(old), to: LearnerName(new), now: Clock.now())
      }
      context.screen.line("Renamed learner \(old) to \(new).")
    }
  }

  /// `recall learners remove NAME [--yes]`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a learner: their folder is moved to Progress/.trash/.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The learner's name.") var name: String
    @Flag(help: "Do not ask for confirmation (needed when input is not a terminal).")
    var yes = false

    func run() throws {
      let screen = Screen.standard(noColor: global.noColor)
      let context = Context(options: global, screen: screen)
      let learner: LearnerName
      do {
        learner = try LearnerName(name)
      } catch {
        throw fail("\(error)")
      }
      let directory = LearnerDirectory(root: context.progressRoot)
      if !yes {
        guard isatty(STDIN_FILENO) == 1 else {
          throw fail("remove \(name): input is not a terminal, so give --yes to confirm")
        }
        let reader = makeLineReader(screen: screen, historyFile: nil, completer: nil)
        let answer = reader.readLine(
          prompt: "Remove learner \(name)? Their progress moves to Progress/.trash/. [y/N] ")
        guard ["y", "yes"].contains(answer?.lowercased().trimmingCharacters(in: .whitespaces))
        else {
          screen.line("Nothing removed.")
          return
        }
      }
      var moved: URL?
      try learnersAction { () throws(ProgressError) in
        moved = try directory.remove(learner, now: Clock.now())
      }
      let place = moved.map { "Progress/\(LearnerDirectory.trash)/\($0.lastPathComponent)" } ?? ""
      screen.line("Removed learner \(name); their progress is kept in \(place).")
    }
  }
}

/// Runs `action`, turning a `ProgressError` into one line on standard error and exit code 2.
func learnersAction(_ action: () throws(ProgressError) -> Void) throws {
  do {
    try action()
  } catch {
    throw fail("\(error)")
  }
}

/// Prints each learner and how many answers they have recorded.
func listLearners(_ context: Context) {
  let names = ProgressStore.learners(root: context.progressRoot)
  if names.isEmpty {
    context.screen.line("No learners yet. Start with 'recall study --learner NAME'.")
    return
  }
  for name in names {
    guard let learner = try? LearnerName(name),
      let store = try? ProgressStore(
        root: context.progressRoot, learner: learner, readOnly: true, now: Clock.now())
    else {
      context.screen.line("\(name)  (progress unreadable: run 'recall doctor --learner \(name)')")
      continue
    }
    context.screen.line("\(name)  \(store.progress.reviewCount) answers")
  }
}
