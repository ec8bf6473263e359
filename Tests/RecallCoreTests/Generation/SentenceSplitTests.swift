import Testing

@testable import RecallCore

/// Where the finder cuts prose into sentences.
@Suite struct SentenceSplitTests {
  @Test func aListEndingInEtcEndsItsSentence() {
    let text =
      "It can be turned into reports, books, letters, DVDs, etc. Some examples are meetings."
    #expect(
      Sentences.split(text) == [
        "It can be turned into reports, books, letters, DVDs, etc.", "Some examples are meetings.",
      ])
  }

  @Test func otherAbbreviationsDoNot() {
    #expect(Sentences.split("Some cells, e.g. Neurons, live long.").count == 1)
    #expect(Sentences.split("Pigments, dyes, etc. are used here.").count == 1)
    #expect(Sentences.split("Dr. Smith found it. Others did not.").count == 2)
  }
}
