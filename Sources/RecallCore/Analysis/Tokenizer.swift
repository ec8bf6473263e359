/// Splits text into word and punctuation tokens much as the English Web Treebank does, keeping
/// each token's UTF-8 byte offsets into the text.
///
/// - Punctuation and symbols are tokens of their own ("..." "--" "!!" stay whole runs).
/// - Clitics are split off: "don't" → "do" "n't", "it's" → "it" "'s" (also 're 'll 've 'd 'm,
///   with straight or curly apostrophes); a trailing possessive apostrophe is its own token.
/// - Unlike the treebank, which usually splits at hyphens, hyphenated words stay one token
///   ("well-known", "CRISPR-Cas9"), as the deck generator wants its terms whole.
/// - Numbers with inner ".", ",", ":" or "/" stay whole ("3.5", "1,000", "10:30"); so do
///   dotted abbreviations ("e.g.", "U.S."), titles ("Dr.", "etc."), initials ("J."), URLs and
///   e-mail addresses.
/// - Combining marks, variation selectors, skin tones and zero-width-joined emoji stay with
///   what they follow. Any input, however odd, gives tokens and never traps.
public enum Tokenizer {
  /// The tokens of `text`, in order, each tagged `.x` (not yet tagged).
  public static func tokenize(_ text: String) -> [Token] {
    let spans: [Range<Int>] =
      text.utf8.withContiguousStorageIfAvailable { bytes in Self.spans(in: bytes) }
      ?? Array(text.utf8).withUnsafeBufferPointer { bytes in Self.spans(in: bytes) }
    var tokens: [Token] = []
    tokens.reserveCapacity(spans.count)
    let utf8 = text.utf8
    var index = utf8.startIndex
    var offset = 0
    for span in spans {
      let start = utf8.index(index, offsetBy: span.lowerBound - offset)
      let end = utf8.index(start, offsetBy: span.count)
      let slice = Substring(text.unicodeScalars[start..<end])
      tokens.append(Token(text: slice, start: span.lowerBound, end: span.upperBound))
      index = end
      offset = span.upperBound
    }
    return tokens
  }

  /// The UTF-8 byte ranges of the tokens in `bytes`.
  static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var scanner = TokenScanner(bytes: bytes)
    var spans: [Range<Int>] = []
    while let span = scanner.next() { spans.append(span) }
    return spans
  }
}
