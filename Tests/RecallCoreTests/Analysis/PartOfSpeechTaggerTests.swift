import Foundation
import Testing

@testable import RecallCore

@Suite struct PartOfSpeechTaggerTests {
  private func bundled() throws -> PartOfSpeechTagger {
    try PartOfSpeechTagger.bundled.get()
  }

  @Test func bundledModelLoads() throws {
    let tagger = try bundled()
    #expect(tagger.featureCount > 10_000)
  }

  @Test func tagsObviousSentences() throws {
    let tagger = try bundled()
    let tokens = tagger.tag(text: "Stem cells are cells that can divide.")
    #expect(tokens.map(\.text) == ["Stem", "cells", "are", "cells", "that", "can", "divide", "."])
    let tags = tokens.map(\.tag)
    #expect(tags[1] == .noun)
    #expect(tags[2] == .aux)
    #expect(tags[3] == .noun)
    #expect(tags[4] == .pron)
    #expect(tags[5] == .aux)
    #expect(tags[6] == .verb)
    #expect(tags[7] == .punct)

    let other = tagger.tag([
      "The", "old", "man", "quickly", "sold", "his", "three", "boats", "to", "Paris", ".",
    ])
    #expect(other == [.det, .adj, .noun, .adv, .verb, .pron, .num, .noun, .adp, .propn, .punct])
  }

  @Test func tagsEmptyInputAndManySentences() throws {
    let tagger = try bundled()
    #expect(tagger.tag([]).isEmpty)
    #expect(tagger.tag(text: "").isEmpty)
    let tokens = tagger.tag(text: "I like cats. They sleep a lot! Do you?")
    #expect(tokens.count == 12)
    #expect(tokens.first?.tag == .pron)
    #expect(tokens.map(\.tag).filter { $0 == .punct }.count == 3)
  }

  @Test func garbageOrTruncatedModelIsUnreadable() throws {
    let good = try Data(contentsOf: URL(fileURLWithPath: TaggerModelFile.locate()))
    #expect(throws: Never.self) { try PartOfSpeechTagger(model: good) }
    for length in [0, 3, 8, 39, 40, 41, good.count / 2, good.count - 1] {
      #expect(throws: TaggerError.self) { try PartOfSpeechTagger(model: good.prefix(length)) }
    }
    var flipped = good
    flipped[flipped.count - 100] ^= 0xFF
    #expect {
      try PartOfSpeechTagger(model: flipped)
    } throws: { error in
      (error as? TaggerError).map { if case .unreadableModel = $0 { true } else { false } } ?? false
    }
    var random = SplitMix64(seed: 42)
    let garbage = Data((0..<5000).map { _ in UInt8(truncatingIfNeeded: random.next()) })
    #expect(throws: TaggerError.self) { try PartOfSpeechTagger(model: garbage) }
    var wrongVersion = good
    wrongVersion[8] = 99
    #expect(throws: TaggerError.self) { try PartOfSpeechTagger(model: wrongVersion) }
  }

  @Test func missingFileSaysWhatToDo() {
    #expect(throws: TaggerError.missingModel(path: "/nonexistent/pos-tagger.model")) {
      try PartOfSpeechTagger(contentsOf: "/nonexistent/pos-tagger.model")
    }
    let message = TaggerError.missingModel(path: "/x").description
    #expect(message.contains("/x") && message.contains("RECALL_TAGGER_MODEL"))
    let located = try? TaggerModelFile.locate(environment: ["RECALL_TAGGER_MODEL": "/y/model"])
    #expect(located == "/y/model")
  }
}
