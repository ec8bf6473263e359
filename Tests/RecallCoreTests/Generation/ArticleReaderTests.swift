import Testing

@testable import RecallCore

@Suite struct ArticleReaderTests {
  private func read(_ text: String) -> Article { ArticleReader().read(text) }
}

// MARK: - Markdown

extension ArticleReaderTests {
  @Test func markdownGivesHeadingsParagraphsAndNestedBullets() {
    let article = read(
      """
      # Title

      ## Section

      Some *italic* text with a [link](https://example.com/a) and ![an image](pic.png).

      - outer
        * inner with **bold**
          + innermost
      - second outer
      """)
    #expect(article.title == "Title")
    let kinds = article.blocks.map(\.kind)
    #expect(
      kinds == [
        .heading(level: 1), .heading(level: 2), .paragraph, .bullet(depth: 0), .bullet(depth: 1),
        .bullet(depth: 2), .bullet(depth: 0),
      ])
    #expect(article.blocks[2].text == "Some italic text with a link and.")
    #expect(article.blocks[4].text == "inner with bold")
    #expect(article.blocks[4].bold == ["bold"])
    #expect(article.blocks.map(\.line) == [1, 3, 5, 7, 8, 9, 10])
  }

  @Test func codeBlocksAndTablesAreDropped() {
    let article = read(
      """
      # T

      ```swift
      let cell = "a cell is code"
      ```

      | Pigment | Colour |
      |---------|--------|
      | Carotene | orange |

      | Term | Meaning |
      |------|---------|
      | Cell | a unit  |

      Working tree
      : the files you can see and edit.

      Prose with `inline code` stays.
      """)
    // A glossary table and a definition list become definition items; other tables go.
    #expect(
      article.blocks.map(\.text) == [
        "T", "Cell: a unit", "Working tree: the files you can see and edit.",
        "Prose with inline code stays.",
      ])
  }

  @Test func typographyIsNormalised() {
    let article = read(
      "# T\n\n\u{201C}Cells\u{201D} aren\u{2019}t 1990\u{2013}2000\u{00A0}cells \u{2014} ok.\n")
    #expect(article.blocks.last?.text == "\"Cells\" aren't 1990-2000 cells - ok.")
  }
}

// MARK: - Copied web pages

extension ArticleReaderTests {
  @Test func navigationReferencesAndDisclaimersAreDropped() throws {
    let article = read(try GenerationFixtures.text("regenerative-medicine"))
    let texts = article.blocks.map(\.text)
    #expect(article.title == "What Is Regenerative Medicine?")
    #expect(!texts.contains { $0.contains("Skip to main content") || $0 == "INVAMED" })
    #expect(!texts.contains { $0.contains("HomeINVAblog") || $0.contains("| INVAMED") })
    #expect(!texts.contains { $0.contains("informational purposes") || $0 == "Disclaimer" })
    #expect(!texts.contains { $0.contains("Available at") || $0 == "References" })
    #expect(!texts.contains { $0.contains("regenerative-medicineinvamed") })
    #expect(!texts.contains { $0.contains("[4]") || $0.contains("http") })
  }

  @Test func plainTextHeadingsGetLevelsFromTheSectionIntro() throws {
    let article = read(try GenerationFixtures.text("regenerative-medicine"))
    let headings = article.blocks.compactMap { block in
      block.headingLevel.map { ($0, block.text) }
    }
    #expect(headings.first { $0.1 == "Core Principles of Regenerative Medicine" }?.0 == 2)
    #expect(headings.first { $0.1 == "Stem Cell Technology" }?.0 == 3)
    #expect(headings.first { $0.1 == "Gene Therapy" }?.0 == 3)
    #expect(headings.first { $0.1 == "Key Applications and Therapeutic Areas" }?.0 == 2)
  }

  @Test func bulletsKeepTheirBoldAndLineNumbers() throws {
    let article = read(try GenerationFixtures.text("regenerative-medicine"))
    let escs = try #require(article.blocks.first { $0.text.hasPrefix("Embryonic Stem Cells") })
    #expect(escs.kind == .bullet(depth: 0))
    #expect(escs.bold == ["Embryonic Stem Cells (ESCs):"])
    #expect(escs.line == 23)
    #expect(
      escs.text.hasSuffix(
        "that form the entire organism. While offering immense therapeutic potential, their use often involves significant ethical considerations and challenges related to immune rejection."
      ))
  }

  @Test func anEncyclopediaSectionHeadingEndsWithItsEditLink() {
    let article = read(
      """
      Volcano

      A volcano is a rupture in the crust of a planet.[1]

      Formation[edit]
      Most volcanoes form where tectonic plates meet.[citation needed]
      """)
    #expect(
      article.blocks.map(\.text) == [
        "Volcano", "A volcano is a rupture in the crust of a planet.", "Formation",
        "Most volcanoes form where tectonic plates meet.",
      ])
    #expect(article.blocks[2].headingLevel != nil)
  }
}

/// Terminal escapes in an article never reach cards or card ids.
@Suite struct ArticleControlTests {
  @Test func escapesAreDroppedBeforeCardsAreMade() throws {
    let text = """
      # Machines\u{1B}]0;pwned\u{07}

      A \u{1B}[31mwidget\u{1B}[0m is a small mechanical device that performs one function.
      A gadget is a small tool\u{9B}2J that has a particular use.\u{7F}
      """
    let result = try Generator().generate(text: text)
    #expect(!result.deck.cards.isEmpty)
    let everything =
      result.deck.cards.map { "\($0.id) \($0.front) \($0.back)" }.joined()
      + result.deck.title
    #expect(
      !everything.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(!everything.contains("31m"))
    #expect(!everything.contains("pwned"))
    #expect(result.deck.cards.contains { $0.id.hasSuffix(":widget") })
  }
}
