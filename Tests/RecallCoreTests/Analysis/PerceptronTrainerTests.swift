import Foundation
import Testing

@testable import RecallCore

@Suite struct PerceptronTrainerTests {
  private static let conllu = """
    # text = The dog runs.
    1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
    2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_
    3\truns\trun\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No
    4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
    2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
    3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
    3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t_\t_

    """

  @Test func readsCoNLLUSkippingMultiwordTokensAndEmptyNodes() {
    let sentences = TaggedSentence.sentences(conllu: Self.conllu)
    #expect(sentences.count == 2)
    #expect(sentences.first?.words == ["The", "dog", "runs", "."])
    #expect(sentences.first?.tags == [.det, .noun, .verb, .punct])
    #expect(sentences.last?.words == ["do", "n't", "go"])
    #expect(sentences.last?.tags == [.aux, .part, .verb])
  }

  private static let sentences: [TaggedSentence] = [
    (["The", "dog", "runs", "."], [UPOS.det, .noun, .verb, .punct]),
    (["A", "cat", "sleeps", "."], [.det, .noun, .verb, .punct]),
    (["The", "big", "cat", "eats", "fish", "."], [.det, .adj, .noun, .verb, .noun, .punct]),
    (["She", "likes", "the", "red", "ball", "."], [.pron, .verb, .det, .adj, .noun, .punct]),
    (["Dogs", "run", "in", "Paris", "."], [.noun, .verb, .adp, .propn, .punct]),
    (["He", "sees", "two", "birds", "!"], [.pron, .verb, .num, .noun, .punct]),
  ].map { TaggedSentence(words: $0.0, tags: $0.1) }

  @Test func tinyModelTagsItsTrainingSentencesBack() throws {
    var options = PerceptronTrainer.Options()
    options.iterations = 10
    options.dictionaryMinimumCount = 1000  // no dictionary: the weights must do the work
    let outcome = try PerceptronTrainer(options: options).train(Self.sentences)
    #expect(outcome.dictionaryWords == 0)
    let tagger = try PartOfSpeechTagger(model: outcome.model)
    for sentence in Self.sentences {
      #expect(tagger.tag(sentence.words.map { Substring($0) }) == sentence.tags)
    }
    #expect(tagger.accuracy(on: Self.sentences) == 1)
  }

  @Test func trainingIsDeterministic() throws {
    var options = PerceptronTrainer.Options()
    options.iterations = 3
    options.dictionaryMinimumCount = 2
    options.dictionaryMinimumShare = 0.9
    let first = try PerceptronTrainer(options: options).train(
      Self.sentences, development: Array(Self.sentences.prefix(2)))
    let second = try PerceptronTrainer(options: options).train(
      Self.sentences, development: Array(Self.sentences.prefix(2)))
    #expect(first.model == second.model)
    #expect(first.dictionaryWords > 0)
    #expect(first.developmentAccuracies.count == 3)
  }
}
