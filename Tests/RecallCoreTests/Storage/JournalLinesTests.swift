import Foundation
import Testing

@testable import RecallCore

/// The one journal line splitter, as loading, doctor, statistics and `schedule --fit` use it.
@Suite struct JournalLinesTests {
  private let answer =
    #"{"after":{"memory":{"due":"2024-05-11T12:00:00Z","state":"review"}},"at":"2024-05-10T12:00:00Z","card":"a","deck":"d","rating":3}"#

  @Test func linesEndAtNewlinesAndATornLastLineIsLeftOver() {
    let bytes = Array("one\n \r\nthree\ntorn".utf8)
    var lines = JournalLines(bytes, linesBefore: 10)
    var seen: [(Int, String, Bool)] = []
    while let line = lines.next() {
      seen.append((line.number, String(decoding: bytes[line.text], as: UTF8.self), line.isBlank))
    }
    #expect(seen.map(\.0) == [11, 12, 13])
    #expect(seen.map(\.1) == ["one", " \r", "three"])
    #expect(seen.map(\.2) == [false, true, false])
    #expect(lines.end == 13)
    let rest = lines.unterminated()
    #expect(rest?.number == 14)
    #expect(rest.map { String(decoding: bytes[$0.text], as: UTF8.self) } == "torn")
    #expect(lines.unterminated() == nil)
  }

  @Test func theSplitterFindsLinesInAnUnsafeBufferToo() {
    let bytes = Array("a\nbc\n".utf8)
    let texts = bytes.withUnsafeBufferPointer { buffer in
      JournalLines(buffer).map { String(decoding: buffer[$0.text], as: UTF8.self) }
    }
    #expect(texts == ["a", "bc"])
  }

  @Test func aFitLogWithCRLFLineEndsIsReadLineByLine() throws {
    let second = answer.replacingOccurrences(of: "\"rating\":3", with: "\"rating\":1")
      .replacingOccurrences(of: "05-10T", with: "05-11T")
    let reviews = try FSRSReviewLog.parse(answer + "\r\n" + second + "\r\n")
    #expect(reviews.map(\.rating) == [3, 1])
  }
}
