import Testing

@testable import RecallCore

@Suite struct RatingTests {
  @Test func gradesAreReadFromNumbersAndNames() {
    #expect(Rating(answer: "3") == .good)
    #expect(Rating(answer: " Again ") == .again)
    #expect(Rating(answer: "5") == nil)
    #expect(Rating(answer: "maybe") == nil)
  }
}
