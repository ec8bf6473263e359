import ArgumentParser
import Foundation
import RecallCore

/// `recall card`: suspend, unsuspend, bury, unbury or flag cards for a learner.
struct CardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "card",
    abstract: "Suspend, unsuspend, bury, unbury, flag or unflag cards for a learner.",
    discussion: """
      Buried cards come back at the start of the next study day; suspended cards (and leeches, \
      suspended after 8 lapses) only when unsuspended.

      Examples:
        recall card suspend definition:stem-cells --learner ana
        recall card unsuspend definition:stem-cells --learner ana
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: "suspend, unsuspend, bury, unbury, flag or unflag.",
    completion: CompletionValues.cardActions)
  var action: String

  @Argument(help: "Card ids (see 'recall deck show').")
  var ids: [String] = []

  @Option(
    help: ArgumentHelp("The deck (a name in Decks/ or a path).", valueName: "name"),
    completion: CompletionValues.decks)
  var deck: String?

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    guard let kind = CardChange.Kind(rawValue: action.lowercased()), kind != .undo else {
      throw fail(
        "'\(action)' is not a card action: use suspend, unsuspend, bury, unbury, flag or unflag")
    }
    guard !ids.isEmpty else { throw fail("name at least one card id (see 'recall deck show')") }
    let learner = try global.requiredLearner()
    let now = Clock.now()
    do {
      let name = try context.resolveDeckName(deck)
      let loaded = try context.decks.load(name)
      let deckKey = DeckStore.name(of: context.decks.url(for: name))
      let cards = try ids.map { id throws(DeckError) -> Card in
        guard let card = loaded.card(withID: id) else {
          throw DeckError.notFound("card \(id) in \(name)", known: [])
        }
        return card
      }
      let store = try context.openProgress(learner, now: now)
      let settings = try loadSettings(folder: store.folder, learner: learner)
      for card in cards {
        if let change = store.progress.change(
          kind, card.id, deck: deckKey, at: now, day: settings.studyDay())
        {
          try store.record(.change(change))
          screen.line("\(kind.rawValue): \(card.id)")
        }
      }
      try store.close(now: now)
    } catch let error as DeckError {
      throw fail("\(error)")
    } catch let error as ProgressError {
      throw fail("\(error)")
    }
  }
}

/// `recall undo`: take back the latest answers, one by one, also after a session has ended.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Take back a learner's latest answer (repeat to go further back).",
    discussion: "Example:\n  recall undo --learner ana --count 2"
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: "How many answers to take back (default 1).")
  var count = 1

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let learner = try global.requiredLearner()
    guard count >= 1 else { throw fail("--count: \(count) must be at least 1") }
    let now = Clock.now()
    do {
      let store = try context.openProgress(learner, now: now)
      for _ in 0..<count {
        guard let change = store.progress.undoLast(at: now) else {
          screen.line("Nothing (more) to undo.")
          break
        }
        try store.record(.change(change))
        let when = change.undoes.map { " given at \(JSONCoding.formatDate($0))" } ?? ""
        screen.line("Undone: the answer to \(change.card)\(when).")
      }
      try store.close(now: now)
    } catch {
      throw fail("\(error)")
    }
  }
}
