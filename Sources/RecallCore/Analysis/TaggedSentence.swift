/// A sentence's words with their gold part-of-speech tags, for training and measuring the
/// tagger.
public struct TaggedSentence: Sendable, Equatable {
  /// The words, as the treebank splits them.
  public var words: [String]
  /// One tag per word.
  public var tags: [UPOS]

  /// A sentence of `words` tagged `tags` (the same number of each).
  public init(words: [String], tags: [UPOS]) {
    self.words = words
    self.tags = tags
  }

  /// The sentences of a CoNLL-U file's text: comments are ignored, multiword-token lines
  /// ("3-4") and empty nodes ("5.1") skipped, and a blank line ends a sentence. A word line
  /// with fewer than four columns or an unknown UPOS is skipped.
  public static func sentences(conllu text: String) -> [TaggedSentence] {
    var sentences: [TaggedSentence] = []
    var current = TaggedSentence(words: [], tags: [])
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = line.hasSuffix("\r") ? line.dropLast() : line
      if line.isEmpty {
        if !current.words.isEmpty { sentences.append(current) }
        current = TaggedSentence(words: [], tags: [])
        continue
      }
      if line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
      guard columns.count >= 4, columns[0].allSatisfy(\.isNumber),
        let tag = UPOS(name: columns[3])
      else { continue }
      current.words.append(String(columns[1]))
      current.tags.append(tag)
    }
    if !current.words.isEmpty { sentences.append(current) }
    return sentences
  }
}
