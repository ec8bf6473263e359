/// Why cards could not be generated from an article.
public enum GenerationError: Error, Equatable, Sendable {
  /// The article has no text at all.
  case empty
  /// The article contains NUL bytes: it is a binary file, not text.
  case binary
  /// The article is not UTF-8 text; `offset` is the first bad byte, counting from 0.
  case notUTF8(offset: Int)
  /// The article is `bytes` long, more than `limit`.
  case tooLarge(bytes: Int, limit: Int)
  /// The article was read but no sentence in it defines a term.
  case noDefinitions
  /// The part-of-speech model the finder reads sentences with cannot be loaded.
  case tagger(TaggerError)

  /// One line telling the user what is wrong and what to do.
  public var message: String {
    switch self {
    case .empty:
      "the article is empty; give a text or Markdown file with definitions"
    case .binary:
      "this is a binary file, not text; give a plain text or Markdown article"
    case .notUTF8(let offset):
      "not UTF-8 text (bad byte at offset \(offset)); save the article as UTF-8"
    case .tooLarge(let bytes, let limit):
      "the article is \(bytes / 1_000_000) MB, over the \(limit / 1_000_000) MB limit; split it"
    case .noDefinitions:
      "no definitions found; write terms as \"Term is …\" or \"**Term:** description\""
    case .tagger(let error):
      error.description
    }
  }
}
