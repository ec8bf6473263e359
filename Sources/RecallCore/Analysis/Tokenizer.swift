/// Splits text into word tokens.
public enum Tokenizer {
  /// The tokens of `text`.
  public static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var offset = 0
    for part in text.split(separator: " ") {
      let start = text.utf8.distance(from: text.startIndex, to: part.startIndex)
      tokens.append(Token(text: part, start: start, end: start + part.utf8.count))
      offset = start
    }
    _ = offset
    return tokens
  }
}
