/// Recognises the parts of a copied web page that are not the article: navigation,
/// reference lists, disclaimers and tag lines.
enum PageDebris {
  private static let navigationLines: Set<String> = [
    "skip to main content", "skip to content", "skip to navigation", "back to top", "menu",
    "home", "share", "print", "log in", "login", "sign in", "sign up", "subscribe", "search",
    "accept all cookies", "accept cookies", "read more", "advertisement", "table of contents",
    "contents", "next", "previous", "related articles", "related posts", "share this article",
    "share this post", "follow us", "newsletter", "close", "toggle navigation",
  ]

  private static let droppedSections: Set<String> = [
    "references", "reference", "sources", "bibliography", "works cited", "citations",
    "footnotes", "further reading", "see also", "external links", "disclaimer",
    "medical disclaimer", "related articles", "related posts", "share this article", "tags",
    "about the author", "comments", "leave a comment", "leave a reply",
  ]

  private static let disclaimerPhrases = [
    "does not constitute medical advice", "for informational purposes only",
    "not intended as medical advice", "consult with a qualified", "consult your doctor",
    "all rights reserved", "cookies to improve", "this post may contain affiliate",
  ]

  /// True for a heading whose whole section is page furniture: references, disclaimers, tags.
  static func isDroppedSection(_ heading: String) -> Bool {
    var key = heading.lowercasedText().trimmingSpaces
    while let last = key.last, last == ":" || last == "." { key.removeLast() }
    return droppedSections.contains(key)
  }

  /// True for a paragraph that is a legal or medical disclaimer.
  static func isDisclaimer(_ text: String) -> Bool {
    let lower = text.lowercasedText()
    if lower.hasPrefix("disclaimer") { return true }
    return disclaimerPhrases.contains { lower.containsASCII($0) }
  }

  /// True for an entry of a references list: `[4] Title …`, `4. Author (2020) …`, `^ …`.
  static func isReference(_ line: String) -> Bool {
    let trimmed = line.trimmingSpaces
    if trimmed.hasPrefix("^ ") { return true }
    guard trimmed.hasPrefix("[") else { return false }
    let inside = trimmed.dropFirst().prefix { $0 != "]" }
    return !inside.isEmpty && inside.allSatisfy { $0.isNumber }
  }

  /// True for a line of site navigation, a page-title line, a date line or a tag line.
  static func isNavigation(_ line: String) -> Bool {
    let trimmed = line.trimmingSpaces
    let lower = trimmed.lowercasedText()
    if navigationLines.contains(lower) || lower.hasPrefix("skip to ") { return true }
    // An encyclopedia page's furniture: "From Openpedia, the free encyclopedia", "Jump to
    // navigation", "This article is about …. For other uses, see …".
    if lower.hasSuffix("the free encyclopedia") || lower.hasPrefix("jump to ")
      || (lower.hasPrefix("this article is about ") && lower.containsASCII("other uses"))
      || lower.hasPrefix("for other uses, see ") || lower.hasPrefix("categories:")
      || lower.hasPrefix("category:") || lower.hasPrefix("retrieved from ")
    {
      return true
    }
    if lower.hasPrefix("tags:") || lower.hasPrefix("tagged:") || lower.hasPrefix("categories:")
      || lower.hasPrefix("posted in") || lower.hasPrefix("filed under")
    {
      return true
    }
    if trimmed.utf8.count > 160 { return false }
    let endsSentence = trimmed.hasSuffix(".") || trimmed.hasSuffix("!")
    if !trimmed.containsASCII(" "), trimmed.count >= 15, trimmed.containsASCII("-"),
      trimmed == lower
    {
      return true
    }
    // Most lines end a sentence: their words need no counting.
    guard !endsSentence, wordCount(trimmed) <= 12 else { return false }
    return trimmed.containsASCII(" | ") || hasGluedWords(trimmed)
  }

  /// `text.split(separator: " ").count`, counted by byte when the text is ASCII.
  private static func wordCount(_ text: String) -> Int {
    guard text.isAllASCII else { return text.split(separator: " ").count }
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  /// True when words run together the way a copied menu does: `HomeBlogWhat Is…`.
  private static func hasGluedWords(_ text: String) -> Bool {
    if text.isAllASCII {
      // One character a byte, and only A-Z upper case, a-z lower case, 0-9 numbers.
      let bytes = Array(text.utf8)
      var lowerRun = 0
      for index in bytes.indices {
        let byte = bytes[index]
        let afterDigits =
          index >= 2 && bytes[index - 1] &- 0x30 < 10 && bytes[index - 2] &- 0x30 < 10
        if byte &- 0x41 < 26, lowerRun >= 3 || afterDigits { return true }
        lowerRun = byte &- 0x61 < 26 ? lowerRun + 1 : 0
      }
      return false
    }
    let chars = Array(text)
    var lowerRun = 0
    for index in chars.indices {
      let char = chars[index]
      let afterDigits = index >= 2 && chars[index - 1].isNumber && chars[index - 2].isNumber
      if char.isUppercase, lowerRun >= 3 || afterDigits { return true }
      lowerRun = char.isLowercase ? lowerRun + 1 : 0
    }
    return false
  }
}
