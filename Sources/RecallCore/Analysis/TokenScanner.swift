/// Finds tokens one after another in UTF-8 bytes (the rules are described on `Tokenizer`).
struct TokenScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The byte range of the next token, or nil at the end of the text.
  mutating func next() -> Range<Int>? {
    while position < bytes.count, scalar(at: position).kind == .space {
      position += scalar(at: position).length
    }
    guard position < bytes.count else { return nil }
    let start = position
    let end = tokenEnd(from: start)
    position = end > start ? end : start + scalar(at: start).length
    return start..<position
  }

  private func tokenEnd(from start: Int) -> Int {
    let first = scalar(at: start)
    if let clitic = cliticEnd(at: start) { return clitic }
    switch first.kind {
    case .letter, .digit, .mark:
      if let url = urlEnd(at: start) { return url }
      if let abbreviation = dottedAbbreviationEnd(at: start) { return abbreviation }
      return wordEnd(from: start)
    case .apostrophe:
      return start + first.length
    case .space, .other:
      return symbolEnd(from: start)
    }
  }

  // MARK: Words

  /// The end of the word starting at `start`, with its inner joiners and a title's period.
  private func wordEnd(from start: Int) -> Int {
    var end = start
    var hasAt = false
    while end < bytes.count {
      let current = scalar(at: end)
      switch current.kind {
      case .letter, .digit, .mark:
        if end > start, bytes[end] | 0x20 == 0x6E, cliticEnd(at: end) != nil { return end }  // n't
        end += current.length
        continue
      case .apostrophe:
        // "O'Brien" stays whole; "it's" and "students'" split before the apostrophe.
        if end > start, cliticEnd(at: end) == nil, isLetter(at: end + current.length) {
          end += current.length
          continue
        }
        return end
      case .space:
        return end
      case .other:
        break
      }
      let byte = bytes[end]
      let after = end + current.length
      let previousIsDigit = end > start && isDigit(at: end - 1)
      var joins = false
      switch current.value {
      case 0x2D, 0x2010, 0x2011: joins = isLetterOrDigit(at: after)  // - ‐ ‑
      case 0x2E: joins = previousIsDigit ? isDigit(at: after) : hasAt && isLetterOrDigit(at: after)
      case 0x2C, 0x3A, 0x2F: joins = previousIsDigit && isDigit(at: after)
      case 0x40: joins = isLetterOrDigit(at: after)
      default: joins = false
      }
      if byte == 0x40, joins { hasAt = true }
      guard joins else { break }
      end = after
    }
    if end < bytes.count, bytes[end] == 0x2E, isTitle(start..<end) { return end + 1 }
    return end
  }

  /// The end of a clitic starting at `index` ("n't", "'s", "'re", "'ll", "'ve", "'d", "'m"),
  /// or nil if none starts there.
  private func cliticEnd(at index: Int) -> Int? {
    var cursor = index
    var negation = false
    if bytes[cursor] | 0x20 == 0x6E {  // n
      negation = true
      cursor += 1
    }
    guard cursor < bytes.count else { return nil }
    let apostrophe = scalar(at: cursor)
    guard apostrophe.kind == .apostrophe else { return nil }
    cursor += apostrophe.length
    var letters: [UInt8] = []
    while cursor < bytes.count, letters.count < 3, bytes[cursor] < 0x80, isLetter(at: cursor) {
      letters.append(bytes[cursor] | 0x20)
      cursor += 1
    }
    if cursor < bytes.count, isLetterOrDigit(at: cursor) { return nil }
    if negation { return letters == [0x74] ? cursor : nil }  // t
    switch letters {
    case [0x73], [0x64], [0x6D], [0x72, 0x65], [0x6C, 0x6C], [0x76, 0x65]: return cursor
    default: return nil
    }
  }

  /// The end of "e.g.", "U.S.A.": single letters each followed by a period, at least two.
  private func dottedAbbreviationEnd(at start: Int) -> Int? {
    var cursor = start
    var letters = 0
    while cursor < bytes.count, scalar(at: cursor).kind == .letter {
      let after = cursor + scalar(at: cursor).length
      guard after < bytes.count, bytes[after] == 0x2E else { break }
      letters += 1
      cursor = after + 1
      if cursor < bytes.count, scalar(at: cursor).kind == .letter {
        let next = cursor + scalar(at: cursor).length
        if next < bytes.count, bytes[next] != 0x2E, isLetterOrDigit(at: next) { break }
      }
    }
    guard letters >= 2, cursor >= bytes.count || !isLetterOrDigit(at: cursor) else { return nil }
    return cursor
  }

  /// Whether `range` is a word usually written with a period after it: a title, "etc", or a
  /// capital initial other than "I".
  private func isTitle(_ range: Range<Int>) -> Bool {
    if range.count == 1 {
      return (0x41...0x5A).contains(bytes[range.lowerBound]) && bytes[range.lowerBound] != 0x49
    }
    guard range.count <= 6 else { return false }
    let word = String(decoding: bytes[range].map { $0 | 0x20 }, as: UTF8.self)
    return Self.titles.contains(word)
  }

  private static let titles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp",
    "fig", "figs", "approx", "dept", "est", "no", "vol", "pp", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "rev", "mt",
  ]

  /// The end of a URL ("http://…", "https://…", "www.…"), without trailing punctuation.
  private static let urlPrefixes: [[UInt8]] = [
    Array("http://".utf8), Array("https://".utf8), Array("www.".utf8),
  ]

  private func urlEnd(at start: Int) -> Int? {
    // Every prefix opens with "h" or "w": most words are ruled out by their first byte.
    let first = bytes[start] | 0x20
    guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w"),
      Self.urlPrefixes.contains(where: { hasPrefix($0, at: start) })
    else { return nil }
    var end = start
    while end < bytes.count, scalar(at: end).kind != .space { end += scalar(at: end).length }
    while end > start, ".,;:!?)]}\"'".utf8.contains(bytes[end - 1]) { end -= 1 }
    return end > start ? end : nil
  }

  private func hasPrefix(_ prefix: [UInt8], at start: Int) -> Bool {
    guard bytes.count - start >= prefix.count else { return false }
    for (offset, byte) in prefix.enumerated() where bytes[start + offset] | 0x20 != byte {
      return false
    }
    return true
  }

  // MARK: Symbols

  /// The end of a punctuation mark or symbol: a run of the same ".", "!", "?" or "-", or one
  /// character with the marks, joiners and emoji it carries.
  private func symbolEnd(from start: Int) -> Int {
    let first = scalar(at: start)
    var end = start + first.length
    if first.value < 0x80, ".!?-".utf8.contains(UInt8(first.value)) {
      while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
      return end
    }
    let isRegional = (0x1F1E6...0x1F1FF).contains(first.value)
    if isRegional, end < bytes.count, (0x1F1E6...0x1F1FF).contains(scalar(at: end).value) {
      end += scalar(at: end).length
    }
    var joined = false
    while end < bytes.count {
      let next = scalar(at: end)
      if next.kind == .mark || joined && next.kind != .space {
        joined = next.value == 0x200D
        end += next.length
      } else {
        break
      }
    }
    return end
  }

  // MARK: Characters

  enum Kind { case space, letter, digit, mark, apostrophe, other }

  /// The scalar starting at `index`: its value, byte length and kind. Bytes that are not
  /// valid UTF-8 (impossible in a Swift string) count as one-byte symbols.
  func scalar(at index: Int) -> (value: UInt32, length: Int, kind: Kind) {
    let lead = bytes[index]
    if lead < 0x80 {
      let kind: Kind =
        switch lead {
        case 0x41...0x5A, 0x61...0x7A: .letter
        case 0x30...0x39: .digit
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: .space
        case 0x27: .apostrophe
        default: .other
        }
      return (UInt32(lead), 1, kind)
    }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, bytes.count - index >= length else { return (UInt32(lead), 1, .other) }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return (UInt32(lead), 1, .other) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let unicode = Unicode.Scalar(value) else { return (value, length, .other) }
    return (value, length, Self.kind(of: unicode))
  }

  private static func kind(of scalar: Unicode.Scalar) -> Kind {
    let value = scalar.value
    if value == 0x2019 || value == 0x2BC { return .apostrophe }
    if value == 0x200D || (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
      || (0xE0020...0xE007F).contains(value)
    {
      return .mark
    }
    let properties = scalar.properties
    if properties.isWhitespace { return .space }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    case .decimalNumber: return .digit
    default: break
    }
    if properties.isAlphabetic { return .letter }
    return .other
  }

  private func isLetter(at index: Int) -> Bool {
    index < bytes.count && scalar(at: index).kind == .letter
  }

  private func isDigit(at index: Int) -> Bool {
    index < bytes.count && index >= 0 && scalar(at: index).kind == .digit
  }

  private func isLetterOrDigit(at index: Int) -> Bool {
    guard index < bytes.count else { return false }
    let kind = scalar(at: index).kind
    return kind == .letter || kind == .digit
  }
}
