import Foundation

/// The content words of everyday English (nouns, verbs, adjectives and adverbs seen in the
/// English Web Treebank), so a rule can tell a technical term ("tropomyosin", "ependymal
/// cells") from a plain phrase ("the team", "most people"), and the words seen as verbs there,
/// so a verb the tagger took for a noun can be set right.
public struct CommonWords: Sendable {
  /// The resource's file name, beside the tagger model.
  public static let fileName = "common-words.txt"

  /// Every content word, lower-cased.
  public let words: Set<String>
  /// The words seen as verbs, lower-cased.
  public let verbs: Set<String>

  /// The lists in `text`: one word a line, followed by " v" when it was seen as a verb.
  public init(text: String) {
    var words: Set<String> = []
    var verbs: Set<String> = []
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ")
      guard let word = parts.first else { continue }
      words.insert(String(word))
      if parts.count > 1, parts[1] == "v" { verbs.insert(String(word)) }
    }
    self.words = words
    self.verbs = verbs
  }

  /// True for a word of four letters or more that everyday English does not use, in either
  /// number: "tropomyosin", "ependymal", not "cells" or "team".
  public func isTechnical(_ word: String) -> Bool {
    word.count >= 4 && word.allSatisfy({ $0.isLetter || $0 == "-" }) && !words.contains(word)
      && !words.contains(Inflection.singular(word))
  }

  /// True for a superlative: "largest", "biggest", "earliest", "greatest" (a word of everyday
  /// English with "-est"), not "manifest", "interest" or "forest".
  public func isSuperlative(_ word: String) -> Bool {
    guard word.hasSuffix("est"), word.count >= 5 else { return false }
    let stem = String(word.dropLast(3))
    var bases = [stem, stem + "e"]
    if let last = stem.last, stem.dropLast().last == last { bases.append(String(stem.dropLast())) }
    if stem.hasSuffix("i") { bases.append(String(stem.dropLast()) + "y") }
    // "forest" is no "for" + "est" (the treebank's list has "for" as a verb).
    return bases.contains { base in
      words.contains(base) && (base.count >= 4 || (base.count == 3 && !verbs.contains(base)))
    }
  }

  /// The shipped lists, loaded once on first use, or why they could not be.
  public static let bundled: Result<CommonWords, TaggerError> = Result {
    () throws(TaggerError) -> CommonWords in
    let path = try TaggerModelFile.locate(resource: fileName)
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw .unreadableModel(path: path, reason: "not UTF-8 text")
    }
    let lists = CommonWords(text: text)
    guard lists.words.count >= 100 else {
      throw .unreadableModel(path: path, reason: "only \(lists.words.count) words")
    }
    return lists
  }

  /// The shipped lists, or nil when they cannot be loaded (`Generator` refuses to run then,
  /// with the reason, so only tests of single parts see nil).
  static let shipped: CommonWords? = try? bundled.get()

  /// The file's text derived from tagged sentences: their lower-cased content words, sorted,
  /// each marked " v" when it was tagged a verb.
  public static func derive(from sentences: [TaggedSentence]) -> String {
    var words: Set<String> = []
    var verbs: Set<String> = []
    for sentence in sentences {
      for (word, tag) in zip(sentence.words, sentence.tags)
      where [.noun, .verb, .adj, .adv].contains(tag) && word.allSatisfy(\.isLetter) {
        words.insert(word.lowercased())
        if tag == .verb { verbs.insert(word.lowercased()) }
      }
    }
    return words.sorted().map { verbs.contains($0) ? $0 + " v" : $0 }.joined(separator: "\n")
  }
}
