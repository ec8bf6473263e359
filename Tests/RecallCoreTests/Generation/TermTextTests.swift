import Testing

@testable import RecallCore

/// What the finder refuses as a term, whatever rule proposed it.
@Suite struct TermTextTests {
  @Test func phrasesThatAreNoNamesAreRefused() {
    for phrase in [
      "pacinian corpuscles (seen in [link]", "epithelial TissuesEpithelial tissues",
      "nucleotides preceding the initiation site", "ammonia released to the atmosphere",
      "best understood negative regulatory molecules", "primary mechanisms against viruses",
      "concept called maximum parsimony", "simplest of all the invertebrates",
      "same reason", "other cells", "eight patients died", "largest of the glands",
    ] {
      #expect(TermText.junkReason(phrase) != nil, "\(phrase)")
    }
  }

  @Test func namesThatLookLikePhrasesAreKept() {
    for name in [
      "mRNA", "McDonald criteria", "sliding filament theory", "theory of mind",
      "light-dependent reactions", "major histocompatibility complex", "manifest functions",
      "interest of the lender", "forest of kelp",
    ] {
      #expect(TermText.junkReason(name) == nil, "\(name)")
    }
  }
}
