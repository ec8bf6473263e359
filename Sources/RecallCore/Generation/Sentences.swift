import Foundation

/// Splits prose into sentences and finds or blanks names in it.
enum Sentences {
  private static let abbreviations: Set<String> = [
    "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "st", "fig", "al", "approx", "no", "cf",
    "ca", "jr", "sr", "prof", "inc", "ltd", "co", "u.s", "u.k", "eq",
  ]

  /// The sentences of `text`, split after `.`, `?` or `!` followed by a capital, a digit or a
  /// quote, never inside parentheses or after "e.g.".
  static func split(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var sentences: [String] = []
    var start = 0
    var depth = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "(") { depth += 1 }
      if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
      if depth == 0,
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
        index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: " "),
        opensSentence(bytes[index + 2]),
        !isAbbreviation(bytes, endingAt: index) || endsWithEtc(bytes, at: index)
      {
        appendSentence(bytes[start...index], to: &sentences)
        start = index + 2
      } else if depth == 0, byte == UInt8(ascii: "."), joinsSentences(bytes, at: index) {
        // "… a particular animal's lifestyle.Radial symmetry is …": a space lost in copying.
        appendSentence(bytes[start...index], to: &sentences)
        start = index + 1
      }
      index += 1
    }
    if start < bytes.count { appendSentence(bytes[start...], to: &sentences) }
    return sentences
  }

  /// The sentence without a label that numbers it in a list or a figure: "(a) Genotype
  /// refers to …" → "Genotype refers to …"; "(ii)", "(3)" likewise.
  static func withoutItemLabel(_ sentence: String) -> String {
    let bytes = Array(sentence.utf8.prefix(8))
    guard bytes.first == UInt8(ascii: "("),
      let close = bytes.firstIndex(of: UInt8(ascii: ")")), close >= 2, close <= 5,
      close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: " "),
      bytes[1..<close].allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) })
    else { return sentence }
    return String(decoding: Array(sentence.utf8).dropFirst(close + 2), as: UTF8.self)
  }

  /// True when the full stop at `dot` ends a lower-case word of three letters or more and a
  /// capitalised word follows with no space: "lifestyle.Radial", not "U.S.Army" or "e.g.The".
  private static func joinsSentences(_ bytes: [UInt8], at dot: Int) -> Bool {
    guard dot >= 3, dot + 2 < bytes.count, (65...90).contains(bytes[dot + 1]),
      (97...122).contains(bytes[dot + 2]),
      (dot - 3..<dot).allSatisfy({ (97...122).contains(bytes[$0]) })
    else { return false }
    return !isAbbreviation(bytes, endingAt: dot)
  }

  /// True for "… reports, books, DVDs, etc. Some examples …": "etc." ends a list, and the
  /// sentence with it when a capitalised word follows.
  private static func endsWithEtc(_ bytes: [UInt8], at dot: Int) -> Bool {
    guard dot >= 4, dot + 3 < bytes.count, (65...90).contains(bytes[dot + 2]),
      (97...122).contains(bytes[dot + 3])
    else { return false }
    return Array(bytes[(dot - 4)..<dot]) == Array(" etc".utf8)
  }

  private static func opensSentence(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "\"")
      || byte >= 0xC3
  }

  private static func appendSentence(_ bytes: ArraySlice<UInt8>, to sentences: inout [String]) {
    let sentence = String(decoding: bytes, as: UTF8.self).trimmingSpaces
    if !sentence.isEmpty { sentences.append(sentence) }
  }

  private static func isAbbreviation(_ bytes: [UInt8], endingAt dot: Int) -> Bool {
    guard bytes[dot] == UInt8(ascii: ".") else { return false }
    var start = dot
    while start > 0 {
      let previous = bytes[start - 1]
      let isLetter = (65...90).contains(previous) || (97...122).contains(previous)
      guard isLetter || previous == UInt8(ascii: ".") else { break }
      start -= 1
    }
    let word = String(decoding: bytes[start..<dot], as: UTF8.self).lowercased()
    if word.count == 1 { return true }
    return abbreviations.contains(word)
  }

  /// The ranges where `name` occurs as a whole word, case-insensitively, also as its plural
  /// or singular ("stem cell" matches "stem cells").
  static func ranges(of name: String, in text: String) -> [Range<String.Index>] {
    let trimmed = name.trimmingSpaces
    guard !trimmed.isEmpty else { return [] }
    var found: [Range<String.Index>] = []
    if text.isAllASCII {
      // One character a byte: the same search without walking characters.
      found = asciiRanges(of: trimmed, in: text)
    } else {
      found = characterRanges(of: trimmed, in: text)
    }
    if found.isEmpty, trimmed.count > 4, trimmed.lowercased().hasSuffix("s") {
      return ranges(of: String(trimmed.dropLast()), in: text)
    }
    return found
  }

  /// `ranges(of:in:)` for a trimmed name in ASCII text, by byte offsets.
  private static func asciiRanges(of trimmed: String, in text: String) -> [Range<String.Index>] {
    let bytes = Array(text.utf8)
    let utf8 = text.utf8
    let length = trimmed.utf8.count
    func isWordByte(_ byte: UInt8) -> Bool {
      (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }
    var found: [Range<String.Index>] = []
    var searchStart = utf8.startIndex
    var startOffset = 0
    while let range = text[searchStart...].range(ofASCII: trimmed, ignoringCase: true) {
      let lower = startOffset + utf8.distance(from: searchStart, to: range.lowerBound)
      var end = lower + length
      if end < bytes.count, bytes[end] == UInt8(ascii: "s") || bytes[end] == UInt8(ascii: "'") {
        if end + 1 == bytes.count || !isWordByte(bytes[end + 1]) { end += 1 }
      } else if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "e"),
        bytes[end + 1] == UInt8(ascii: "s")
      {
        if end + 2 == bytes.count || !isWordByte(bytes[end + 2]) { end += 2 }
      }
      let boundaryBefore = lower == 0 || !isWordByte(bytes[lower - 1])
      let boundaryAfter = end == bytes.count || !isWordByte(bytes[end])
      if boundaryBefore, boundaryAfter {
        found.append(range.lowerBound..<utf8.index(range.lowerBound, offsetBy: end - lower))
      }
      searchStart = range.upperBound
      startOffset = lower + length
    }
    return found
  }

  /// `ranges(of:in:)` for a trimmed name in any text, character by character.
  private static func characterRanges(of trimmed: String, in text: String)
    -> [Range<String.Index>]
  {
    var found: [Range<String.Index>] = []
    var searchStart = text.startIndex
    while let range = text[searchStart...].range(ofASCII: trimmed, ignoringCase: true) {
      var end = range.upperBound
      if end < text.endIndex, text[end] == "s" || text[end] == "'" {
        let next = text.index(after: end)
        if next == text.endIndex || !(text[next].isLetter || text[next].isNumber) { end = next }
      } else if end < text.endIndex, text[end...].hasPrefix("es") {
        let next = text.index(end, offsetBy: 2)
        if next == text.endIndex || !(text[next].isLetter || text[next].isNumber) { end = next }
      }
      let before =
        range.lowerBound == text.startIndex
        ? nil : text[text.index(before: range.lowerBound)]
      let after = end == text.endIndex ? nil : text[end]
      let boundaryBefore = before.map { !($0.isLetter || $0.isNumber) } ?? true
      let boundaryAfter = after.map { !($0.isLetter || $0.isNumber) } ?? true
      if boundaryBefore, boundaryAfter { found.append(range.lowerBound..<end) }
      searchStart = range.upperBound
    }
    return found
  }

  /// True when `text` mentions any of `names` as whole words, plural-tolerant.
  static func mentions(_ text: String, anyOf names: [String]) -> Bool {
    names.contains { !ranges(of: $0, in: text).isEmpty }
  }

  /// `text` with every mention of `names` replaced by `blank` (longest names first).
  static func blank(_ names: [String], in text: String, with blank: String = "____") -> String {
    var result = text
    for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
      for range in ranges(of: name, in: result).reversed() {
        result.replaceSubrange(range, with: blank)
      }
    }
    let doubled = "\(blank) (\(blank))"
    while result.containsText(doubled) {
      result = result.replacingOccurrences(of: doubled, with: blank)
    }
    return result
  }

  /// The text with its first letter upper-cased.
  static func capitalizedFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// The text with its first letter lower-cased unless the first word is an acronym.
  static func lowercasedFirst(_ text: String) -> String {
    guard let first = text.first, first.isUppercase else { return text }
    let word = text.prefix { $0.isLetter || $0.isNumber }
    if word.count > 1, word.dropFirst().contains(where: { $0.isUppercase }) { return text }
    return first.lowercased() + text.dropFirst()
  }

  /// The text without trailing punctuation and spaces.
  static func withoutFinalPunctuation(_ text: String) -> String {
    var result = Substring(text)
    while let last = result.last, ".;:, ".contains(last) { result.removeLast() }
    return String(result)
  }
}
