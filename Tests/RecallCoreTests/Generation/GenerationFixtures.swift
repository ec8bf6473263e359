import Foundation
import Testing

@testable import RecallCore

/// Test articles and their hand-labelled definitions, found under `Tests/Fixtures/articles`.
enum GenerationFixtures {
  /// A labelled definition of a test article.
  struct Label: Decodable {
    var term: String
    var aliases: [String]?
    var abbreviation: String?
  }

  /// The labels of one article: its definitions, phrases that are not terms, and text that
  /// must never reach a card.
  struct Labels: Decodable {
    var article: String
    var definitions: [Label]
    var notTerms: [String]
    var neverInCards: [String]
  }

  /// The names of the labelled test articles.
  static let articles = [
    "regenerative-medicine", "cell-biology-notes", "economics-textbook", "plate-tectonics",
    "immune-system", "computer-networks", "personal-finance", "photosynthesis", "volcanoes",
    "git-basics", "climate-explainer", "statistics-notes",
  ]

  /// `Tests/Fixtures`.
  static var root: URL { Fixtures.directory }

  static func labels(_ name: String) throws -> Labels {
    let url = root.appendingPathComponent("articles/\(name).labels.json")
    return try JSONDecoder().decode(Labels.self, from: Data(contentsOf: url))
  }

  static func text(_ name: String) throws -> String {
    let labels = try labels(name)
    let url = root.appendingPathComponent("articles/\(labels.article)")
    return try String(contentsOf: url, encoding: .utf8)
  }

  static func generate(_ name: String) throws -> GenerationResult {
    try Generator().generate(text: text(name))
  }

  /// True when `definition` is the labelled term: same words, plural-tolerant, or an alias.
  static func matches(_ definition: Definition, _ label: Label) -> Bool {
    let wanted = Set(Distractors.keys(label.term))
    return definition.names.contains { !Set(Distractors.keys($0)).isDisjoint(with: wanted) }
  }
}
