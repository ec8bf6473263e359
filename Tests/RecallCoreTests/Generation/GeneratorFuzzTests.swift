import Testing

@testable import RecallCore

/// Articles broken in the ways copied text breaks (stray brackets, dashes, markup, half
/// sentences) must never crash the generator, and any deck it makes must be usable.
@Suite struct GeneratorFuzzTests {
  private static let pieces = [
    "(", ")", "(a ", "[edit]", "[1]", "**", "*", "_", "`", "$", "|", "| Term | Meaning |\n", "- ",
    ": ", " = ", " -> ", "; ", ", which is a ", " is called ", " is known as ", "\n", "\n\n",
    "# ", "  • ", "It's ", "so-called ", ", i.e. ", ", short for ", " - ", "é", "🙂", "\u{00A0}",
    "What is a ", "?", ", and these", ", while ", "Tip: ", "The term ", " describes ",
  ]

  @Test func brokenArticlesNeverCrashAndMakeUsableCards() throws {
    var random = SeededGenerator(seed: 2026)
    let texts = try GenerationFixtures.articles.map(GenerationFixtures.text)
    var decks = 0
    for _ in 0..<200 {
      guard let source = texts.randomElement(using: &random) else { continue }
      var characters = Array(source)
      let start = Int.random(in: 0..<max(1, characters.count - 3000), using: &random)
      characters = Array(characters[start..<min(characters.count, start + 3000)])
      for _ in 0..<25 where !characters.isEmpty {
        let at = Int.random(in: 0...characters.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
          let piece = Self.pieces.randomElement(using: &random) ?? ""
          characters.insert(contentsOf: piece, at: at)
        case 1:
          let end = min(characters.count, at + Int.random(in: 1...40, using: &random))
          if at < end { characters.removeSubrange(at..<end) }
        default:
          if at < characters.count {
            characters.swapAt(at, Int.random(in: 0..<characters.count, using: &random))
          }
        }
      }
      guard let result = try? Generator().generate(text: String(characters)) else { continue }
      decks += 1
      for card in result.deck.cards {
        #expect(!card.front.trimmingCharacters(in: .whitespaces).isEmpty, "\(card.id)")
        #expect(!card.back.trimmingCharacters(in: .whitespaces).isEmpty, "\(card.id)")
        #expect(!card.id.isEmpty)
      }
    }
    // Most broken articles still yield a deck: the finder degrades, it does not give up.
    #expect(decks > 100)
  }

  /// A sentence from a real textbook (DEFT): "The term" with no term before the verb.
  @Test func theTermWithNoTermBeforeItsVerbDoesNotCrash() {
    _ = try? Generator().generate(
      text: "The term refers to a group of organisms that live in the same area.")
  }
}
