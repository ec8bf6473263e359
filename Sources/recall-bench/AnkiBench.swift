import Foundation
import RecallCore

#if canImport(Glibc)
  import Glibc
#endif

/// Times `recall deck import` of a large Anki package with a learner: reading the package,
/// the cards, saving the deck, replaying the review log and writing the journal (fsynced). The
/// package is made by `scripts/make_anki_fixtures.py --bench FILE` (10,000 notes, 100,000
/// review-log rows); its path comes from `RECALL_BENCH_APKG` (default `/tmp/anki-bench.apkg`).
func benchmarkAnki() {
  let path = ProcessInfo.processInfo.environment["RECALL_BENCH_APKG"] ?? "/tmp/anki-bench.apkg"
  guard FileManager.default.fileExists(atPath: path) else {
    print(
      "Anki import: no package at \(path); make one with "
        + "/work/.venv-anki/bin/python scripts/make_anki_fixtures.py --bench \(path)")
    return
  }
  print("Anki import of \(path)")
  var best: [Double] = []
  for run in 0..<3 {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("recall-bench-anki-\(getpid())-\(run)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let decks = DeckStore(home: home)
    do {
      let start = Date()
      let package = try AnkiImport.read(
        URL(fileURLWithPath: path), path: path, scratch: decks.folder)
      let read = Date()
      let merge = package.merged(into: nil, title: "bench", source: path)
      try DeckStore.save(merge.deck, to: decks.folder.appendingPathComponent("bench.json"))
      let saved = Date()
      let store = try ProgressStore(
        root: ProgressStore.root(home: home), learner: LearnerName("bench"), now: start)
      let history = package.history(
        deck: "bench", progress: store.progress, scheduler: Scheduler(), now: start,
        day: StudyDay())
      let replayed = Date()
      try store.recordAll(history.entries, now: start)
      try store.close(now: start)
      let end = Date()
      let total = end.timeIntervalSince(start)
      best.append(total)
      print(
        "  run \(run + 1): \(package.noteCount) notes, \(merge.deck.cards.count) cards, "
          + "\(history.reviews) reviews: total \(seconds(total)) (package and cards "
          + "\(seconds(read.timeIntervalSince(start))), deck saved \(seconds(saved.timeIntervalSince(read))), "
          + "FSRS replay \(seconds(replayed.timeIntervalSince(saved))), journal and snapshot "
          + "\(seconds(end.timeIntervalSince(replayed))))")
    } catch {
      print("  failed: \(error)")
      return
    }
  }
  print("  best \(seconds(best.min() ?? 0))  (target < 2 s)")
}

private func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
