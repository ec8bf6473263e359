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
    text.utf8.withContiguousStorageIfAvailable(normalize)
      ?? Array(text.utf8).withUnsafeBufferPointer(normalize)
  }

  /// `normalize` over the UTF-8 bytes of a text, decoding only what is not ASCII.
  private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 16)
    var spaceAfterDash = false
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      var scalar = UInt32(length == 1 ? lead : lead & (0x7F >> length))
      for offset in 1..<length where index + offset < bytes.count {
        scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F)
      }
      defer { index += length }
      if spaceAfterDash {
        spaceAfterDash = false
        if scalar != 0x20, scalar != 0x0A { out.append(0x20) }
      }
      switch scalar {
      case 0x2014:
        if let last = out.last, last != 0x20, last != 0x0A { out.append(0x20) }
        out.append(0x2D)
        spaceAfterDash = true
      case 0x2018, 0x2019, 0x201A, 0x2032: out.append(0x27)
      case 0x201C, 0x201D, 0x201E, 0x2033: out.append(0x22)
      case 0x2013, 0x2212, 0x2010, 0x2011: out.append(0x2D)
      case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x09: out.append(0x20)
      case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x0D: continue
      case 0x2026: out.append(contentsOf: [0x2E, 0x2E, 0x2E])
      default: out.append(contentsOf: bytes[index..<min(index + length, bytes.count)])
      }
    }
    return String(decoding: out, as: UTF8.self)
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
    // Byte by byte: every byte the rules look at is ASCII, and no byte of a longer character
    // is mistaken for one.
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x0A {
        pendingSpace = !out.isEmpty
        continue
      }
      let closing =
        byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x29
        || byte == 0x21 || byte == 0x3F
      if pendingSpace, !closing, out.last != 0x28 { out.append(0x20) }
      pendingSpace = false
      if byte == 0x29, out.last == 0x28 {
        out.removeLast()
        while out.last == 0x20 { out.removeLast() }
        continue
      }
      out.append(byte)
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func scalarString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for scalar in scalars {
      if scalar.value < 0x80 {
        bytes.append(UInt8(scalar.value))
      } else {
        UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
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
    // Nearly always nothing to trim: an ASCII first and last byte that is no space means an
    // untrimmable first and last character (no character ending in such a byte starts with
    // a space, and one starting with it is no space).
    let bytes = Substring(self).utf8
    if let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80,
      first != 0x20, first &- 0x09 > 4, last != 0x20, last &- 0x09 > 4
    {
      return String(self)
    }
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}

extension Unicode.Scalar {
  // ASCII answered without the Unicode property tables: White_Space is tab to carriage
  // return and space, Alphabetic the 52 letters, a numeric type only the ten digits.
  fileprivate var isWhitespace: Bool {
    value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
  }
  fileprivate var isLetter: Bool {
    value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
  }
  fileprivate var isNumber: Bool {
    value < 0x80 ? value &- 0x30 < 10 : properties.numericType != nil
  }
}
