/// UTF-8 as RFC 3629 allows it: no overlong form, no surrogate, nothing above U+10FFFF. The
/// one check of articles (`Generator.text(of:)`) and of strings in JSON (`JSONTokenizer`).
enum UTF8Sequence {
  /// The length of the valid UTF-8 sequence starting at `index` (1 for ASCII), nil when the
  /// bytes there are not one.
  static func length<Bytes: RandomAccessCollection>(in bytes: Bytes, at index: Int) -> Int?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    let byte = bytes[index]
    let length: Int
    switch byte {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return nil
    }
    guard bytes.endIndex - index >= length else { return nil }
    for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return nil }
    let second = bytes[index + 1]
    switch byte {
    case 0xE0 where second < 0xA0, 0xED where second > 0x9F, 0xF0 where second < 0x90,
      0xF4 where second > 0x8F:
      return nil
    default: return length
    }
  }
}
