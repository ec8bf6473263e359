import Foundation
import Testing

@testable import RecallCore

/// Seeded random JSON and mutations of valid files through every decoder: each must answer
/// with a value or an error, never crash or hang. A failing case is replayed by its seed.
@Suite(.timeLimit(.minutes(1))) struct DecoderFuzzTests {
  static let seed: UInt64 = 0x5EED_0F_DEC0DE

  /// The valid inputs that are mutated.
  static func samples() throws -> [String: Data] {
    let progress = fixturesFolder.appendingPathComponent("progress-v1/ana")
    let journal = try Data(contentsOf: progress.appendingPathComponent("journal.jsonl"))
    var settings = LearnerSettings()
    settings.desiredRetention = 0.85
    return [
      "deck": try Data(contentsOf: fixturesFolder.appendingPathComponent("decks/stem-cells.json")),
      "snapshot": try Data(contentsOf: progress.appendingPathComponent("progress.json")),
      "journal line": Data(journal.split(separator: 0x0A)[2]),
      "settings": try JSONCoding.fileEncoder().encode(settings),
    ]
  }

  @Test func mutatedAndRandomJSONGivesErrorsNotCrashes() throws {
    var random = SeededGenerator(seed: DecoderFuzzTests.seed)
    let samples = try DecoderFuzzTests.samples().sorted { $0.key < $1.key }.map(\.value)
    var rejected = 0
    let cases = 4_000
    for index in 0..<cases {
      let data =
        index % 5 == 0
        ? Data(randomJSON(depth: 0, &random).utf8)
        : mutate(samples[index % samples.count], &random)
      let syntax = JSONLocator.syntaxError(in: data)
      if let syntax {
        // recall never calls valid JSON invalid (Foundation also takes trailing commas,
        // which recall refuses, saying so), and places the error inside the text.
        let foundation = try? JSONSerialization.jsonObject(
          with: data, options: [.fragmentsAllowed])
        #expect(
          foundation == nil || syntax.message.contains("trailing comma"),
          "case \(index): \(syntax.message) at \(syntax.position)")
        let lines = data.count(where: { $0 == 0x0A }) + 1
        #expect((1...lines).contains(syntax.position.line), "case \(index)")
      }
      _ = JSONLocator.line(of: randomPath(&random), in: data)
      var failures = 0
      do { _ = try DeckStore.decode(data, path: "fuzz.json") } catch { failures += 1 }
      do { _ = try JSONCoding.decode(ProgressSnapshot.self, from: data) } catch { failures += 1 }
      do { _ = try JSONCoding.decode(JournalEntry.self, from: data) } catch { failures += 1 }
      do { _ = try JSONCoding.decode(LearnerSettings.self, from: data) } catch { failures += 1 }
      if syntax != nil { #expect(failures == 4, "case \(index): invalid JSON was accepted") }
      if failures == 4 { rejected += 1 }
    }
    #expect(rejected > cases / 2)
  }

  @Test func theFastJournalReaderAgreesWithJSONDecoder() throws {
    var random = SeededGenerator(seed: DecoderFuzzTests.seed &+ 2)
    let journal = try Data(
      contentsOf: fixturesFolder.appendingPathComponent("progress-v1/ana/journal.jsonl"))
    let lines = journal.split(separator: 0x0A).map { Data($0) }
    let decoder = JSONCoding.decoder()
    // Every line recall writes takes the fast path, answers and undos alike.
    for line in lines {
      let fast = FastReader.entry(ArraySlice(line))
      #expect(fast != nil)
      #expect(fast == (try? decoder.decode(JournalEntry.self, from: line)))
    }
    var fastCount = 0
    for index in 0..<4_000 {
      let line = mutate(lines[index % lines.count], &random)
      guard let fast = FastReader.entry(ArraySlice(line)) else { continue }
      fastCount += 1
      let slow = try? decoder.decode(JournalEntry.self, from: line)
      #expect(
        fast == slow, "case \(index): \(String(decoding: line, as: UTF8.self).debugDescription)")
    }
    #expect(fastCount > 100)
  }

  @Test func mutatedProgressFilesLoadOrAreReportedNeverRewritten() throws {
    var random = SeededGenerator(seed: DecoderFuzzTests.seed &+ 1)
    let source = fixturesFolder.appendingPathComponent("progress-v1/ana")
    let snapshot = try Data(contentsOf: source.appendingPathComponent("progress.json"))
    let journal = try Data(contentsOf: source.appendingPathComponent("journal.jsonl"))
    let settings = try DecoderFuzzTests.samples()["settings"] ?? Data()
    let root = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let learner = try LearnerName("ana")
    let folder = root.appendingPathComponent("ana")
    for index in 0..<300 {
      try? FileManager.default.removeItem(at: folder)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      var lines = journal.split(separator: 0x0A).map { Data($0) }
      let target = Int.random(in: 0..<lines.count, using: &random)
      lines[target] = mutate(lines[target], &random).filter { $0 != 0x0A }
      let mutatedJournal = lines.reduce(Data()) { $0 + $1 + Data([0x0A]) }
      let mutatedSnapshot = index % 3 == 0 ? mutate(snapshot, &random) : snapshot
      try mutatedJournal.write(to: folder.appendingPathComponent("journal.jsonl"))
      try mutatedSnapshot.write(to: folder.appendingPathComponent("progress.json"))
      try mutate(settings, &random).write(to: folder.appendingPathComponent("settings.json"))
      do {
        let store = try ProgressStore(root: root, learner: learner, now: date())
        #expect(store.progress.reviewCount >= 0)
        store.snapshotEvery = .max
      } catch {
        // Refused: the files are exactly as they were.
        #expect(
          FileManager.default.contents(atPath: folder.appendingPathComponent("journal.jsonl").path)
            == mutatedJournal, "case \(index)")
        #expect(
          FileManager.default.contents(atPath: folder.appendingPathComponent("progress.json").path)
            == mutatedSnapshot, "case \(index)")
      }
      _ = try? SettingsStore.load(folder: folder, learner: "ana")
      _ = ProgressDoctor(home: root.deletingLastPathComponent(), now: date()).check(learner)
    }
  }
}

/// `data` with one to three random edits: byte flips, truncation, insertions, deletions,
/// and type swaps (a string where a number was, and the other way round).
func mutate(_ data: Data, _ random: inout SeededGenerator) -> Data {
  var bytes = [UInt8](data)
  for _ in 0..<Int.random(in: 1...3, using: &random) {
    guard !bytes.isEmpty else {
      bytes = Array("{".utf8)
      continue
    }
    let at = Int.random(in: 0..<bytes.count, using: &random)
    switch Int.random(in: 0..<9, using: &random) {
    case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
    case 1: bytes.removeSubrange(at...)
    case 2:
      let pieces = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "-1e999", "\n", "\u{00}"]
      bytes.insert(
        contentsOf: Array((pieces.randomElement(using: &random) ?? "{").utf8), at: at)
    case 3: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...20, using: &random)))
    case 4:
      // A number becomes a string.
      if let digit = bytes[at...].firstIndex(where: { (0x30...0x39).contains($0) }) {
        bytes.insert(contentsOf: Array("\"x".utf8), at: digit)
        bytes.insert(0x22, at: min(bytes.count, digit + 3))
      }
    case 6:
      // A number becomes one out of every range.
      if let digit = bytes[at...].firstIndex(where: { (0x30...0x39).contains($0) }) {
        var end = digit
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == 0x2E {
          end += 1
        }
        let extremes = [
          "9223372036854775807", "-9223372036854775808", "-5", "0", "1e300", "-1e300", "NaN",
          "Infinity", "99999999999999999999999", "-0.0",
        ]
        bytes.replaceSubrange(
          digit..<end, with: Array((extremes.randomElement(using: &random) ?? "-5").utf8))
      }
    case 7:
      // Deep nesting, as a crafted file would have.
      let depth = [99, 100, 101, 500, 40_000].randomElement(using: &random) ?? 500
      let open = Bool.random(using: &random) ? "[" : "{\"a\":"
      bytes.insert(contentsOf: Array(String(repeating: open, count: depth).utf8), at: at)
    case 8:
      // A byte-order mark in front, or control characters inside.
      if Bool.random(using: &random) {
        bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
      } else {
        let controls = ["\u{1B}[2J", "\u{1B}]0;x\u{07}", "\r", "\u{7F}", "\u{9B}"]
        bytes.insert(
          contentsOf: Array((controls.randomElement(using: &random) ?? "\r").utf8), at: at)
      }
    default:
      // A string becomes a number or a literal.
      if let quote = bytes[at...].firstIndex(of: 0x22),
        let end = bytes[(quote + 1)...].firstIndex(of: 0x22)
      {
        let replacement = ["42", "true", "null", "[]", "{}"].randomElement(using: &random) ?? "1"
        bytes.replaceSubrange(quote...end, with: Array(replacement.utf8))
      }
    }
  }
  return Data(bytes)
}

/// A random JSON text, sometimes with recall's field names so decoders go deep.
func randomJSON(depth: Int, _ random: inout SeededGenerator) -> String {
  let keys = [
    "cards", "id", "kind", "front", "back", "tags", "deck", "card", "rating", "at",
    "after", "memory", "due", "format_version", "decks", "journal_offset", "x",
  ]
  let choice =
    depth > 3 ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<6, using: &random)
  switch choice {
  case 0: return String(Int.random(in: -5...5, using: &random))
  case 1:
    return ["\"2024-05-01T12:00:00Z\"", "\"basic\"", "\"\"", "\"é\\u00e9\""].randomElement(
      using: &random) ?? "\"\""
  case 2: return ["true", "false", "null", "1.5e3"].randomElement(using: &random) ?? "null"
  case 3: return "-0.25"
  case 4:
    let items = (0..<Int.random(in: 0...3, using: &random)).map { _ in
      randomJSON(depth: depth + 1, &random)
    }
    return "[" + items.joined(separator: ",") + "]"
  default:
    let fields = (0..<Int.random(in: 0...4, using: &random)).map { _ in
      "\"\(keys.randomElement(using: &random) ?? "x")\":" + randomJSON(depth: depth + 1, &random)
    }
    return "{" + fields.joined(separator: ",") + "}"
  }
}

/// A random coding path for `JSONLocator.line(of:in:)`.
func randomPath(_ random: inout SeededGenerator) -> [any CodingKey] {
  (0..<Int.random(in: 0...3, using: &random)).map { _ in
    Bool.random(using: &random)
      ? DeckStore.Key("cards") : DeckStore.Key(Int.random(in: 0...3, using: &random))
  }
}

/// The binary history cache, mutated: ignored or used, never a crash or a time out of range.
@Suite struct HistoryCacheFuzzTests {
  @Test func aMutatedCacheIsIgnoredOrRightNeverACrash() throws {
    let (folder, cache) = try journalWithCache(answers: 1050)
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = [UInt8](try Data(contentsOf: cache))
    var random = SeededGenerator(seed: DecoderFuzzTests.seed &+ 9)
    for index in 0..<300 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
        case 1:
          // Eight bytes become an extreme integer or double.
          let values: [UInt64] = [
            UInt64.max, UInt64(Int64.max), Double.nan.bitPattern, Double.infinity.bitPattern,
            (-Double.infinity).bitPattern, 1e300.bitPattern, 0,
          ]
          let value = values.randomElement(using: &random) ?? 0
          withUnsafeBytes(of: value.littleEndian) { raw in
            for (offset, byte) in raw.enumerated() where at + offset < bytes.count {
              bytes[at + offset] = byte
            }
          }
        case 2: bytes.removeSubrange(at...)
        default: bytes.insert(contentsOf: [0xFF, 0xFF, 0xFF, 0x7F], at: at)
        }
      }
      try Data(bytes).write(to: cache)
      let history = try JournalHistory.read(folder: folder, learner: "x")
      #expect(history.answers.allSatisfy { $0.at.isFinite && abs($0.at) < 1e11 }, "case \(index)")
    }
  }
}
