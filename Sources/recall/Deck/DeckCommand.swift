import ArgumentParser
import Foundation
import RecallCore

/// `recall deck …`: the trainers' commands to read, check and change decks.
struct DeckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deck",
    abstract: "List, show, check and change decks: add, edit, remove, merge and import cards.",
    discussion: """
      Card ids come from the kind and the term, never from the wording: editing a
      card keeps its id, so learners keep their progress.

      Examples:
        recall deck list
        recall deck add biology --front "What is a cell?" --back "The unit of life"
        recall deck import cards.csv --into biology
      """,
    subcommands: [
      DeckListCommand.self,
      DeckShowCommand.self,
      DeckValidateCommand.self,
      DeckAddCommand.self,
      DeckEditCommand.self,
      DeckRemoveCommand.self,
      DeckMergeCommand.self,
      DeckImportCommand.self,
      DeckExportCommand.self,
    ]
  )
}

/// The decks a deck command reads and writes, failing with one line on standard error.
struct DeckFiles {
  /// The home, its decks and the screen.
  let context: Context

  /// The deck files of the home named by `global`.
  init(_ global: GlobalOptions) {
    context = Context(options: global, screen: Screen.standard(noColor: global.noColor))
  }

  /// The screen to print to.
  var screen: Screen { context.screen }

  /// The file of deck `name` (a name in `Decks/` or a path).
  func url(_ name: String) -> URL { context.decks.url(for: name) }

  /// Deck `name`, or exit code 2 after saying why it cannot be used.
  func load(_ name: String) throws -> Deck {
    try context.loadDeck(name).deck
  }

  /// Changes deck `name` (`Decks/NAME.json` only) under the deck's lock: `change` gets the
  /// deck as it is now (nil when there is none yet) and returns the deck to write, or nil to
  /// write nothing. Two commands changing one deck at once wait for each other, so neither
  /// change is lost.
  @discardableResult
  func update<T>(_ name: String, _ change: (Deck?) throws -> (deck: Deck, result: T)?) throws
    -> T?
  {
    let url: URL
    do {
      url = try context.decks.writableURL(for: name)
      try LinkGuard.refuseLink(context.decks.folder, display: "Decks")
    } catch {
      throw fail("\(error)")
    }
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw fail("Decks: cannot make the folder: \(error.localizedDescription)")
    }
    let lockName = "." + url.lastPathComponent + ".lock"
    let lock: FileLock
    do {
      lock = try FileLock(
        path: url.deletingLastPathComponent().appendingPathComponent(lockName).path,
        owner: name, now: Clock.now(), display: "Decks/" + lockName, wait: true)
    } catch {
      throw fail("\(error)")
    }
    defer { lock.release() }
    var current: Deck?
    if FileManager.default.fileExists(atPath: url.path) {
      do {
        current = try DeckStore.load(from: url, displayPath: "Decks/" + url.lastPathComponent)
      } catch {
        throw fail("\(error)")
      }
    }
    guard let (deck, result) = try change(current) else { return nil }
    try save(deck, to: url)
    return result
  }

  /// Writes `deck` atomically to `url`.
  private func save(_ deck: Deck, to url: URL) throws {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw fail("\(url.deletingLastPathComponent().path): cannot make the folder: \(error)")
    }
    do {
      try DeckStore.save(deck, to: url)
    } catch {
      throw fail("\(error)")
    }
  }
}

/// "1 card", "3 cards".
func cardCount(_ count: Int) -> String {
  count == 1 ? "1 card" : "\(count) cards"
}

/// Runs a pure deck change, turning its `DeckError` into exit code 2 and one line.
func applying<T>(_ change: () throws(DeckError) -> T) throws -> T {
  do {
    return try change()
  } catch {
    throw fail("\(error)")
  }
}
