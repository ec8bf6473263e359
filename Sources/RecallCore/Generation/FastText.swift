/// Fast searches for the ASCII markers the finder looks for ("is known as", ", meaning").
extension StringProtocol {
  /// The first range of `needle` (ASCII), optionally ignoring ASCII case, searching the UTF-8
  /// bytes directly.
  func range(ofASCII needle: String, ignoringCase: Bool = false) -> Range<Index>? {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return nil }
    let found = utf8.withContiguousStorageIfAvailable { bytes in
      firstOffset(of: pattern, in: bytes, ignoringCase: ignoringCase)
    }
    let offset: Int?
    if let found {
      offset = found
    } else {
      offset = Array(utf8).withUnsafeBufferPointer {
        firstOffset(of: pattern, in: $0, ignoringCase: ignoringCase)
      }
    }
    guard let offset else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: pattern.count)
  }

  /// True when the text contains `needle` (ASCII).
  func containsASCII(_ needle: String) -> Bool { range(ofASCII: needle) != nil }
}

private func firstOffset(
  of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, ignoringCase: Bool
) -> Int? {
  guard bytes.count >= pattern.count else { return nil }
  let first = lower(pattern[0])
  var start = 0
  while start <= bytes.count - pattern.count {
    let byte = bytes[start]
    if byte == pattern[0] || (ignoringCase && lower(byte) == first) {
      var matched = 1
      while matched < pattern.count {
        let current = bytes[start + matched]
        guard
          current == pattern[matched]
            || (ignoringCase && lower(current) == lower(pattern[matched]))
        else { break }
        matched += 1
      }
      if matched == pattern.count { return start }
    }
    start += 1
  }
  return nil
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
