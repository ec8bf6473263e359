import Foundation
import Testing

@testable import RecallCore

@Suite struct JournalHistoryTests {
  @Test func undoneReviewsAreNotCounted() throws {
    let t = moment(day: 0)
    let folder = try writeJournal([
      reviewLine("a", rating: .again, at: t, wasReview: true),
      reviewLine("a", rating: .good, at: t.addingTimeInterval(60), wasReview: true),
      .change(
        CardChange(
          event: .undo, deck: "d", card: "a", at: t.addingTimeInterval(70), before: nil,
          after: nil, undoes: t.addingTimeInterval(60))),
      reviewLine("b", rating: .easy, at: t.addingTimeInterval(80), wasReview: false),
    ])
    let history = try JournalHistory.read(folder: folder, learner: "x", cache: false)
    var ratings: [UInt8] = []
    history.forEachStanding { ratings.append($0.rating) }
    #expect(ratings == [1, 4])
    #expect(history.standingCount == 2)
  }

  @Test func tornLastLineIsIgnoredWithANotice() throws {
    let folder = try writeJournal(
      [reviewLine("a", rating: .good, at: moment(day: 0), wasReview: false)],
      trailing: "{\"deck\":\"d\",\"card\":\"b\",\"rat")
    let history = try JournalHistory.read(folder: folder, learner: "x", cache: false)
    #expect(history.standingCount == 1)
    #expect(history.notices.count == 1)
  }

  @Test func fastScannerAgreesWithTheDecoderOnUnusualLines() throws {
    // Escapes and a fractional time zone offset take the slow path; both must be read.
    let folder = makeTemporaryFolder()
    let lines = """
      {"after":{"memory":{"due":"2024-05-11T12:00:00Z","state":"review"}},"at":"2024-05-10T14:00:00+02:00","card":"q\\"uote","deck":"d","rating":3}
      {"at":"2024-05-10T12:00:01.500Z","before":{"memory":{"due":"2024-05-10T12:00:00Z","state":"review"}},"after":{"memory":{"due":"2024-05-11T12:00:00Z","state":"review"}},"card":"b","deck":"d","rating":1,"duration_ms":null}

      """
    try Data(lines.utf8).write(to: folder.appendingPathComponent("journal.jsonl"))
    let history = try JournalHistory.read(folder: folder, learner: "x", cache: false)
    #expect(history.names.contains("q\"uote"))
    #expect(history.answers.map(\.at) == [1_715_342_400, 1_715_342_401.5])
    #expect(history.answers.map(\.wasReview) == [false, true])
    #expect(history.answers.map(\.durationMs) == [-1, -1])
  }

  @Test func cacheGivesTheSameHistoryAndFollowsNewLines() throws {
    let t = moment(day: 0)
    var entries = (0..<1200).map {
      reviewLine("c\($0 % 7)", rating: .good, at: t.addingTimeInterval(Double($0)), wasReview: true)
    }
    let folder = try writeJournal(entries)
    let first = try JournalHistory.read(folder: folder, learner: "x")
    #expect(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("history.cache").path))
    entries.append(
      .change(
        CardChange(event: .undo, deck: "d", card: "c0", at: t, before: nil, after: nil, undoes: t)))
    entries.append(
      reviewLine("new", rating: .again, at: t.addingTimeInterval(5000), wasReview: true))
    let journal = try FileHandle(forWritingTo: folder.appendingPathComponent("journal.jsonl"))
    try journal.seekToEnd()
    for entry in entries.suffix(2) {
      try journal.write(contentsOf: JSONCoding.lineEncoder().encode(entry) + Data([0x0A]))
    }
    try journal.close()
    let cached = try JournalHistory.read(folder: folder, learner: "x")
    let fresh = try JournalHistory.read(folder: folder, learner: "x", cache: false)
    #expect(first.standingCount == 1200)
    #expect(cached.standingCount == 1200)
    #expect(cached.standingCount == fresh.standingCount)
    #expect(cached.journalLines == fresh.journalLines)
  }

  @Test func aRewrittenJournalMakesTheCacheIgnored() throws {
    let t = moment(day: 0)
    let many = (0..<1100).map {
      reviewLine("c", rating: .good, at: t.addingTimeInterval(Double($0)), wasReview: true)
    }
    let folder = try writeJournal(many)
    _ = try JournalHistory.read(folder: folder, learner: "x")
    // The journal is replaced by a longer, different one: the cached prefix no longer matches.
    let other = (0..<1200).map {
      reviewLine("d", rating: .again, at: t.addingTimeInterval(Double($0)), wasReview: true)
    }
    var data = Data()
    for entry in other {
      data.append(try JSONCoding.lineEncoder().encode(entry) + Data([0x0A]))
    }
    try data.write(to: folder.appendingPathComponent("journal.jsonl"))
    let history = try JournalHistory.read(folder: folder, learner: "x")
    #expect(history.standingCount == 1200)
    #expect(history.names.contains("d"))
    #expect(!history.names.contains("c"))
  }
}

@Suite struct JournalScannerAssumptionTests {
  /// The statistics scanner jumps over a line's `after` object to the next `,"at":`; that is
  /// only right while card progress has no key named `at` at any depth.
  @Test func cardProgressHasNoKeyNamedAt() throws {
    let memory = MemoryState(
      state: .relearning, step: 0, stability: 2, difficulty: 7, due: date(60), lastReview: date())
    let full = CardProgress(
      memory: memory, reps: 9, lapses: 8, suspended: true, buriedUntil: date(86_400),
      flagged: true, firstReview: date(-86_400), leech: true)
    let text = String(decoding: try JSONCoding.lineEncoder().encode(full), as: UTF8.self)
    #expect(text.contains("\"leech\":true"))
    #expect(!text.contains("\"at\":"))
    // The scanner also runs through `before` to its memory's `state` and on to `},"card":`.
    #expect(text.components(separatedBy: "state\":\"").count == 2)
    #expect(!text.contains("\"card\":"))
  }

  @Test func theScannerReadsLinesWhoseAfterHoldsEveryField() throws {
    let memory = MemoryState(
      state: .review, step: nil, stability: 2, difficulty: 7, due: date(60), lastReview: date())
    let after = CardProgress(
      memory: memory, reps: 9, lapses: 8, suspended: true, buriedUntil: date(86_400),
      flagged: true, firstReview: date(-86_400), leech: true)
    let record = ReviewRecord(
      deck: "d", card: "basic:x", rating: .hard, at: date(30), durationMs: 900, before: nil,
      after: after)
    let line = try JSONCoding.lineEncoder().encode(record)
    let fields = [UInt8](line).withUnsafeBufferPointer { buffer in
      var scanner = JournalLineScanner(buffer, start: 0, end: buffer.count)
      return scanner.fields()
    }
    let read = try #require(fields)
    #expect(read.rating == 2)
    #expect(read.at == date(30).timeIntervalSince1970)
    #expect(read.durationMs == 900)
  }
}

@Suite struct LineChunkReaderTests {
  /// Reads `text` in chunks of `chunk` bytes and returns the runs handed over and the ending.
  private func chunks(_ text: String, chunk: Int, from offset: Int = 0) throws -> ([String], Int) {
    let url = makeTemporaryFolder().appendingPathComponent("lines.txt")
    try Data(text.utf8).write(to: url)
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    var runs: [String] = []
    let ending = try LineChunkReader.read(
      descriptor: handle.fileDescriptor, from: offset, display: "lines.txt", chunkSize: chunk
    ) { run in
      runs.append(String(decoding: run, as: UTF8.self))
    }
    return (runs, ending.tornBytes)
  }

  @Test func linesLongerThanAChunkAndAcrossChunkEdgesArriveWhole() throws {
    let lines = (0..<40).map { String(repeating: "x", count: ($0 * 37) % 300) + "|\($0)\n" }
    let (runs, torn) = try chunks(lines.joined() + "partial", chunk: 64)
    #expect(torn == "partial".utf8.count)
    #expect(runs.joined() == lines.joined())
    #expect(runs.allSatisfy { $0.hasSuffix("\n") })
  }

  @Test func readingStartsAtTheOffset() throws {
    let (runs, torn) = try chunks("first\nsecond\nthird\n", chunk: 4, from: 6)
    #expect(runs.joined() == "second\nthird\n")
    #expect(torn == 0)
  }

  @Test func anEmptyFileHasNoLines() throws {
    let (runs, torn) = try chunks("", chunk: 8)
    #expect(runs.isEmpty)
    #expect(torn == 0)
  }
}

@Suite struct JournalHistoryShortcutTests {
  @Test func theStateBeforeAnAnswerIsReadWhateverElseTheCardHolds() throws {
    let t = moment(day: 0)
    func line(_ state: CardState, card: String) -> JournalEntry {
      let memory = MemoryState(
        state: state, step: state == .review ? nil : 0, stability: 3, difficulty: 6,
        due: t, lastReview: t.addingTimeInterval(-86_400))
      let before = CardProgress(
        memory: memory, reps: 4, lapses: 2, suspended: true, buriedUntil: t, flagged: true,
        firstReview: t.addingTimeInterval(-9 * 86_400), leech: true)
      return .review(
        ReviewRecord(
          deck: "d", card: card, rating: .good, at: t, durationMs: 1000, before: before,
          after: cardState(.review, lastReview: t, due: t.addingTimeInterval(86_400))))
    }
    let folder = try writeJournal([
      line(.review, card: "a"), line(.relearning, card: "b"), line(.learning, card: "c"),
    ])
    let history = try JournalHistory.read(folder: folder, learner: "x", cache: false)
    #expect(history.answers.map(\.wasReview) == [true, false, false])
  }

  @Test func everyAnswerKeepsItsOwnCardAmongHundreds() throws {
    let t = moment(day: 0)
    let entries = (0..<900).map { k in
      reviewLine(
        "card-\(k % 300)", rating: .good, at: t.addingTimeInterval(Double(k)), wasReview: false,
        deck: k % 2 == 0 ? "even" : "odd")
    }
    let folder = try writeJournal(entries)
    let history = try JournalHistory.read(folder: folder, learner: "x", cache: false)
    let read = history.answers.map {
      "\(history.names[Int($0.deck)])/\(history.names[Int($0.card)])"
    }
    let written = (0..<900).map { "\($0 % 2 == 0 ? "even" : "odd")/card-\($0 % 300)" }
    #expect(read == written)
  }
}

@Suite struct ParallelJournalReadTests {
  @Test func readingInPartsGivesTheSameHistoryAsOnePass() throws {
    let t = moment(day: 0)
    var entries: [JournalEntry] = []
    for k in 0..<3000 {
      let card = "c\(k % 53)"
      let at = t.addingTimeInterval(Double(k) * 30)
      entries.append(
        reviewLine(card, rating: k % 7 == 0 ? .again : .good, at: at, wasReview: k > 60))
      // Undos everywhere, some of them near where the parts meet, taking back answers
      // read by another part.
      if k % 97 == 0 || (990...1010).contains(k) || (1990...2010).contains(k) {
        entries.append(
          .change(
            CardChange(
              event: .undo, deck: "d", card: card, at: at.addingTimeInterval(1), before: nil,
              after: nil, undoes: at)))
      }
    }
    let folder = try writeJournal(entries, trailing: "{\"deck\":\"d\",\"car")
    let handle = try FileHandle(forReadingFrom: folder.appendingPathComponent("journal.jsonl"))
    defer { try? handle.close() }
    let parts = JournalHistory.readInParallel(
      descriptor: handle.fileDescriptor, from: 0, display: "journal.jsonl", above: 0, cores: 3)
    let three = try #require(parts)
    #expect(three.parts.count == 3)
    var merged = JournalHistory()
    merged.merge(three.parts)

    let whole = try JournalHistory.read(
      folder: folder, learner: "x", cache: false, parallelAbove: .max)
    let split = try JournalHistory.read(
      folder: folder, learner: "x", cache: false, parallelAbove: 0)
    #expect(split.answers == whole.answers)
    #expect(split.names == whole.names)
    #expect(split.standingCount == whole.standingCount)
    #expect(split.standingCount < 3000)
    #expect(split.journalLines == whole.journalLines)
    #expect(split.journalOffset == whole.journalOffset)
    #expect(split.notices == whole.notices)
    #expect(split.notices.count == 1)
    #expect(Array(split.undoWindow) == Array(whole.undoWindow))
    #expect(merged.answers == whole.answers)
    #expect(merged.standingCount == whole.standingCount)
    #expect(three.ending.tornBytes == "{\"deck\":\"d\",\"car".utf8.count)
  }
}

@Suite struct JournalScannerShapeTests {
  /// Writes a JSON value with each object's keys in a random order and random spaces, as a
  /// hand-edited or foreign journal might: the scanner's shortcuts assume recall's sorted keys,
  /// so on any other shape it must either read the right fields or hand the line over.
  private func emit(_ value: JSONTree.Value, _ random: inout SeededGenerator) -> String {
    let space = { (random: inout SeededGenerator) in Bool.random(using: &random) ? " " : "" }
    switch value {
    case .object(let object):
      let members = zip(object.keys, object.values).shuffled(using: &random).map { key, value in
        "\"\(String(decoding: key, as: UTF8.self))\"\(space(&random)):\(space(&random))"
          + emit(value, &random)
      }
      return "{" + space(&random) + members.joined(separator: "," + space(&random)) + "}"
    case .string(let bytes): return "\"" + String(decoding: bytes, as: UTF8.self) + "\""
    case .number(let bytes): return String(decoding: bytes, as: UTF8.self)
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array(let items):
      return "[" + items.map { emit($0, &random) }.joined(separator: ",") + "]"
    }
  }

  @Test func shuffledKeysAndSpacesAreReadRightOrHandedToTheDecoder() throws {
    var random = SeededGenerator(seed: 7)
    let states: [CardState] = [.learning, .review, .relearning, .review]
    var read = 0
    for k in 0..<1500 {
      let at = moment(day: Double(k) / 10)
      let state = states[k % 4]
      let before: CardProgress? =
        k % 5 == 0
        ? nil
        : CardProgress(
          memory: MemoryState(
            state: state, step: state == .review ? nil : 1, stability: 3.5, difficulty: 6,
            due: at, lastReview: at.addingTimeInterval(-3600)),
          reps: k % 9, lapses: k % 3, suspended: k % 7 == 0,
          buriedUntil: k % 11 == 0 ? at : nil, flagged: k % 13 == 0,
          firstReview: at.addingTimeInterval(-86_400), leech: k % 17 == 0)
      let record = ReviewRecord(
        deck: "deck\(k % 3)", card: "card:\(k % 41)", rating: Rating(rawValue: 1 + k % 4) ?? .good,
        at: at, durationMs: k % 6 == 0 ? nil : 1000 + k, before: before,
        after: cardState(.review, lastReview: at, due: at.addingTimeInterval(86_400)))
      let canonical = try JSONCoding.lineEncoder().encode(record)
      let value = try JSONTree.parse([UInt8](canonical)[...])
      let line = Array(emit(value, &random).utf8)
      let fields = line.withUnsafeBufferPointer { buffer in
        var scanner = JournalLineScanner(buffer, start: 0, end: buffer.count)
        return scanner.fields().map { fields in
          (
            deck: fields.deck.map { String(decoding: buffer[$0], as: UTF8.self) },
            card: fields.card.map { String(decoding: buffer[$0], as: UTF8.self) },
            fields.rating, fields.at, fields.durationMs, fields.wasReview
          )
        }
      }
      guard let fields else { continue }
      read += 1
      #expect(fields.deck == record.deck)
      #expect(fields.card == record.card)
      #expect(fields.2 == record.rating.rawValue)
      #expect(fields.3 == record.at.timeIntervalSince1970)
      #expect(fields.4 == (record.durationMs ?? -1))
      #expect(fields.5 == (record.before?.memory.state == .review), "line \(k)")
    }
    // Most shapes are still read by the scanner itself, not handed over.
    #expect(read > 1000)
  }
}
