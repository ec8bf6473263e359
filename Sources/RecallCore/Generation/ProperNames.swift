/// Restores the capital of a one-word name the finder lower-cased because it met it at the start
/// of a sentence ("Git is a distributed version control system …"): when the article writes the
/// word capitalised at least twice in mid-sentence and never in lower case, it is a name.
enum ProperNames {
  static func restore(_ definitions: [Definition], in article: Article) -> [Definition] {
    let candidates = Set(
      definitions.map(\.term).filter { term in
        term.count >= 2 && !term.contains(" ") && term.allSatisfy { $0.isLowercase || $0 == "-" }
      })
    guard !candidates.isEmpty else { return definitions }
    var capitalised: [String: Int] = [:]
    var lowered: Set<String> = []
    for block in article.blocks where block.headingLevel == nil {
      var sentenceStart = true
      for raw in block.text.split(separator: " ") {
        let word = raw.trimmingCharacters(in: .punctuationCharacters)
        let lower = word.lowercased()
        if candidates.contains(lower) {
          if word == lower {
            lowered.insert(lower)
          } else if !sentenceStart, word.first?.isUppercase == true,
            word.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" })
          {
            capitalised[lower, default: 0] += 1
          }
        }
        sentenceStart = raw.last.map { ".!?:".contains($0) } ?? false
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
}
