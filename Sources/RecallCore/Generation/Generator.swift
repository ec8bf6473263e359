import Foundation

/// Makes a deck from an article: every definition in it becomes a set of questions.
public struct Generator: Sendable {
  /// Articles this large or larger are refused before being read.
  public static let sizeLimit = 50_000_000

  /// Makes a generator.
  public init() {}

  /// Checks that `data` is UTF-8 text of a sensible size, then generates from it.
  public func generate(
    data: Data, title: String? = nil, source: String? = nil,
    kinds: Set<CardKind> = Set(CardKind.allCases)
  ) throws(GenerationError) -> GenerationResult {
    let text = try Generator.text(of: data)
    return try generate(text: text, title: title, source: source, kinds: kinds)
  }

  /// Generates a deck from the text of an article (plain text or Markdown).
  public func generate(
    text: String, title: String? = nil, source: String? = nil,
    kinds: Set<CardKind> = Set(CardKind.allCases)
  ) throws(GenerationError) -> GenerationResult {
    let bytes = text.utf8.count
    if bytes >= Generator.sizeLimit { throw .tooLarge(bytes: bytes, limit: Generator.sizeLimit) }
    if text.utf8.contains(0) { throw .binary }
    if text.allSatisfy(\.isWhitespace) { throw .empty }
    let article = ArticleReader().read(text)
    let tagger: PartOfSpeechTagger
    do {
      tagger = try PartOfSpeechTagger.bundled.get()
      _ = try CommonWords.bundled.get()
    } catch {
      throw .tagger(error)
    }
    let (found, rejected) = DefinitionFinder(tagger: tagger).find(in: article)
    let definitions = ProperNames.restore(found, in: article)
    let made = CardMaker(kinds: kinds, title: article.title).make(definitions)
    let cards = made.perDefinition.flatMap { $0 } + made.comparisons
    guard !cards.isEmpty else { throw .noDefinitions }
    let deck = Deck(title: title ?? article.title ?? "Untitled", source: source, cards: cards)
    let entries = zip(definitions, made.perDefinition).map { definition, cards in
      GenerationReport.Entry(definition: definition, cardIDs: cards.map(\.id))
    }
    let report = GenerationReport(
      entries: entries, rejected: rejected, groupCardIDs: made.comparisons.map(\.id))
    return GenerationResult(deck: deck, definitions: definitions, report: report)
  }

  /// The text of `data`, or why it is not an article: empty, too large, binary or not UTF-8.
  public static func text(of data: Data) throws(GenerationError) -> String {
    if data.count >= sizeLimit { throw .tooLarge(bytes: data.count, limit: sizeLimit) }
    if data.isEmpty { throw .empty }
    if data.contains(0) { throw .binary }
    if let offset = firstInvalidUTF8Offset(data) { throw .notUTF8(offset: offset) }
    return String(decoding: data, as: UTF8.self)
  }

  /// The offset of the first byte that is not part of valid UTF-8, or nil.
  static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
    let bytes = [UInt8](data)
    var index = 0
    while index < bytes.count {
      guard let length = UTF8Sequence.length(in: bytes, at: index) else { return index }
      index += length
    }
    return nil
  }
}
