/// One piece of an article as read: a heading, a paragraph or a bullet.
public struct ArticleBlock: Hashable, Sendable {
  /// What sort of block this is.
  public enum Kind: Hashable, Sendable {
    /// A heading; level 1 is the article's title, 2 a section, 3 a subsection.
    case heading(level: Int)
    /// A paragraph of prose.
    case paragraph
    /// A list item; depth 0 is the outermost list.
    case bullet(depth: Int)
  }

  /// What sort of block this is.
  public var kind: Kind
  /// The text without markup.
  public var text: String
  /// Phrases that were set in bold, in order.
  public var bold: [String]
  /// The 1-based line of the article the block starts on.
  public var line: Int
  /// True for an entry of a glossary (a "Term | Meaning" table row or a definition list
  /// item): its description defines its term whatever its wording.
  public var isGlossaryEntry = false

  /// Makes a block.
  public init(kind: Kind, text: String, bold: [String] = [], line: Int) {
    self.kind = kind
    self.text = text
    self.bold = bold
    self.line = line
  }

  /// The heading level, or nil for paragraphs and bullets.
  public var headingLevel: Int? {
    if case .heading(let level) = kind { return level }
    return nil
  }

  /// The bullet depth, or nil for headings and paragraphs.
  public var bulletDepth: Int? {
    if case .bullet(let depth) = kind { return depth }
    return nil
  }
}

/// An article read into blocks, with its title.
public struct Article: Hashable, Sendable {
  /// The first heading or title line, if there is one.
  public var title: String?
  /// Headings, paragraphs and bullets in reading order, debris removed.
  public var blocks: [ArticleBlock]
}
