import ArgumentParser
import Foundation
import RecallCore

/// `recall deck import FILE.apkg`: the package's cards into a deck under the deck's lock, and
/// with a learner, its review log into the learner's journal under the learner's lock. Both
/// are read and checked before anything is written.
struct AnkiPackageImport {
  let files: DeckFiles
  let global: GlobalOptions
  let file: String
  let into: String
  let title: String
  let tags: [String]

  func run() throws {
    let context = files.context
    let now = Clock.now()
    let url = URL(fileURLWithPath: file)
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw fail("\(file): cannot read the file (no such file, or not readable)")
    }
    // The learner first: a learner in use is refused before the deck changes.
    var store: ProgressStore?
    var settings = LearnerSettings()
    if let learner = global.learnerName {
      let opened = try context.openLearner(learner, now: now)
      do {
        settings = try SettingsStore.load(folder: opened.folder, learner: learner)
      } catch {
        throw fail("\(error)")
      }
      store = opened
    }
    let key = into.hasSuffix(".json") ? String(into.dropLast(5)) : into
    var imported: AnkiImport?
    var history: AnkiImportHistory?
    try files.update(into) { existing in
      var result: AnkiImport
      do {
        result = try AnkiImport.read(
          url, path: file, scratch: context.decks.folder, into: existing, title: title)
      } catch {
        throw fail("\(error)")
      }
      if !tags.isEmpty {
        for index in result.deck.cards.indices
        where result.added.contains(result.deck.cards[index].id) {
          for tag in tags where !result.deck.cards[index].tags.contains(tag) {
            result.deck.cards[index].tags.append(tag)
          }
        }
      }
      if let store {
        history = result.history(
          deck: key, progress: store.progress,
          scheduler: Scheduler(settings: settings.schedulerSettings), now: now,
          day: settings.studyDay())
      }
      imported = result
      return result.added.isEmpty && result.updated.isEmpty ? nil : (result.deck, ())
    }
    guard let result = imported else { return }
    let screen = files.screen
    screen.line(
      "Imported \(result.noteCount) note\(result.noteCount == 1 ? "" : "s") from \(file) into \(key): \(result.added.count) new, \(result.updated.count) updated, \(result.unchanged) unchanged (\(cardCount(result.deck.cards.count)) in the deck)."
    )
    if result.mediaCount > 0 {
      screen.line(
        "Note: the package names \(result.mediaCount) media file\(result.mediaCount == 1 ? "" : "s"); recall imports text only."
      )
    }
    guard let store, let history else { return }
    do {
      try store.recordAll(history.entries, now: now)
      try store.close(now: now)
    } catch {
      throw fail("\(error)")
    }
    var line = "History for \(store.learner): \(history.reviews) review\(history.reviews == 1 ? "" : "s") added"
    if history.alreadyKnown > 0 { line += ", \(history.alreadyKnown) already there" }
    if history.skipped > 0 { line += ", \(history.skipped) skipped (manual reschedules or cards recall did not make)" }
    screen.line(line + ".")
  }
}
