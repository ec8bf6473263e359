import Foundation
import Testing

@testable import RecallCore

/// The dates of progress files: the fast paths agree with Foundation's ISO-8601 formats.
@Suite struct ProgressDateTests {
  @Test func fastFormattingAndParsingAgreeWithFoundation() throws {
    var random = SeededGenerator(seed: 42)
    for _ in 0..<5_000 {
      // 1900 to 2200, whole seconds.
      let seconds = Double(Int.random(in: -2_208_988_800...7_258_118_400, using: &random))
      let date = Date(timeIntervalSince1970: seconds)
      let fast = JSONCoding.formatDate(date)
      #expect(fast == date.formatted(.iso8601))
      #expect(JSONCoding.parseDate(fast) == date)
      let millis = date.addingTimeInterval(Double(Int.random(in: 1...999, using: &random)) / 1000)
      let text = JSONCoding.formatDate(millis)
      #expect(text.hasPrefix(String(fast.dropLast()) + "."))
      let parsed = try #require(JSONCoding.parseDate(text))
      #expect(abs(parsed.timeIntervalSince(millis)) < 0.0005)
    }
  }

  @Test func offsetsAreUnderstood() {
    #expect(
      JSONCoding.parseDate("2024-05-01T14:00:00+02:00")
        == JSONCoding.parseDate("2024-05-01T12:00:00Z"))
    #expect(JSONCoding.parseDate("2024-13-01T12:00:00Z") == nil)
  }
}
