import Foundation
import RecallCore

/// How the generator benchmarks (`deft`, `pool`) compare a generated name with a labelled
/// term: both sides are normalised the same way, then compared for equality.
enum TermMatching {
  /// `text` lower-cased, whitespace collapsed, a leading "a", "an" or "the" and surrounding
  /// punctuation and quotes removed, and a plural ending on the last word ignored:
  /// "The Founder Effects." and "founder effect" give the same form.
  static func normalised(_ text: String) -> String {
    var words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    words = trimmed(words)
    while let first = words.first, ["a", "an", "the"].contains(first), words.count > 1 {
      words.removeFirst()
      words = trimmed(words)
    }
    guard let last = words.popLast() else { return "" }
    words.append(singular(last))
    return words.joined(separator: " ")
  }

  /// Every name of `definition` (term, aliases, abbreviation), normalised, empty ones left out.
  static func names(of definition: Definition) -> Set<String> {
    Set(definition.names.map(normalised).filter { !$0.isEmpty })
  }

  /// `part` of `whole` as "n (p%)", or "n (–)" when `whole` is zero.
  static func share(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "\(part) (–)" }
    return String(format: "%d (%.1f%%)", part, 100 * Double(part) / Double(whole))
  }

  /// The words with punctuation and quotes stripped from the start of the first and the end
  /// of the last, and words left empty by that removed.
  private static func trimmed(_ words: [String]) -> [String] {
    let edges = CharacterSet.punctuationCharacters.union(.symbols).union(.whitespaces)
    let joined = words.joined(separator: " ").trimmingCharacters(in: edges)
    return joined.split(separator: " ").map(String.init)
  }

  /// `word` without a plural ending when it is longer than three letters: "cells" → "cell",
  /// "processes" → "process", "viruses" → "virus"; "glass", "gas", "virus" and "analysis" stay.
  private static func singular(_ word: String) -> String {
    guard word.count > 3, word.hasSuffix("s") else { return word }
    guard !["ss", "us", "is"].contains(where: { word.hasSuffix($0) }) else { return word }
    let stem = word.dropLast(2)
    let sibilant = ["s", "x", "z", "ch", "sh"].contains { stem.hasSuffix($0) }
    if word.hasSuffix("es"), sibilant { return String(stem) }
    return String(word.dropLast())
  }
}
