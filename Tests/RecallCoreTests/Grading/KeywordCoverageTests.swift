import Testing

@testable import RecallCore

@Suite struct KeywordCoverageTests {
  private let regenerativeMedicine =
    "A groundbreaking and rapidly evolving field dedicated to restoring the normal function of tissues and organs damaged by age, disease, trauma, or congenital defects."

  @Test func aParaphraseRecallsTheIdeasItNamesInAnyWordForm() throws {
    let coverage = try #require(
      AnswerMatcher.coverage(
        typed: "a field that restores tissue and organ function", expected: regenerativeMedicine))
    #expect(coverage.matched == ["field", "restoring", "function", "tissues", "organs"])
    #expect(coverage.missed.contains("congenital"))
    // Praise and adverbs are not ideas to recall.
    #expect(!coverage.missed.contains("groundbreaking"))
    #expect(!coverage.missed.contains("rapidly"))
    #expect(coverage.suggestedRating == .hard)
  }

  @Test func aFullAnswerWithATypoIsGood() throws {
    let coverage = try #require(
      AnswerMatcher.coverage(
        typed:
          "groundbreaking, rapidly evolving field dedicated to restoring normal fuction of damaged tissues and organs after disease or trauma",
        expected: regenerativeMedicine))
    #expect(coverage.matched.contains("function"))
    #expect(coverage.suggestedRating == .good)
  }

  @Test func anUnrelatedAnswerIsAgain() throws {
    let coverage = try #require(
      AnswerMatcher.coverage(typed: "bone marrow transplants", expected: regenerativeMedicine))
    #expect(coverage.matched.isEmpty)
    #expect(coverage.suggestedRating == .again)
  }

  @Test func shortAnswersAreLeftToExactMatching() {
    #expect(AnswerMatcher.coverage(typed: "ESCs", expected: "Embryonic stem cells") == nil)
    #expect(
      AnswerMatcher.coverage(typed: "stem cells", expected: "Induced pluripotent stem cells")
        == nil)
  }

  @Test func functionWordsAndRepeatsDoNotMakeAnAnswerLong() {
    // Four ideas (cells, blood, bone, marrow) in twelve words: still typed exactly.
    let expected = "The cells of the blood, the cells of the bone and their marrow"
    #expect(AnswerMatcher.coverage(typed: "blood cells", expected: expected) == nil)
    #expect(AnswerMatcher.coverage(typed: "blood cells", expected: expected + " fat") != nil)
  }
}

@Suite struct WrongAnswerHintTests {
  @Test func aNearMissShowsWhereItDiffers() {
    #expect(
      AnswerMatcher.wrongAnswerHint(typed: "adult stem cells", expected: "Embryonic stem cells")
        == ["adult → embryonic"])
    #expect(
      AnswerMatcher.wrongAnswerHint(typed: "stem cells", expected: "Induced pluripotent stem cells")
        == ["-induced", "-pluripotent"])
  }

  @Test func anAnswerWithNothingInCommonShowsNothing() {
    #expect(AnswerMatcher.wrongAnswerHint(typed: "t", expected: "interdisciplinary").isEmpty)
    #expect(
      AnswerMatcher.wrongAnswerHint(typed: "embryonic stem cells", expected: "musculoskeletal")
        .isEmpty)
  }
}
