import Foundation
import RecallCore

#if canImport(Glibc)
  import Glibc
#endif

/// Prints what durability costs: the time to commit one answer (journal line + fsync) with
/// 1,000 and 1,000,000 past reviews, and the time to load a learner with 1,000,000 reviews
/// on a 10,000-card deck, from a snapshot plus a journal tail and (worst case) from the
/// journal alone. Files are generated directly; fsync is real.
func benchmarkProgress() {
  let base = FileManager.default.temporaryDirectory
    .appendingPathComponent("recall-bench-\(getpid())", isDirectory: true)
  try? FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: base) }
  print("Progress storage on \(base.path) (\(filesystemName(base.path))), real fsync")
  for (reviews, cards) in [(1_000, 1_000), (1_000_000, 10_000)] {
    // Back to back, and 5 ms apart (still far faster than a learner). A snapshot (every
    // 100 answers, or one per ten cards: 1,000 answers for 10,000 cards) is written in the
    // background; its fsync can still delay the next answers' fsyncs.
    for pause in [0, 5_000] {
      let root = base.appendingPathComponent("commit-\(reviews)-\(pause)")
      makeLearner(root: root, reviews: reviews, cards: cards, tail: 50, snapshot: true)
      let answers = 3_500
      guard let times = timeCommits(root: root, cards: cards, answers: answers, pause: pause)
      else { return }
      let mean = times.reduce(0, +) / Double(times.count)
      print(
        "  commit one answer, \(reviews) past reviews, \(cards) cards, \(answers) answers with "
          + "\(answers / max(100, cards / 10)) snapshots, "
          + (pause == 0 ? "back to back" : "\(pause / 1000) ms apart") + ": "
          + "p50 \(ms(percentile(times, 0.50))) · p99 \(ms(percentile(times, 0.99))) · max \(ms(times.last ?? 0)) · mean \(ms(mean))  (target p99 < 5 ms)"
      )
    }
  }
  let root = base.appendingPathComponent("load")
  makeLearner(root: root, reviews: 1_000_000, cards: 10_000, tail: 1_000, snapshot: true)
  let fresh = (0..<5).map { _ in timeLoad(root) }.sorted()
  print(
    "  load 1,000,000 reviews on 10,000 cards, snapshot + 1,000-line journal tail: median \(ms(fresh[2])) (target < 300 ms)"
  )
  try? FileManager.default.removeItem(
    at: root.appendingPathComponent("\(benchLearner.value)/\(ProgressStore.snapshotFile)"))
  print(
    "  load the same with no snapshot (worst case: replay 1,000,000 journal lines): \(ms(timeLoad(root)))"
  )
  // That load wrote a snapshot (it had replayed more than 100 lines): the next one uses it.
  print("  the next load, from the snapshot the worst case wrote: \(ms(timeLoad(root)))")
}

/// Milliseconds taken by each of `answers` commits, sorted; nil when the learner cannot be opened.
private func timeCommits(root: URL, cards: Int, answers: Int, pause: Int) -> [Double]? {
  guard let store = try? ProgressStore(root: root, learner: benchLearner, now: benchStart) else {
    print("  cannot open the generated learner")
    return nil
  }
  var times: [Double] = []
  for index in 0..<answers {
    if pause > 0 { usleep(UInt32(pause)) }
    let record = review(card: index % cards, at: benchStart.addingTimeInterval(Double(index)))
    let start = DispatchTime.now().uptimeNanoseconds
    do {
      try store.record(record)
    } catch {
      print("  commit failed: \(error)")
      return nil
    }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  }
  try? store.close(now: benchStart)
  return times.sorted()
}

private let benchLearner = (try? LearnerName("bench")) ?? { preconditionFailure() }()
private let benchStart = Date(timeIntervalSince1970: 1_714_564_800)

private func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }

private func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
  guard !sorted.isEmpty else { return 0 }
  return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

/// Opens the learner as `recall study` does and closes it without writing; milliseconds.
private func timeLoad(_ root: URL) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  let store = try? ProgressStore(root: root, learner: benchLearner, now: benchStart)
  let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
  if store == nil { print("  cannot open the generated learner") }
  return elapsed
}

private func state(at date: Date) -> CardProgress {
  CardProgress(
    memory: MemoryState(
      state: .review, step: nil, stability: 12.345678901234, difficulty: 5.4321098765,
      due: date.addingTimeInterval(12 * 86_400), lastReview: date),
    reps: 7, lapses: 1, firstReview: date.addingTimeInterval(-30 * 86_400))
}

private func cardID(_ index: Int) -> String {
  let digits = String(index)
  return "basic:term-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
}

private func review(card: Int, at date: Date) -> ReviewRecord {
  ReviewRecord(
    deck: "bench", card: cardID(card), rating: .good, at: date, durationMs: 4_200,
    before: state(at: date.addingTimeInterval(-86_400)), after: state(at: date))
}

/// Writes a learner with `reviews` journal lines over `cards` cards and, when `snapshot`,
/// a snapshot taken `tail` lines before the end.
private func makeLearner(root: URL, reviews: Int, cards: Int, tail: Int, snapshot: Bool) {
  let folder = root.appendingPathComponent(benchLearner.value, isDirectory: true)
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let encoder = JSONCoding.lineEncoder()
  // Every line has the same length: the template's card number is replaced in place.
  guard var template = try? encoder.encode(review(card: 0, at: benchStart)) else { return }
  template.append(0x0A)
  let marker = Data(cardID(0).utf8)
  guard let range = template.range(of: marker) else { return }
  let length = template.count
  var lines = Data(capacity: reviews * length)
  for index in 0..<reviews {
    var line = template
    line.replaceSubrange(range, with: Data(cardID(index % cards).utf8))
    lines.append(line)
  }
  writeOrExit(lines, to: folder.appendingPathComponent(ProgressStore.journalFile))
  guard snapshot else { return }
  let covered = reviews - tail
  var states: [String: CardProgress] = [:]
  for index in 0..<min(cards, covered) { states[cardID(index)] = state(at: benchStart) }
  let last = lines[(covered - 1) * length..<covered * length]
  let undoable = (0..<100).map { review(card: $0, at: benchStart) }
  let file = ProgressSnapshot(
    learner: benchLearner.value, journalOffset: covered * length, journalLines: covered,
    journalTail: JournalTail(line: last), reviewCount: covered, savedAt: benchStart,
    decks: ["bench": states], undoable: undoable)
  if let data = try? JSONCoding.fileEncoder().encode(file) {
    writeOrExit(data, to: folder.appendingPathComponent(ProgressStore.snapshotFile))
  }
}

/// Writes a generated file; a benchmark without its data has nothing to measure.
private func writeOrExit(_ data: Data, to url: URL) {
  do {
    try data.write(to: url)
  } catch {
    print("cannot write \(url.path): \(error)")
    exit(1)
  }
}

/// The kind of filesystem holding `path`, from the longest matching mount in /proc/mounts.
private func filesystemName(_ path: String) -> String {
  let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else {
    return "unknown filesystem"
  }
  var best: (point: String, type: String)?
  for line in mounts.split(separator: "\n") {
    let fields = line.split(separator: " ")
    guard fields.count > 2 else { continue }
    let point = String(fields[1])
    let inside = real == point || real.hasPrefix(point == "/" ? "/" : point + "/")
    if inside, point.count >= (best?.point.count ?? -1) {
      best = (point, "\(fields[2]) on \(fields[0])")
    }
  }
  return best.map(\.type) ?? "unknown filesystem"
}
