/// Finds base noun phrases over part-of-speech tags: an optional determiner or possessive, then
/// modifiers (adjectives, nouns, numbers, participles), ending in a noun or proper noun, as
/// in `NP: {<DET|PRON$>?<ADJ|NOUN|PROPN|NUM|VBN>*<NOUN|PROPN>}`.
enum NounPhraseChunker {
  /// Possessive pronouns, which open a noun phrase as a determiner does.
  static let possessives: Set<String> = ["his", "her", "its", "their", "our", "your", "my"]
  /// Participles that name what follows them, and so never modify it.
  static let namingWords: Set<String> = ["called", "termed", "named", "dubbed", "known"]

  /// The noun phrases of a tagged sentence, as token ranges in order.
  static func chunks(_ tags: [UPOS], words: [String]) -> [Range<Int>] {
    var chunks: [Range<Int>] = []
    var index = 0
    while index < tags.count {
      var end = index
      if tags[end] == .det || (tags[end] == .pron && possessives.contains(words[end]))
        || tags[end] == .num
      {
        end += 1
      }
      var lastHead: Int?
      while end < tags.count {
        let tag = tags[end]
        if tag == .noun || tag == .propn {
          lastHead = end
        } else if tag == .adj || tag == .num {
          // modifier
        } else if tag == .adv, end + 1 < tags.count, tags[end + 1] == .adj {
          // "highly specialised cells"
        } else if tag == .verb, lastHead == nil, end > index, end + 1 < tags.count,
          [.noun, .adj].contains(tags[end + 1]), !namingWords.contains(words[end]),
          words[end].hasSuffix("ed") || words[end].hasSuffix("ing")
        {
          // "differentiated cells", "dividing cells"; after the head a participle starts a
          // clause ("proteins called cytokines").
        } else if tag == .part, words[end] == "'s" || words[end] == "’s", lastHead != nil {
          // "the patient's own cells"
        } else {
          break
        }
        end += 1
      }
      if let head = lastHead {
        chunks.append(index..<(head + 1))
        index = head + 1
      } else {
        index = max(end, index + 1)
      }
    }
    return chunks
  }
}
