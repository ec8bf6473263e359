import ArgumentParser
import Foundation
import RecallCore

/// `recall deck import FILE.apkg`: the package is read and checked first; then its cards go
/// into the deck under the deck's lock and, with a learner, its review log into the learner's
/// journal under the learner's lock, in one atomic write each.
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
    do {
      _ = try context.decks.writableURL(for: into)
    } catch {
      throw fail("\(error)")
    }
    let package: AnkiImport
    do {
      package = try AnkiImport.read(
        url, path: file, scratch: context.decks.folder, limit: Self.sizeLimit)
    } catch {
      throw fail("\(error)")
    }
    // The learner before the deck: a learner in use is refused before the deck changes.
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
    var merge: AnkiMerge?
    try files.update(into) { existing in
      let result = package.merged(
        into: existing, title: title, source: url.lastPathComponent, tags: tags)
      merge = result
      return result.added.isEmpty && result.updated.isEmpty ? nil : (result.deck, ())
    }
    guard let merge else { return }
    let screen = files.screen
    screen.line(
      "Imported \(package.noteCount) note\(package.noteCount == 1 ? "" : "s") from \(file) into \(key): \(merge.added.count) new, \(merge.updated.count) updated, \(merge.unchanged) unchanged (\(cardCount(merge.deck.cards.count)) in the deck)."
    )
    if package.mediaCount > 0 {
      screen.line(
        "Note: the package names \(package.mediaCount) media file\(package.mediaCount == 1 ? "" : "s"); recall imports text only."
      )
    }
    guard let store else { return }
    let history = package.history(
      deck: key, progress: store.progress,
      scheduler: Scheduler(settings: settings.schedulerSettings), now: now,
      day: settings.studyDay())
    do {
      try store.recordAll(history.entries, now: now)
      try store.close(now: now)
    } catch {
      throw fail("\(error)")
    }
    var line =
      "History for \(store.learner): \(history.reviews) review\(history.reviews == 1 ? "" : "s") added"
    if history.alreadyKnown > 0 { line += ", \(history.alreadyKnown) already there" }
    if history.skipped > 0 {
      line +=
        ", \(history.skipped) skipped (manual reschedules, or templates recall made no card for)"
    }
    screen.line(line + ".")
  }

  /// The most a package may expand to; debug builds read `RECALL_APKG_LIMIT_BYTES` so that a
  /// test can show the refusal without making a gigabyte.
  static var sizeLimit: Int {
    #if DEBUG
      if let text = ProcessInfo.processInfo.environment["RECALL_APKG_LIMIT_BYTES"],
        let limit = Int(text)
      {
        return limit
      }
    #endif
    return AnkiImport.sizeLimit
  }
}
