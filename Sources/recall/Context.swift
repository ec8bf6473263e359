import ArgumentParser
import Foundation
import RecallCore

/// What a command works on: the home folder, its decks and the learners' progress.
struct Context {
  /// The recall home.
  let home: URL
  /// The decks in `home/Decks`.
  let decks: DeckStore
  /// `home/Progress`.
  let progressRoot: URL
  /// Where text goes.
  let screen: Screen

  /// The context of `options`.
  init(options: GlobalOptions, screen: Screen) {
    home = options.homeURL
    decks = DeckStore(home: home)
    progressRoot = ProgressStore.root(home: home)
    self.screen = screen
  }

  /// The deck to use: `name` if given, else the only deck, else the bundled one.
  func resolveDeckName(_ name: String?) throws(DeckError) -> String {
    if let name { return name }
    let names = decks.names()
    if names.count == 1, let only = names.first { return only }
    if names.contains("regenerative-medicine") { return "regenerative-medicine" }
    throw .notFound("(none given: use --deck NAME)", known: names)
  }

  /// Opens the progress of `learner` for writing (or read-only).
  func openProgress(_ learner: String, readOnly: Bool = false, now: Date) throws(ProgressError)
    -> ProgressStore
  {
    let name = try LearnerName(learner)
    let store = try ProgressStore(
      root: progressRoot, learner: name, readOnly: readOnly, now: now)
    #if DEBUG
      // Fault injection for the end-to-end tests: a full disk after N journal writes…
      if let text = ProcessInfo.processInfo.environment["RECALL_FAULT_ENOSPC_AFTER"],
        let writes = Int(text)
      {
        store.failJournalWritesAfter = writes
      }
      // And a write cut in two, so a kill can tear a line.
      if let text = ProcessInfo.processInfo.environment["RECALL_FAULT_SPLIT_WRITE_US"],
        let pause = UInt32(text)
      {
        store.pauseInsideJournalWrites = pause
      }
    #endif
    return store
  }

  /// Loads deck `name` (nil: the default deck); a deck error leaves with one line and exit code 2.
  func loadDeck(_ name: String?) throws -> LoadedDeck {
    do {
      let resolved = try resolveDeckName(name)
      let deck = try decks.load(resolved)
      return LoadedDeck(
        name: resolved, key: DeckStore.name(of: decks.url(for: resolved)), deck: deck,
        file: decks.url(for: resolved))
    } catch {
      throw fail("\(error)")
    }
  }

  /// Opens `learner`'s progress; an error (a bad name, a lock held, a corrupt file) leaves with
  /// one line and exit code 2.
  func openLearner(_ learner: String, readOnly: Bool = false, now: Date) throws -> ProgressStore {
    do {
      return try openProgress(learner, readOnly: readOnly, now: now)
    } catch {
      throw fail("\(error)")
    }
  }
}

/// The settings of `learner`, whose folder is `folder`; when their fitted parameters cannot be
/// used, says so in one line on standard error (the learner gets FSRS-6's defaults).
func loadSettings(folder: URL, learner: String) throws(ProgressError) -> LearnerSettings {
  let settings = try SettingsStore.load(folder: folder, learner: learner)
  if let issue = settings.unusableParameters { printError("warning: \(issue.warning)") }
  return settings
}

/// A deck as a command uses it: the name it was asked by, the key progress is filed under
/// (its file name without `.json`), the cards and the file.
struct LoadedDeck {
  let name: String
  let key: String
  let deck: Deck
  let file: URL
}
