import Testing

@testable import RecallCore

@Suite struct TokenizerTests {
  private func words(_ text: String) -> [String] {
    Tokenizer.tokenize(text).map { String($0.text) }
  }

  /// Every token's text is exactly the input's bytes at its offsets, in order, without overlap.
  private func expectRoundTrip(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let bytes = Array(text.utf8)
    var last = 0
    for token in Tokenizer.tokenize(text) {
      #expect(token.start >= last && token.start < token.end, sourceLocation: sourceLocation)
      #expect(token.end <= bytes.count, sourceLocation: sourceLocation)
      guard token.start < token.end, token.end <= bytes.count else { return }
      let slice = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
      #expect(slice == String(token.text), sourceLocation: sourceLocation)
      #expect(Array(token.text.utf8) == Array(bytes[token.start..<token.end]))
      last = token.end
    }
  }

  @Test func splitsPunctuationFromWords() {
    #expect(
      words("Stem cells are cells that can divide.")
        == ["Stem", "cells", "are", "cells", "that", "can", "divide", "."])
    #expect(
      words("Wait... what?! (Really)") == ["Wait", "...", "what", "?", "!", "(", "Really", ")"])
    #expect(words("“Quoted” — dashed") == ["“", "Quoted", "”", "—", "dashed"])
  }

  @Test func splitsClitics() {
    #expect(words("I don't think it's here") == ["I", "do", "n't", "think", "it", "'s", "here"])
    #expect(words("We can't, they won't") == ["We", "ca", "n't", ",", "they", "wo", "n't"])
    #expect(
      words("you're we'll they've I'd I'm") == [
        "you", "'re", "we", "'ll", "they", "'ve", "I", "'d", "I", "'m",
      ])
    #expect(words("It’s Mary’s") == ["It", "’s", "Mary", "’s"])
    #expect(words("the students' books") == ["the", "students", "'", "books"])
    #expect(words("O'Brien rock'n'roll") == ["O'Brien", "rock'n'roll"])
  }

  @Test func keepsHyphenatedWordsNumbersAndAbbreviationsWhole() {
    #expect(words("a well-known CRISPR-Cas9 tool") == ["a", "well-known", "CRISPR-Cas9", "tool"])
    #expect(
      words("3.5 kg, 1,000 people at 10:30.") == [
        "3.5", "kg", ",", "1,000", "people", "at", "10:30", ".",
      ])
    #expect(words("e.g. the U.S. and i.e. this") == ["e.g.", "the", "U.S.", "and", "i.e.", "this"])
    #expect(
      words("Dr. Smith met J. Doe, etc.") == ["Dr.", "Smith", "met", "J.", "Doe", ",", "etc."])
    #expect(words("costs $5 (50%)") == ["costs", "$", "5", "(", "50", "%", ")"])
    #expect(
      words("see https://example.org/a-b?x=1.") == ["see", "https://example.org/a-b?x=1", "."])
    #expect(words("mail me@example.com now") == ["mail", "me@example.com", "now"])
  }

  @Test func offsetsRoundTrip() {
    expectRoundTrip("Stem cells are cells that can divide.")
    expectRoundTrip("  Café naïve — “déjà vu”, don’t 3.5 e.g. U.S. ")
    expectRoundTrip("Emoji 👍🏽 and 👨‍👩‍👧 and flags 🇺🇸🇫🇷 done")
    let tokens = Tokenizer.tokenize("héllo wörld")
    #expect(tokens.map(\.start) == [0, 7])
    #expect(tokens.map(\.end) == [6, 13])
  }

  @Test func oddUnicodeNeverTraps() {
    let inputs = [
      "", " ", "\n\t", "\u{301}", " \u{301}\u{302}x", "e\u{301}\u{301}\u{301}", "\u{200D}",
      "\u{FE0F}", "👍🏽👍🏽", "👨‍👩‍👧‍👦", "🇺", "\u{E0067}", "n't", "'", "''", "'s", "n'",
      "-", "--x--", "...", "a.", ".a", "a.b.", "U.S", "1,", ",1", "1.", "@", "x@", "http://",
      "www.", "\u{0}", "\u{FFFF}", "\u{10FFFF}", "\u{202E}abc", "日本語のテキスト。", "مرحبا بالعالم",
      String(repeating: "a-", count: 500), String(repeating: "'", count: 100),
    ]
    for input in inputs {
      expectRoundTrip(input)
      let tokens = Tokenizer.tokenize(input)
      #expect(tokens.allSatisfy { !$0.text.isEmpty })
    }
    #expect(Tokenizer.tokenize("").isEmpty)
    #expect(words("\u{301}") == ["\u{301}"])
    #expect(words("👍🏽!") == ["👍🏽", "!"])
    #expect(words("👨‍👩‍👧 ok") == ["👨‍👩‍👧", "ok"])
  }
}
