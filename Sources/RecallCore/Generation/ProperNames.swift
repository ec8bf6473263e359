/// Restores the capital of a one-word name the finder lower-cased because it met it at the start
/// of a sentence ("Python is a programming language …"): when the article writes the word
/// capitalised at least twice in mid-sentence and never in lower case, it is a name.
enum ProperNames {
  static func restore(_ definitions: [Definition], in article: Article) -> [Definition] {
    // One-word ASCII terms in lower case are the candidates; the article is read as bytes.
    let candidates = Set(
      definitions.map(\.term).filter { term in
        term.utf8.count >= 2 && term.utf8.allSatisfy { (97...122).contains($0) || $0 == 45 }
      })
    guard !candidates.isEmpty else { return definitions }
    let longest = candidates.map(\.utf8.count).max() ?? 0
    var capitalised: [String: Int] = [:]
    var lowered: Set<String> = []
    for block in article.blocks where block.headingLevel == nil {
      let bytes = Array(block.text.utf8)
      var sentenceStart = true
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != 32 { end += 1 }
        defer {
          if end > start { sentenceStart = [46, 33, 63, 58].contains(bytes[end - 1]) }
          start = end + 1
        }
        var from = start
        var to = end
        while from < to, !isLetter(bytes[from]) { from += 1 }
        while to > from, !isLetter(bytes[to - 1]) { to -= 1 }
        guard to - from >= 2, to - from <= longest else { continue }
        let word = bytes[from..<to]
        let upperFirst = (65...90).contains(word[from])
        guard word.dropFirst().allSatisfy({ (97...122).contains($0) || $0 == 45 }),
          upperFirst || (97...122).contains(word[from])
        else { continue }
        var lower = Array(word)
        if upperFirst { lower[0] += 32 }
        let key = String(decoding: lower, as: UTF8.self)
        guard candidates.contains(key) else { continue }
        if !upperFirst {
          lowered.insert(key)
        } else if !sentenceStart {
          capitalised[key, default: 0] += 1
        }
      }
    }
    return definitions.map { definition in
      var definition = definition
      if let count = capitalised[definition.term], count >= 2, !lowered.contains(definition.term) {
        definition.term = Sentences.capitalizedFirst(definition.term)
      }
      return definition
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) || (97...122).contains(byte) || byte >= 0x80
  }
}
