/// One word or punctuation mark of an analysed text, with where it is and its part of speech.
///
/// `start` and `end` are UTF-8 byte offsets into the analysed string (`end` exclusive), so
/// `Array(text.utf8)[start..<end]` are exactly the token's bytes; `text` is the same slice of
/// the string.
public struct Token: Hashable, Sendable {
  /// The token as it appears in the analysed string.
  public var text: Substring
  /// The UTF-8 byte offset of the token's first byte in the analysed string.
  public var start: Int
  /// The UTF-8 byte offset just past the token's last byte in the analysed string.
  public var end: Int
  /// The token's part of speech; `.x` until the token has been tagged.
  public var tag: UPOS

  /// A token `text` at UTF-8 byte offsets `start..<end`, tagged `tag`.
  public init(text: Substring, start: Int, end: Int, tag: UPOS = .x) {
    self.text = text
    self.start = start
    self.end = end
    self.tag = tag
  }

  /// The token's UTF-8 byte offsets in the analysed string.
  public var byteRange: Range<Int> { start..<end }
}
