import Testing

@testable import RecallCore

/// The analysis the definition rules read: noun phrases, the subject after a fronted phrase,
/// verbs the tagger took for nouns, and singular and plural forms.
@Suite struct SentenceAnalysisTests {
  private func analysis(_ text: String) throws -> SentenceAnalysis {
    SentenceAnalysis(text, tagger: try PartOfSpeechTagger.bundled.get())
  }

  private func chunks(_ text: String) throws -> [String] {
    let sentence = try analysis(text)
    return sentence.chunks.map { sentence.text($0) }
  }
}

// MARK: - Noun phrases

extension SentenceAnalysisTests {
  @Test func nounPhrasesKeepTheirDeterminerAndModifiers() throws {
    let found = try chunks("The inner cell mass of a blastocyst forms the embryo.")
    #expect(found == ["The inner cell mass", "a blastocyst", "the embryo"])
  }

  @Test func aNamingParticipleEndsThePhraseBeforeIt() throws {
    let found = try chunks("Cells release small proteins called cytokines.")
    #expect(found.contains("small proteins"))
    #expect(found.contains("cytokines"))
    #expect(!found.contains { $0.contains("called") })
  }

  @Test func thePhraseOfPhrasesBeforeACommaIsOneDescription() throws {
    let sentence = try analysis("The first phase of ingestion, called the cephalic phase, ends.")
    let comma = try #require(sentence.index(of: ","))
    let phrase = try #require(sentence.nounPhrase(endingBefore: comma))
    #expect(sentence.text(phrase) == "The first phase of ingestion")
  }

  @Test func textOfTokensKeepsTheSentencesSpelling() throws {
    let sentence = try analysis("Stem cells (SCs) can self-renew.")
    #expect(sentence.text(0..<sentence.count) == "Stem cells (SCs) can self-renew.")
    #expect(sentence.rest(from: 0) == "Stem cells (SCs) can self-renew")
  }
}

// MARK: - Subject

extension SentenceAnalysisTests {
  @Test func theSubjectStartsAfterAFrontedPhrase() throws {
    let sentence = try analysis("In short, ecology is the study of living things.")
    #expect(sentence.word(sentence.subjectStart) == "ecology")
  }

  @Test func aLongFrontedPhraseWithItsOwnClauseIsSkipped() throws {
    let sentence = try analysis(
      "In contrast to conditioning, in which learning occurs directly, observational learning"
        + " is the process of watching others.")
    #expect(sentence.word(sentence.subjectStart) == "observational")
  }

  @Test func recallThatIsNoSubject() throws {
    let sentence = try analysis("Recall that a reduction is the gain of an electron.")
    #expect(sentence.subjectStart == 2)
  }

  @Test func aSentenceOpeningWithItsSubjectStartsAtZero() throws {
    #expect(try analysis("Osmosis, the movement of water, is passive.").subjectStart == 0)
  }

  @Test func aVerbTakenForANounIsSetRight() throws {
    let sentence = try analysis("Ependymal cells line the ventricles of the brain.")
    let line = try #require(sentence.index(of: "line"))
    #expect(sentence.tag(line) == .verb)
  }
}

// MARK: - Singular and plural

extension SentenceAnalysisTests {
  @Test(arguments: [
    ("cells", "cell"), ("bodies", "body"), ("nuclei", "nucleus"), ("bacteria", "bacterium"),
    ("analyses", "analysis"), ("species", "species"), ("larvae", "larva"), ("glasses", "glass"),
    ("osmosis", "osmosis"), ("children", "child"),
  ])
  func singularOfPlural(plural: String, singular: String) {
    #expect(Inflection.singular(plural) == singular)
  }

  @Test func pluralsAndSingularsAreTold() {
    #expect(Inflection.isPlural("cells"))
    #expect(!Inflection.isPlural("cell"))
    #expect(!Inflection.isPlural("homeostasis"))
    #expect(Inflection.plural("body") == "bodies")
    #expect(Inflection.plural("cell") == "cells")
    #expect(Inflection.singularPhrase("embryonic stem cells") == "embryonic stem cell")
  }
}

// MARK: - Everyday words

extension SentenceAnalysisTests {
  @Test func commonWordsAreReadWithTheirVerbMarks() {
    let words = CommonWords(text: "block v\ncell\nline v\n")
    #expect(words.words == ["block", "cell", "line"])
    #expect(words.verbs == ["block", "line"])
  }

  @Test func theShippedListKnowsPlainWordsAndNotTechnicalOnes() throws {
    let words = try CommonWords.bundled.get()
    #expect(words.words.contains("people"))
    #expect(words.verbs.contains("produce"))
    #expect(!words.words.contains("tropomyosin"))
  }
}

// MARK: - Names and common nouns

extension SentenceAnalysisTests {
  @Test func aFirstWordTheArticleWritesInLowerCaseIsNoName() throws {
    let sentence = SentenceAnalysis(
      "Tropomyosin blocks myosin binding sites on actin molecules.",
      tagger: try PartOfSpeechTagger.bundled.get(), lowercased: ["tropomyosin"])
    #expect(sentence.tag(0) == .noun)
  }

  @Test func aTechnicalSubjectTheArticleMentionsAgainIsFound() {
    let article = ArticleReader().read(
      """
      Tropomyosin blocks myosin binding sites on actin molecules.

      Calcium moves tropomyosin out of the way, and the muscle contracts.
      """)
    let terms = DefinitionFinder().find(in: article).definitions.map(\.term)
    #expect(terms.contains("tropomyosin"))
  }
}
