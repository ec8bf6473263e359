import Foundation

/// Fast searches for the ASCII markers the finder looks for ("is known as", ", meaning").
extension StringProtocol {
  /// The first range of `needle` (ASCII), optionally ignoring ASCII case, searching the UTF-8
  /// bytes directly.
  func range(ofASCII needle: String, ignoringCase: Bool = false) -> Range<Index>? {
    let found =
      utf8.withContiguousStorageIfAvailable { bytes in
        firstOffset(of: needle, in: bytes, ignoringCase: ignoringCase)
      }
      ?? Array(utf8).withUnsafeBufferPointer {
        firstOffset(of: needle, in: $0, ignoringCase: ignoringCase)
      }
    guard let offset = found else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
  }

  /// True when the text contains `needle` (ASCII).
  func containsASCII(_ needle: String) -> Bool { range(ofASCII: needle) != nil }

  /// Foundation's `range(of: needle)` (a case-sensitive search, no options), answered from the
  /// UTF-8 bytes when both texts are ASCII, where the two searches cannot differ; other text
  /// goes to Foundation, whose search also matches canonically equivalent Unicode.
  func rangeOfText(_ needle: String) -> Range<Index>? {
    guard isAllASCII, needle.isAllASCII else { return range(of: needle) }
    return range(ofASCII: needle)
  }

  /// Foundation's `contains(needle)`, answered as `rangeOfText` is.
  func containsText(_ needle: String) -> Bool {
    guard isAllASCII, needle.isAllASCII else { return range(of: needle) != nil }
    return range(ofASCII: needle) != nil
  }

  /// `lowercased()`, made byte by byte when the text is ASCII (where only A-Z change);
  /// other text is lower-cased by the standard library's Unicode rules as before.
  func lowercasedText() -> String {
    let ascii = utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for (offset, byte) in bytes.enumerated() {
          buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        return bytes.count
      }
    }
    return (ascii ?? nil) ?? lowercased()
  }

  /// True when every byte of the text is ASCII.
  var isAllASCII: Bool {
    utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } }
      ?? utf8.allSatisfy { $0 < 0x80 }
  }
}

/// The offset of the first occurrence of `needle`'s bytes in `bytes`, or nil (also for an
/// empty needle).
private func firstOffset(
  of needle: String, in bytes: UnsafeBufferPointer<UInt8>, ignoringCase: Bool
) -> Int? {
  var needle = needle
  return needle.withUTF8 { pattern -> Int? in
    guard !pattern.isEmpty, bytes.count >= pattern.count, let base = bytes.baseAddress,
      let patternBase = pattern.baseAddress
    else { return nil }
    let lastStart = bytes.count - pattern.count
    if !ignoringCase {
      // memchr finds each place of the pattern's first byte other than a space (spaces are
      // everywhere), in order, so the first full match is the same as a byte-by-byte scan's.
      let anchor = pattern.firstIndex { $0 != 32 } ?? 0
      let anchorByte = Int32(pattern[anchor])
      var from = anchor
      while from <= lastStart + anchor {
        guard let hit = memchr(base + from, anchorByte, lastStart + anchor - from + 1) else {
          return nil
        }
        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + (at - anchor), patternBase, pattern.count) == 0 { return at - anchor }
        from = at + 1
      }
      return nil
    }
    let first = lower(pattern[0])
    let last = pattern.count - 1
    var start = 0
    while start <= lastStart {
      if lower(base[start]) == first, lower(base[start + last]) == lower(pattern[last]) {
        var matched = 1
        while matched < last, lower(base[start + matched]) == lower(pattern[matched]) {
          matched += 1
        }
        if matched >= last { return start }
      }
      start += 1
    }
    return nil
  }
}

@inline(__always)
private func lower(_ byte: UInt8) -> UInt8 {
  byte &- 65 < 26 ? byte | 0x20 : byte
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
