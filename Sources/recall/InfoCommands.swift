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

/// `recall learners`: the learners with progress in `Progress/`.
struct LearnersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "learners",
    abstract: "List the learners who have progress in Progress/.",
    discussion: "Example:\n  recall learners"
  )

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    listLearners(Context(options: global, screen: screen))
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
