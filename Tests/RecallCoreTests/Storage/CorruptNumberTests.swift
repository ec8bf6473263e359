import Foundation
import Testing

@testable import RecallCore

/// Small corrupt files (numbers out of range, deep nesting, NaN) give one located error,
/// never a crash, for every reader of progress, decks, settings and the history cache.
@Suite struct CorruptNumberTests {
  let home = makeTemporaryFolder()
  var root: URL { home.appendingPathComponent("Progress", isDirectory: true) }

  /// Learner ana with two answers in the journal and a snapshot of them.
  private func ana() throws -> URL {
    let store = try ProgressStore(root: root, learner: LearnerName("ana"), now: date())
    let deck = try stemCellDeck()
    for (index, id) in ["definition:stem-cells", "definition:adult-stem-cells"].enumerated() {
      let at = date(Double(index) * 10)
      let session = StudySession(
        deck: deck, deckName: "stem-cells", progress: store.progress, scheduler: Scheduler(),
        now: at)
      let card = try #require(deck.card(withID: id))
      try store.record(session.answer(card, rating: .good, at: at, progress: store.progress))
    }
    try store.close(now: date(30))
    return root.appendingPathComponent("ana")
  }

  private func replace(_ file: URL, _ old: String, _ new: String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new).write(
      to: file, atomically: true, encoding: .utf8)
  }

  /// The error opening ana gives, for reading and for writing alike.
  private func openingError() -> String? {
    var messages: Set<String> = []
    for readOnly in [true, false] {
      do {
        _ = try ProgressStore(
          root: root, learner: LearnerName("ana"), readOnly: readOnly, now: date(60))
      } catch {
        messages.insert("\(error)")
      }
    }
    #expect(messages.count <= 1)
    return messages.first
  }

  @Test func aNegativeTailLengthIsALocatedError() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    let folder = try ana()
    let snapshot = folder.appendingPathComponent("progress.json")
    let text = try String(contentsOf: snapshot, encoding: .utf8)
    let fixed = text.replacingOccurrences(
      of: #""length" : \d+"#, with: "\"length\" : -5", options: .regularExpression)
    try fixed.write(to: snapshot, atomically: true, encoding: .utf8)
    let error = try #require(openingError())
    #expect(error.contains("progress.json: line"))
    #expect(error.contains("journal_tail.length: -5 is not the length"))
  }

  @Test func countsAtInt64MaxAreRefusedWhereRead() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    let folder = try ana()
    let snapshot = folder.appendingPathComponent("progress.json")
    try replace(snapshot, "\"review_count\" : 2", "\"review_count\" : 9223372036854775807")
    #expect(
      try #require(openingError()).contains("review_count: 9223372036854775807 is not a count"))
    try replace(snapshot, "\"review_count\" : 9223372036854775807", "\"review_count\" : 2")
    try replace(snapshot, "\"journal_lines\" : 2", "\"journal_lines\" : 9223372036854775807")
    #expect(try #require(openingError()).contains("journal_lines"))
    try FileManager.default.removeItem(at: snapshot)
    let journal = folder.appendingPathComponent("journal.jsonl")
    let text = try String(contentsOf: journal, encoding: .utf8)
    try text.replacingOccurrences(of: "\"reps\":1", with: "\"reps\":9223372036854775807")
      .write(to: journal, atomically: true, encoding: .utf8)
    let error = try #require(openingError())
    #expect(error.contains("journal.jsonl: line 1: after.reps: 9223372036854775807 is not a count"))
  }

  @Test func aStabilityOfZeroOrBelowIsRefusedWhereRead() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    let folder = try ana()
    try FileManager.default.removeItem(at: folder.appendingPathComponent("progress.json"))
    let journal = folder.appendingPathComponent("journal.jsonl")
    let original = try String(contentsOf: journal, encoding: .utf8)
    for (old, new, field) in [
      (#""stability":[0-9.e+-]+"#, "\"stability\":0", "after.memory.stability"),
      (#""stability":[0-9.e+-]+"#, "\"stability\":-3.5", "after.memory.stability"),
      (#""difficulty":[0-9.e+-]+"#, "\"difficulty\":42", "after.memory.difficulty"),
      (#""step":[0-9]+"#, "\"step\":-1", "after.memory.step"),
    ] {
      try original.replacingOccurrences(of: old, with: new, options: .regularExpression)
        .write(to: journal, atomically: true, encoding: .utf8)
      let error = try #require(openingError(), "\(new)")
      #expect(error.contains("journal.jsonl: line 1: \(field): "), "\(error)")
      let findings = ProgressDoctor(home: home, now: date(60)).check(try LearnerName("ana"))
      #expect(findings.contains { $0.severity == .problem && "\($0)".contains(field) })
    }
  }

  @Test func deepNestingInEveryFileIsAnErrorNotAStackOverflow() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    let folder = try ana()
    let deep = String(repeating: "[", count: 40_000)
    let snapshot = folder.appendingPathComponent("progress.json")
    let saved = try Data(contentsOf: snapshot)
    try Data(deep.utf8).write(to: snapshot)
    #expect(try #require(openingError()).contains("nested more than 100 levels deep"))
    try saved.write(to: snapshot)

    let settings = folder.appendingPathComponent("settings.json")
    try Data(deep.utf8).write(to: settings)
    #expect(throws: ProgressError.self) { try SettingsStore.load(folder: folder, learner: "ana") }
    try FileManager.default.removeItem(at: settings)

    let deck = home.appendingPathComponent("deep.json")
    try Data(deep.utf8).write(to: deck)
    #expect(throws: DeckError.self) { try DeckStore.load(from: deck) }

    let objects =
      String(repeating: "{\"a\":", count: 60_000) + "1" + String(repeating: "}", count: 60_000)
    let journal = folder.appendingPathComponent("journal.jsonl")
    let handle = try FileHandle(forWritingTo: journal)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data((objects + "\n").utf8))
    try handle.close()
    #expect(try #require(openingError()).contains("line 3: arrays and objects nested"))
    #expect(throws: ProgressError.self) {
      try JournalHistory.read(folder: folder, learner: "ana", cache: false)
    }
    let findings = ProgressDoctor(home: home, now: date(60)).check(try LearnerName("ana"))
    #expect(findings.contains { $0.severity == .problem && "\($0)".contains("nested") })
  }

  @Test func aCacheWithANaNTimeIsIgnored() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    let t = moment(day: 0)
    let (folder, cache) = try journalWithCache(answers: 1100)
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = [UInt8](try Data(contentsOf: cache))
    let first = withUnsafeBytes(of: t.timeIntervalSince1970.bitPattern.littleEndian) { Array($0) }
    let at = try #require(
      (0...(original.count - 8)).first { original[$0..<($0 + 8)].elementsEqual(first) })
    for bad in [Double.nan, .infinity, -.infinity, 1e300] {
      var bytes = original
      withUnsafeBytes(of: bad.bitPattern.littleEndian) {
        bytes.replaceSubrange(at..<(at + 8), with: $0)
      }
      try Data(bytes).write(to: cache)
      let history = try JournalHistory.read(folder: folder, learner: "x")
      #expect(history.standingCount == 1100)
      #expect(history.answers.allSatisfy { $0.at.isFinite && $0.at < 1e11 }, "\(bad)")
    }
  }
}

/// One strict date reader: an impossible date is refused by every reader alike.
@Suite struct ImpossibleDateTests {
  @Test func impossibleDatesAndTimesAreNotRolledOver() {
    for text in [
      "2024-02-30T12:00:00Z", "2027-02-29T00:00:00Z", "2024-04-31T00:00:00Z",
      "2024-05-01T25:00:00Z", "2024-05-01T12:60:00Z", "2024-05-01T12:00:60Z",
      "2024-05-01T12:00:00+24:00", "2027-02-30", "2024-13-01",
    ] {
      #expect(JSONCoding.parseDate(text) == nil, "\(text)")
    }
    #expect(JSONCoding.parseDate("2024-02-29T12:00:00.123456789+02:00") != nil)
    #expect(JSONCoding.parseDate("2024-05-01") == date(-12 * 3600))
  }

  @Test func aJournalLineDatedTheThirtiethOfFebruaryIsRefusedByEveryReader() throws {
    let entry = reviewLine("a", rating: .good, at: moment(day: 0), wasReview: true)
    let folder = try writeJournal([entry])
    defer { try? FileManager.default.removeItem(at: folder) }
    let journal = folder.appendingPathComponent("journal.jsonl")
    let text = try String(contentsOf: journal, encoding: .utf8)
    let day = ISODate.format(moment(day: 0)).prefix(10)
    try text.replacingOccurrences(of: "\"at\":\"\(day)", with: "\"at\":\"2024-02-30")
      .write(to: journal, atomically: true, encoding: .utf8)
    #expect(throws: ProgressError.self) {
      try JournalHistory.read(folder: folder, learner: "x", cache: false)
    }
    let scan = JournalScan(url: journal, now: moment(day: 1), tolerance: 86_400)
    #expect(scan.badLines.map(\.number) == [1])
  }
}

/// A learner folder whose journal holds `answers` answers a minute apart from `moment(day: 0)`,
/// and the history cache reading it wrote: the folder and the cache file.
func journalWithCache(answers: Int) throws -> (folder: URL, cache: URL) {
  let t = moment(day: 0)
  let entries = (0..<answers).map {
    reviewLine("c\($0 % 7)", rating: .good, at: t.addingTimeInterval(Double($0)), wasReview: true)
  }
  let folder = try writeJournal(entries)
  _ = try JournalHistory.read(folder: folder, learner: "x")
  return (folder, folder.appendingPathComponent("history.cache"))
}
