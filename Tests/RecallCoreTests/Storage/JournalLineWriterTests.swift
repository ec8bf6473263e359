import Foundation
import Testing

@testable import RecallCore

/// The journal lines an import writes by hand are the bytes `JSONEncoder` writes, so every
/// reader of the journal (and `doctor`) sees the same file whichever wrote it.
@Suite struct JournalLineWriterTests {
  static func records() -> [ReviewRecord] {
    var generator = SeededGenerator(seed: 7)
    let scheduler = Scheduler()
    var progress = LearnerProgress(learner: "ana")
    var records: [ReviewRecord] = []
    let start = Date(timeIntervalSince1970: 1_796_642_744.123)
    let cards = [
      "definition:stem-cells", "cloze:anki-571a#2", "basic:a \"quoted\"\\ id\u{1}", "bé/ü",
    ]
    for index in 0..<400 {
      let card = cards[index % cards.count]
      let at = start.addingTimeInterval(
        Double(index) * 3_600 * Double.random(in: 0.5...30, using: &generator))
      let rating = Rating(rawValue: Int.random(in: 1...4, using: &generator)) ?? .good
      var record = progress.answer(
        card, deck: "deck \(index % 2)", rating: rating, at: at,
        durationMs: index % 5 == 0 ? nil : Int.random(in: 0...90_000, using: &generator),
        scheduler: scheduler)
      if index % 7 == 0 { record.after.flagged = true }
      if index % 11 == 0 { record.after.buriedUntil = at.addingTimeInterval(50_000) }
      if index % 13 == 0 { record.after.suspended = true }
      if index % 17 == 0 { record.after.leech = true }
      progress.apply(record)
      records.append(record)
    }
    return records
  }

  @Test func linesAreWhatJSONEncoderWrites() throws {
    let encoder = JSONCoding.lineEncoder()
    for record in Self.records() {
      let expected = try encoder.encode(JournalEntry.review(record))
      let written = Data(JournalLineWriter.line(record))
      #expect(
        written == expected,
        "\(String(decoding: written, as: UTF8.self)) != \(String(decoding: expected, as: UTF8.self))"
      )
    }
  }
}
