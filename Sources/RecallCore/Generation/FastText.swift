/// Fast searches for the ASCII markers the finder looks for ("is known as", ", meaning").
extension StringProtocol {
  /// The first range of `needle` (ASCII), optionally ignoring ASCII case, searching the UTF-8
  /// bytes directly.
  func range(ofASCII needle: String, ignoringCase: Bool = false) -> Range<Index>? {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return nil }
    let bytes = utf8
    var start = bytes.startIndex
    while start != bytes.endIndex {
      let byte = bytes[start]
      if byte == first || (ignoringCase && lower(byte) == lower(first)) {
        var probe = start
        var matched = 0
        while matched < pattern.count, probe != bytes.endIndex {
          let current = bytes[probe]
          guard
            current == pattern[matched]
              || (ignoringCase && lower(current) == lower(pattern[matched]))
          else { break }
          matched += 1
          probe = bytes.index(after: probe)
        }
        if matched == pattern.count { return start..<probe }
      }
      start = bytes.index(after: start)
    }
    return nil
  }

  /// True when the text contains `needle` (ASCII).
  func containsASCII(_ needle: String) -> Bool { range(ofASCII: needle) != nil }
}

private func lower(_ byte: UInt8) -> UInt8 {
  (65...90).contains(byte) ? byte + 32 : byte
}

/// `CardID.slug` without Foundation's Unicode decomposition when the text is ASCII.
enum Slug {
  /// The slug of `text`, identical to `CardID.slug(text)`.
  static func of(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return CardID.slug(text) }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingDash = false
    for byte in text.utf8 {
      let isAlnum =
        (97...122).contains(byte) || (48...57).contains(byte) || (65...90).contains(byte)
      if isAlnum {
        if pendingDash, !out.isEmpty { out.append(45) }
        pendingDash = false
        out.append((65...90).contains(byte) ? byte + 32 : byte)
      } else {
        pendingDash = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
