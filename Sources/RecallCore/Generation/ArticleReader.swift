import Foundation

/// Reads plain text or Markdown into headings, paragraphs and bullets, dropping what is not
/// the article: navigation, references, disclaimers, tag lines, tables and code.
public struct ArticleReader: Sendable {
  /// Makes a reader.
  public init() {}

  /// The article's blocks, in order, with line numbers and bold phrases.
  public func read(_ text: String) -> Article {
    let lines = Self.lines(of: InlineMarkup.normalize(ArticleControls.dropped(from: text)))
    let markdown = lines.contains { isMarkdownHeading($0) }
    var scan = Scan(markdown: markdown)
    scan.skipPreamble(lines)
    for (index, line) in lines.enumerated() where index >= scan.start {
      scan.take(line, number: index + 1)
    }
    scan.flush()
    // Inline markup is stripped from every block on every core, then kept in order.
    let raw = scan.blocks
    let slots = ResultSlots<ArticleBlock>(count: raw.count)
    DispatchQueue.concurrentPerform(iterations: raw.count) { index in
      var block = raw[index]
      let inline = InlineMarkup.strip(Substring(block.text))
      guard inline.text.contains(where: { $0.isLetter }) else { return }
      block.text = inline.text
      block.bold = inline.bold
      slots.set(index, block)
    }
    var blocks = dropFurniture(slots.values.compactMap { $0 })
    let title = blocks.first { $0.headingLevel != nil }?.text
    if !markdown { blocks = levelPlainHeadings(blocks) }
    return Article(title: title, blocks: blocks)
  }

  /// The lines of `text`, as `split(separator: "\n", omittingEmptySubsequences: false)` gives
  /// them, found by byte: after `InlineMarkup.normalize` there is no "\r", so every "\n" is a
  /// character of its own.
  private static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      let next = utf8.index(after: index)
      if utf8[index] == 0x0A {
        lines.append(text[start..<index])
        start = next
      }
      index = next
    }
    lines.append(text[start..<utf8.endIndex])
    return lines
  }

  /// Drops reference, disclaimer and tag sections and disclaimer paragraphs.
  private func dropFurniture(_ blocks: [ArticleBlock]) -> [ArticleBlock] {
    var kept: [ArticleBlock] = []
    var droppingBelow: Int?
    for block in blocks {
      if let level = block.headingLevel {
        if let limit = droppingBelow, level > limit { continue }
        droppingBelow = PageDebris.isDroppedSection(block.text) ? level : nil
        if droppingBelow != nil { continue }
      } else if droppingBelow != nil || PageDebris.isDisclaimer(block.text) {
        continue
      }
      kept.append(block)
    }
    return kept
  }

  /// Gives plain-text headings levels: the first is the title, a heading named in its
  /// section's opening paragraph is a subsection, the others are sections.
  private func levelPlainHeadings(_ blocks: [ArticleBlock]) -> [ArticleBlock] {
    var result = blocks
    var seenTitle = false
    var intro: String?
    var expectIntro = false
    for index in result.indices {
      guard result[index].headingLevel != nil else {
        if expectIntro {
          intro = result[index].text.lowercased()
          expectIntro = false
        }
        continue
      }
      if !seenTitle {
        seenTitle = true
        result[index].kind = .heading(level: 1)
        continue
      }
      let name = result[index].text.lowercased()
      if let intro, intro.contains(name) {
        result[index].kind = .heading(level: 3)
      } else {
        result[index].kind = .heading(level: 2)
        intro = nil
        expectIntro = true
      }
    }
    return result
  }

  private func isMarkdownHeading(_ line: Substring) -> Bool {
    let hashes = line.prefix { $0 == "#" }.count
    return (1...6).contains(hashes) && line.dropFirst(hashes).first == " "
  }
}

/// The line-by-line state of reading an article.
private struct Scan {
  let markdown: Bool
  var start = 0
  var blocks: [ArticleBlock] = []
  private var paragraph: [Substring] = []
  private var paragraphLine = 0
  private var bullet: (indent: Int, text: [Substring], line: Int)?
  private var bulletIndents: [Int] = []
  private var fence: Substring?
  private var blankBefore = true
  /// Inside a table whose header is "Term | Meaning" (a glossary), whose rows define terms.
  private var glossaryTable = false
  /// Inside any table.
  private var inTable = false

  init(markdown: Bool) { self.markdown = markdown }

  /// Skips a run of short lines at the very top, the menu of a copied page.
  mutating func skipPreamble(_ lines: [Substring]) {
    var count = 0
    while count < lines.count, !lines[count].allSatisfy(\.isWhitespace) {
      let line = String(lines[count]).trimmingSpaces
      let short = line.split(separator: " ").count <= 8 && !line.hasSuffix(".")
      guard short, !line.hasPrefix("#") else { return }
      count += 1
    }
    if count >= 2 { start = count }
  }

  mutating func take(_ line: Substring, number: Int) {
    let trimmed = String(line).trimmingSpaces
    if let open = fence {
      if trimmed.hasPrefix(open) { fence = nil }
      return
    }
    if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
      flush()
      fence = trimmed.hasPrefix("```") ? "```" : "~~~"
      return
    }
    if trimmed.isEmpty {
      flush()
      blankBefore = true
      inTable = false
      glossaryTable = false
      return
    }
    defer { blankBefore = false }
    let indent = line.prefix { $0 == " " }.count
    if isTableRow(trimmed) {
      flush()
      tableRow(trimmed, number: number)
      return
    }
    inTable = false
    glossaryTable = false
    if PageDebris.isNavigation(trimmed) || PageDebris.isReference(trimmed) {
      flush()
      return
    }
    // A Markdown definition list: "Working tree" then ": the files you can see …".
    if trimmed.hasPrefix(": "), bullet == nil, paragraph.count == 1,
      paragraph[0].split(separator: " ").count <= 5, !paragraph[0].hasSuffix(".")
    {
      let term = paragraph[0]
      paragraph = []
      append(.bullet(depth: 0), "**\(term):** " + trimmed.dropFirst(2), number - 1)
      blocks[blocks.count - 1].isGlossaryEntry = true
      return
    }
    if markdown, indent >= 4, bullet == nil, paragraph.isEmpty, blankBefore { return }
    // An encyclopedia's section heading ends with its "[edit]" link.
    if trimmed.hasSuffix("[edit]"), trimmed.count < 90 {
      flush()
      append(.heading(level: 2), trimmed.dropLast(6), number)
      return
    }
    if let heading = markdownHeading(trimmed) {
      flush()
      append(.heading(level: heading.level), heading.text, number)
      return
    }
    if isRule(trimmed) {
      if trimmed.first != "*", paragraph.count == 1, bullet == nil {
        let text = paragraph[0]
        paragraph = []
        append(.heading(level: trimmed.first == "=" ? 1 : 2), text, paragraphLine)
      } else {
        flush()
      }
      return
    }
    if let item = bulletItem(line) {
      flush()
      bullet = (item.indent, [item.text], number)
      return
    }
    let content = trimmed.hasPrefix(">") ? Substring(trimmed.dropFirst()) : Substring(trimmed)
    if bullet != nil, !blankBefore || indent >= 2 {
      bullet?.text.append(content)
      return
    }
    if bullet != nil { flush() }
    if paragraph.isEmpty { paragraphLine = number }
    paragraph.append(content)
  }

  mutating func flush() {
    if let item = bullet {
      while let last = bulletIndents.last, last > item.indent { bulletIndents.removeLast() }
      if bulletIndents.last != item.indent { bulletIndents.append(item.indent) }
      append(.bullet(depth: bulletIndents.count - 1), item.text.joined(separator: " "), item.line)
      bullet = nil
    }
    guard !paragraph.isEmpty else { return }
    bulletIndents = []
    // Copied web pages often put a heading straight above its paragraph: "The Basics" then
    // "The immune system is …" with no blank line between.
    if paragraph.count >= 2, isPlainHeading([paragraph[0]]), isTitleCase(paragraph[0]),
      paragraph[1].first?.isUppercase == true
    {
      append(.heading(level: 2), paragraph[0], paragraphLine)
      paragraph.removeFirst()
      paragraphLine += 1
    }
    let text = paragraph.joined(separator: " ")
    append(isPlainHeading(paragraph) ? .heading(level: 2) : .paragraph, text, paragraphLine)
    paragraph = []
  }

  /// Adds a block with its text still marked up; `read` strips the markup from all blocks at
  /// once and drops those with no letters.
  private mutating func append(_ kind: ArticleBlock.Kind, _ raw: some StringProtocol, _ line: Int) {
    guard raw.contains(where: { $0.isLetter }) else { return }
    if case .heading = kind { bulletIndents = [] }
    blocks.append(ArticleBlock(kind: kind, text: String(raw), line: line))
  }

  /// A lone short line without closing punctuation, in a text with no Markdown headings.
  private func isPlainHeading(_ lines: [Substring]) -> Bool {
    guard !markdown, lines.count == 1 else { return false }
    let text = String(lines[0]).trimmingSpaces
    guard let first = text.first, first.isUppercase || first.isNumber else { return false }
    guard let last = text.last, !".,;:".contains(last), !text.containsASCII(". ") else {
      return false
    }
    return text.count <= 80 && text.split(separator: " ").count <= 10
  }

  /// Every word capitalised but the short ones ("Two Lines of Defence"), as headings are.
  private func isTitleCase(_ line: Substring) -> Bool {
    let minor: Set<Substring> = [
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with",
      "vs", "from", "into", "as",
    ]
    let words = line.split(separator: " ")
    guard words.count <= 8 else { return false }
    return words.allSatisfy { word in
      minor.contains(word) || word.first?.isUppercase == true || word.first?.isNumber == true
    }
  }

  private func markdownHeading(_ line: String) -> (level: Int, text: Substring)? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    var text = line.dropFirst(hashes)
    while let last = text.last, last == "#" || last == " " { text.removeLast() }
    return (hashes, text)
  }

  private func bulletItem(_ line: Substring) -> (indent: Int, text: Substring)? {
    let indent = line.prefix { $0 == " " }.count
    let rest = line.dropFirst(indent)
    guard let marker = rest.first else { return nil }
    if "-*+•·▪◦‣".contains(marker), rest.dropFirst().first == " " {
      return (indent, rest.dropFirst(2))
    }
    let digits = rest.prefix { $0.isNumber }
    if !digits.isEmpty, digits.count <= 3 {
      let after = rest.dropFirst(digits.count)
      if let dot = after.first, dot == "." || dot == ")", after.dropFirst().first == " " {
        return (indent, after.dropFirst(2))
      }
    }
    return nil
  }

  private func isRule(_ line: String) -> Bool {
    guard let first = line.first, "=-*_".contains(first), line.count >= 3 else { return false }
    return line.allSatisfy { $0 == first || $0 == " " }
  }

  /// A table row: a glossary's rows ("| Push | Upload your commits … |") become definition
  /// items; other tables are dropped.
  private mutating func tableRow(_ line: String, number: Int) {
    let cells = line.split(separator: "|", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .dropFirst(line.hasPrefix("|") ? 1 : 0)
    let values = Array(cells.prefix(line.hasSuffix("|") ? cells.count - 1 : cells.count))
    defer { inTable = true }
    guard inTable else {
      let header = values.map { $0.lowercased() }
      glossaryTable =
        header.count == 2 && ["term", "word", "concept", "name"].contains(header[0])
        && ["meaning", "definition", "description", "what it means", "explanation"].contains(
          header[1])
      return
    }
    guard glossaryTable, values.count == 2, !values[0].allSatisfy({ "-: ".contains($0) }),
      !values[0].isEmpty, !values[1].isEmpty
    else { return }
    append(.bullet(depth: 0), "**\(values[0]):** " + values[1], number)
    blocks[blocks.count - 1].isGlossaryEntry = true
  }

  private func isTableRow(_ line: String) -> Bool {
    if line.hasPrefix("|") { return true }
    guard line.utf8.contains(0x7C) else { return false }
    return line.filter { $0 == "|" }.count >= 2
  }
}
