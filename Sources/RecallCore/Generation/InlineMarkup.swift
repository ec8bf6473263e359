/// Plain text of one line of an article, with the phrases that were set in bold.
struct InlineText: Hashable, Sendable {
  /// The text without markup, citation marks, links targets, URLs or code.
  var text: String
  /// Phrases that were `**bold**` or `__bold__`, or set in italics, in order, without their
  /// markers: the words a writer stresses, often the term being defined.
  var bold: [String]
}

/// Strips inline Markdown and web-page debris from text.
enum InlineMarkup {
  /// Replaces typographic characters with their plain ASCII forms: curly quotes, dashes,
  /// non-breaking and zero-width spaces. An em dash sets off an aside, so it stands between
  /// spaces ("oxygen—anaerobic organisms—were" → "oxygen - anaerobic organisms - were"),
  /// never joins two words into one.
  static func normalize(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.reserveCapacity(text.unicodeScalars.count)
    var spaceAfterDash = false
    for scalar in text.unicodeScalars {
      if spaceAfterDash {
        spaceAfterDash = false
        if scalar != " ", scalar != "\n" { out.append(" ") }
      }
      if scalar == "\u{2014}" {
        if let last = out.last, last != " ", last != "\n" { out.append(" ") }
        out.append("-")
        spaceAfterDash = true
        continue
      }
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": out.append("'")
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": out.append("\"")
      case "\u{2013}", "\u{2014}", "\u{2212}", "\u{2010}", "\u{2011}": out.append("-")
      case "\u{00A0}", "\u{202F}", "\u{2007}", "\u{2009}", "\u{200A}", "\t": out.append(" ")
      case "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\r": continue
      case "\u{2026}": out.append(contentsOf: "...".unicodeScalars)
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Strips bold, italics, links (keeping their text), images, URLs, inline code, HTML tags
  /// and citation marks like `[4]`, recording the bold phrases.
  static func strip(_ line: Substring) -> InlineText {
    let chars = Array(line.unicodeScalars)
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(chars.count)
    var bold: [String] = []
    var boldStart: Int?
    var italicStart: Int?
    var index = 0
    while index < chars.count {
      let char = chars[index]
      let next: Unicode.Scalar? = index + 1 < chars.count ? chars[index + 1] : nil
      if char == "!", next == "[", let end = linkEnd(chars, from: index + 1) {
        index = end.after
        continue
      }
      if char == "[" {
        if let end = wikiMarkEnd(chars, from: index) ?? citationEnd(chars, from: index) {
          index = end
          continue
        }
        if let end = linkEnd(chars, from: index) {
          out.append(contentsOf: chars[(index + 1)..<end.textEnd])
          index = end.after
          continue
        }
      }
      if isURLStart(chars, at: index) {
        while index < chars.count, !chars[index].isWhitespace { index += 1 }
        continue
      }
      // Inline mathematics ("$\\bar{x}$") is no prose: dropped, but a plain symbol ("$n$")
      // keeps its letters so "of size $n$" stays a phrase.
      if char == "$", let next, next != " ", !next.isNumber {
        var end = index + 1
        while end < chars.count, end - index < 80, chars[end] != "$" { end += 1 }
        if end < chars.count {
          let inside = chars[(index + 1)..<end]
          if inside.count <= 3,
            inside.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) })
          {
            out.append(contentsOf: inside)
          }
          index = end + 1
          continue
        }
      }
      if char == "`" {
        // Inline code keeps its text: "The `HEAD` is a pointer …" must not lose its subject.
        var end = index + 1
        while end < chars.count, chars[end] != "`" { end += 1 }
        if end < chars.count { out.append(contentsOf: chars[(index + 1)..<end]) }
        index = min(end + 1, chars.count)
        continue
      }
      if char == "<", let next, next.isLetter || next == "/" {
        var end = index + 1
        while end < chars.count, end - index < 200, chars[end] != ">" { end += 1 }
        if end < chars.count, chars[end] == ">" {
          index = end + 1
          continue
        }
      }
      if (char == "*" && next == "*") || (char == "_" && next == "_" && isBoundary(chars, index)) {
        if let start = boldStart {
          let phrase = scalarString(out[start...]).trimmingSpaces
          if !phrase.isEmpty { bold.append(phrase) }
          boldStart = nil
        } else {
          boldStart = out.count
        }
        index += 2
        continue
      }
      if char == "*" || (char == "_" && isBoundary(chars, index)) {
        let before = index > 0 ? chars[index - 1] : " "
        let after = next ?? " "
        if !(before.isWhitespace && after.isWhitespace) {
          // Textbooks set a term in italics where they define it: "*Thylakoids* are …".
          if let start = italicStart {
            let phrase = scalarString(out[start...]).trimmingSpaces
            let words = phrase.split(separator: " ")
            if (1...5).contains(words.count), phrase.contains(where: \.isLetter),
              !(words.count == 1 && Lexicon.plainEmphasis.contains(phrase.lowercased()))
            {
              bold.append(phrase)
            }
            italicStart = nil
          } else {
            italicStart = out.count
          }
          index += 1
          continue
        }
      }
      out.append(char)
      index += 1
    }
    return InlineText(text: tidy(scalarString(out[...])), bold: bold.map(tidy))
  }

  /// Collapses runs of spaces and removes spaces left before punctuation.
  static func tidy(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for char in text.unicodeScalars {
      if char == " " || char == "\n" {
        pendingSpace = !out.isEmpty
        continue
      }
      let closing =
        char == "." || char == "," || char == ";" || char == ":" || char == ")"
        || char == "!" || char == "?"
      if pendingSpace, !closing, out.last != "(" { out.append(" ") }
      pendingSpace = false
      if char == ")", out.last == "(" {
        out.removeLast()
        while out.last == " " { out.removeLast() }
        continue
      }
      out.append(char)
    }
    return String(out)
  }

  private static func scalarString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  private static func lowerASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    (65...90).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
  }

  /// Marks an encyclopedia leaves in copied text: `[edit]`, `[citation needed]`, `[note 2]`.
  private static func wikiMarkEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    var inside = String.UnicodeScalarView()
    while index < chars.count, index - start < 30, chars[index] != "]" {
      inside.append(lowerASCII(chars[index]))
      index += 1
    }
    guard index < chars.count, chars[index] == "]" else { return nil }
    let text = String(inside)
    let marks = [
      "edit", "citation needed", "clarification needed", "when?", "who?", "dubious", "sic",
      "according to whom?", "better source needed", "verification needed",
    ]
    guard marks.contains(text) || text.hasPrefix("note ") || text.hasPrefix("nb ") else {
      return nil
    }
    return index + 1
  }

  private static func citationEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    var sawDigit = false
    while index < chars.count, index - start < 40 {
      let char = chars[index]
      if char == "]" {
        guard sawDigit || chars[start + 1] == "^" else { return nil }
        return index + 1
      }
      if char.isNumber {
        sawDigit = true
      } else if !(char == "," || char == "-" || char == " " || char == "^"
        || (chars[start + 1] == "^" && char.isLetter))
      {
        return nil
      }
      index += 1
    }
    return nil
  }

  private static func linkEnd(_ chars: [Unicode.Scalar], from start: Int) -> (
    textEnd: Int, after: Int
  )? {
    var index = start + 1
    while index < chars.count, chars[index] != "]" {
      if chars[index] == "[" { return nil }
      index += 1
    }
    guard index + 1 < chars.count, chars[index + 1] == "(" else { return nil }
    var depth = 0
    var end = index + 1
    while end < chars.count {
      if chars[end] == "(" { depth += 1 }
      if chars[end] == ")" {
        depth -= 1
        if depth == 0 { return (index, end + 1) }
      }
      end += 1
    }
    return nil
  }

  private static func isURLStart(_ chars: [Unicode.Scalar], at index: Int) -> Bool {
    let char = chars[index]
    guard char == "h" || char == "H" || char == "w" || char == "W" else { return false }
    guard index == 0 || chars[index - 1].isWhitespace || chars[index - 1] == "(" else {
      return false
    }
    for prefix in ["https://", "http://", "www."] {
      let scalars = Array(prefix.unicodeScalars)
      guard index + scalars.count <= chars.count else { continue }
      var matches = true
      for offset in scalars.indices where lowerASCII(chars[index + offset]) != scalars[offset] {
        matches = false
        break
      }
      if matches { return true }
    }
    return false
  }

  private static func isBoundary(_ chars: [Unicode.Scalar], _ index: Int) -> Bool {
    let before = index > 0 ? chars[index - 1] : " "
    let afterIndex =
      chars[index] == "_" && index + 1 < chars.count && chars[index + 1] == "_"
      ? index + 2 : index + 1
    let after = afterIndex < chars.count ? chars[afterIndex] : " "
    return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces and newlines.
  var trimmingSpaces: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}

extension Unicode.Scalar {
  fileprivate var isWhitespace: Bool { properties.isWhitespace }
  fileprivate var isLetter: Bool { properties.isAlphabetic }
  fileprivate var isNumber: Bool { properties.numericType != nil }
}
