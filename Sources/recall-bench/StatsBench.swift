import Foundation
import RecallCore

/// Prints how long `recall stats` takes for one learner with 1,000,000 answers (target
/// 200 ms) and `recall report` over 1,000 learners with 10,000 answers each (target 5 s),
/// each without and with the history cache, on generated journals in a temporary folder.
///
/// `RECALL_STATS_BENCH=stats` or `report` runs only that part; `report-cold` only the report
/// without caches (for profiling). With `RECALL_SAMPLE_HOME=DIR` it instead writes a small sample class there (for
/// `scripts/screenshot-report.sh`) and exits.
func benchmarkStats() {
  if let sample = ProcessInfo.processInfo.environment["RECALL_SAMPLE_HOME"] {
    do {
      try writeSampleClass(home: URL(fileURLWithPath: sample, isDirectory: true))
      print("sample class written to \(sample)")
      exit(0)
    } catch {
      print("cannot write the sample class: \(error)")
      exit(1)
    }
  }
  let home = FileManager.default.temporaryDirectory
    .appendingPathComponent("recall-stats-bench-\(UUID().uuidString)", isDirectory: true)
  defer { try? FileManager.default.removeItem(at: home) }
  do {
    let only = ProcessInfo.processInfo.environment["RECALL_STATS_BENCH"]
    if only != "report", only != "report-cold" {
      try benchmarkOneLearner(home: home.appendingPathComponent("one"))
    }
    if only != "stats" { try benchmarkClass(home: home.appendingPathComponent("class")) }
  } catch {
    print("stats benchmark failed: \(error)")
  }
}

private let benchNow = Date(timeIntervalSince1970: 1_717_243_200)  // 2024-06-01 12:00 UTC

private func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

private func ms(_ value: Double) -> String { String(format: "%.0f ms", value * 1000) }

private func benchmarkOneLearner(home: URL) throws {
  let sample = SampleClass(deckName: "bench", cards: 5000, now: benchNow)
  let made = try seconds {
    try sample.writeDeck(home: home)
    try sample.writeLearner("solo", home: home, reviews: 1_000_000, days: 730, skill: 0.7, seed: 1)
  }
  let root = ProgressStore.root(home: home)
  let journal = root.appendingPathComponent("solo/\(ProgressStore.journalFile)")
  let size = (try? FileManager.default.attributesOfItem(atPath: journal.path)[.size] as? Int) ?? 0
  print(
    "stats, 1 learner, 1,000,000 answers (journal \(size / 1_000_000) MB, 5,000 cards; made in \(String(format: "%.1f", made)) s):"
  )
  let deck = try DeckStore.load(from: home.appendingPathComponent("Decks/bench.json"))
  func stats(cache: Bool) throws -> LearnerStats {
    let data = try LearnerData.load(root: root, learner: "solo", now: benchNow, cache: cache)
    return LearnerStats(
      progress: data.progress, history: data.history, deck: deck, deckName: "bench",
      now: benchNow, day: data.studyDay)
  }
  var result: LearnerStats?
  let cold = try seconds { result = try stats(cache: false) }
  let build = try seconds { result = try stats(cache: true) }
  var best = Double.infinity
  for _ in 0..<5 { best = min(best, try seconds { result = try stats(cache: true) }) }
  let progress = try seconds {
    _ = try ProgressStore(
      root: root, learner: LearnerName("solo"), readOnly: true, create: false, now: benchNow)
  }
  let scan = try seconds {
    _ = try JournalHistory.read(
      folder: root.appendingPathComponent("solo"), learner: "solo", cache: false)
  }
  print("  without cache (full journal scan): \(ms(cold))  [journal scan alone \(ms(scan))]")
  print("  first run writing the cache:       \(ms(build))")
  print(
    "  with cache (target < 200 ms):      \(ms(best))  [progress snapshot load \(ms(progress))]")
  print(
    "  check: \(result?.totalReviews ?? 0) answers, retention 30 d \(result?.activity.retention(days: 30)?.rate ?? -1)"
  )
}

private func benchmarkClass(home: URL) throws {
  let learners = 1000
  let distinct = 20
  let sample = SampleClass(deckName: "bench", cards: 400, now: benchNow)
  let made = try seconds {
    try sample.writeDeck(home: home)
    for k in 0..<distinct {
      try sample.writeLearner(
        "learner-\(k)", home: home, reviews: 10_000, days: 365, skill: Double(k) / Double(distinct),
        seed: UInt64(100 + k))
    }
    // The rest share the distinct learners' files through hard links: real journals, less disk.
    let root = ProgressStore.root(home: home)
    for k in distinct..<learners {
      let source = root.appendingPathComponent("learner-\(k % distinct)")
      let target = root.appendingPathComponent("learner-\(k)")
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
      for file in [ProgressStore.journalFile, ProgressStore.snapshotFile] {
        try FileManager.default.linkItem(
          at: source.appendingPathComponent(file), to: target.appendingPathComponent(file))
      }
    }
  }
  print("report, 1,000 learners x 10,000 answers (made in \(String(format: "%.1f", made)) s):")
  let root = ProgressStore.root(home: home)
  let deck = try DeckStore.load(from: home.appendingPathComponent("Decks/bench.json"))
  var report: ClassReport?
  let cold = seconds {
    report = ClassReport(root: root, deck: deck, deckName: "bench", now: benchNow, cache: false)
  }
  if ProcessInfo.processInfo.environment["RECALL_STATS_BENCH"] == "report-cold" {
    print("  without cache (target < 5 s): \(ms(cold))")
    return
  }
  let build = seconds {
    report = ClassReport(root: root, deck: deck, deckName: "bench", now: benchNow, cache: true)
  }
  let warm = seconds {
    report = ClassReport(root: root, deck: deck, deckName: "bench", now: benchNow, cache: true)
  }
  print("  without cache (target < 5 s): \(ms(cold))")
  print("  first run writing caches:     \(ms(build))")
  print("  with caches:                  \(ms(warm))")
  let problems = report?.rows.filter { $0.problem != nil }.count ?? -1
  print("  check: \(report?.rows.count ?? 0) rows, \(problems) unreadable")
}

/// A small class for the screenshot: a dozen learners of varied skill, one unreadable.
private func writeSampleClass(home: URL) throws {
  let sample = SampleClass(deckName: "anatomy-basics", cards: 80, now: benchNow)
  try sample.writeDeck(home: home)
  let names = [
    "ana", "ben", "chloe", "dmitri", "emma", "farid", "grace", "hugo", "ines", "jonas", "kemal",
  ]
  for (k, name) in names.enumerated() {
    try sample.writeLearner(
      name, home: home, reviews: 150 + (k * 397) % 1800, days: 20 + (k * 13) % 50,
      skill: Double((k * 7) % 11) / 10, seed: UInt64(k + 1), idle: Double((k * 5) % 9) / 2)
  }
  let broken = ProgressStore.root(home: home).appendingPathComponent("lena")
  try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
  try Data("{\"format_version\": 1, \"decks\": [".utf8).write(
    to: broken.appendingPathComponent(ProgressStore.snapshotFile))
}
