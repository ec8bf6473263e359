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
      "same reason", "other cells", "eight patients died", "largest of the glands", "X",
      "then the proportion of men students", "explain what a meteor", "that's because education",
      "additional examples of if-then statements", "first two categories",
    ] {
      #expect(TermText.junkReason(phrase) != nil, "\(phrase)")
    }
  }

  @Test func quotationMarksAreNoPartOfAName() {
    #expect(TermText.clean("“inferior goods") == "inferior goods")
    #expect(TermText.clean("‘floating gardens’") == "floating gardens")
    #expect(TermText.clean("Shays’ Rebellion") == "shays’ rebellion")
  }

  @Test func namesThatLookLikePhrasesAreKept() {
    for name in [
      "mRNA", "McDonald criteria", "sliding filament theory", "theory of mind",
      "light-dependent reactions", "major histocompatibility complex", "manifest functions",
      "interest of the lender", "forest of kelp", "vitamin C", "T cells", "P680",
      "second messengers",
    ] {
      #expect(TermText.junkReason(name) == nil, "\(name)")
    }
  }
}

/// What a definition keeps of its sentence.
@Suite struct MeaningTextTests {
  @Test func aMeaningLosesItsReferencesHedgesAndLinksToTheSentenceBefore() {
    #expect(
      MeaningText.tidy("In fact, the enzyme structure changes slightly (Figure 8.6)")
        == "the enzyme structure changes slightly")
    #expect(
      MeaningText.tidy("it is also believed that strong emotions last")
        == "strong emotions last")
    #expect(
      MeaningText.tidy("a rule of thumb (Lashley, 1950) for memory")
        == "a rule of thumb for memory")
    #expect(MeaningText.tidy("a factual claim") == "a factual claim")
  }
}
