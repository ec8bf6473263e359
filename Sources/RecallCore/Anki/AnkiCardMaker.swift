import Foundation

/// Turns an Anki collection's notes into recall cards.
///
/// Basic → `definition`; Basic (and reversed) → `definition` and `reverse`; Cloze → one `cloze`
/// card per deletion number; any other type → one `basic` card, the first field as the front
/// and the others as the back. Ids are `KIND:anki-HASH` (HASH: FNV-1a of the note's GUID; a
/// cloze card adds `#N`), so a newer export of the same notes updates the same cards. Notes that
/// recall exported (GUID `recall:ID`) come back with their own id, kind, term and tags.
struct AnkiCardMaker {
  /// The GUID prefix of notes recall writes.
  static let guidPrefix = "recall:"

  /// The cards, in note order.
  var cards: [Card] = []
  /// Recall card id of each Anki card id that became (part of) a card.
  var cardIDs: [Int64: String] = [:]

  /// The cards of `collection` (errors name `path`).
  init(_ collection: AnkiCollection, path: String) throws(AnkiError) {
    var cardsOfNote: [Int64: [AnkiCard]] = [:]
    for card in collection.cards { cardsOfNote[card.note, default: []].append(card) }
    var seen = Set<String>()
    for note in collection.notes {
      guard let type = collection.notetypes[note.notetype] else {
        throw .badNote(path: path, note: note.id, problem: "its note type is missing")
      }
      guard !note.fields.isEmpty, note.fields.contains(where: { !$0.isEmpty }) else {
        throw .badNote(path: path, note: note.id, problem: "it has no fields")
      }
      let ankiCards = cardsOfNote[note.id] ?? []
      let deckTags =
        ankiCards.first.flatMap { collection.decks[$0.deck] }.map {
          DeckImport.ankiTags($0.replacingOccurrences(of: " ", with: "-"))
        } ?? []
      var tags = deckTags
      for tag in DeckImport.ankiTags(note.tags.joined(separator: " ")) where !tags.contains(tag) {
        tags.append(tag)
      }
      let made: [(ord: Int?, card: Card)]
      if note.guid.hasPrefix(Self.guidPrefix) {
        made = try Self.recallCard(note, type: type, path: path).map { [(nil, $0)] } ?? []
      } else {
        made = try Self.cards(note, type: type, ankiCards: ankiCards, tags: tags, path: path)
      }
      for (ord, card) in made where seen.insert(card.id).inserted {
        cards.append(card)
        for ankiCard in ankiCards where ord == nil || ankiCard.ord == ord {
          cardIDs[ankiCard.id] = card.id
        }
      }
    }
    if cards.isEmpty { throw .noNotes(path: path) }
  }

  /// The Anki cards' recall cards, each with the template (`ord`) whose reviews it takes.
  static func cards(
    _ note: AnkiNote, type: AnkiNotetype, ankiCards: [AnkiCard], tags: [String], path: String
  ) throws(AnkiError) -> [(ord: Int?, card: Card)] {
    let key = "anki-" + String(FNV1a.hash(Array(note.guid.utf8)), radix: 16)
    let fields = note.fields.map(HTMLText.plain)
    func field(_ index: Int, _ name: String) throws(AnkiError) -> String {
      guard index < fields.count, !fields[index].isEmpty else {
        throw .badNote(path: path, note: note.id, problem: "the \(name) field is empty")
      }
      return fields[index]
    }
    switch type.shape {
    case .basic, .basicAndReversed:
      let front = try field(0, type.fields.first ?? "first")
      let back = try field(1, type.fields.dropFirst().first ?? "second")
      let term = termText(front)
      var made: [(Int?, Card)] = [
        (
          0,
          Card(
            id: "definition:" + key, kind: .definition, term: term, front: front, back: back,
            tags: tags)
        )
      ]
      if type.shape == .basicAndReversed, ankiCards.contains(where: { $0.ord == 1 }) {
        made.append(
          (
            1,
            Card(
              id: "reverse:" + key, kind: .reverse, term: term, front: back, back: front, tags: tags
            )
          ))
      }
      return made
    case .cloze:
      let text = note.fields.first ?? ""
      let numbers = ClozeText.numbers(text)
      guard !numbers.isEmpty else {
        throw .badNote(
          path: path, note: note.id, problem: "the cloze note has no {{c1::…}} deletion")
      }
      return numbers.map { number in
        let side = ClozeText.card(text, number: number, plain: HTMLText.plain)
        let card = Card(
          id: "cloze:\(key)#\(number)", kind: .cloze, term: termText(side.back), front: side.front,
          back: side.back.isEmpty ? ClozeText.blank : side.back, tags: tags)
        return (number - 1, card)
      }
    case .other:
      let front = try field(0, type.fields.first ?? "first")
      let back = fields.dropFirst().filter { !$0.isEmpty }.joined(separator: "\n")
      guard !back.isEmpty else {
        throw .badNote(path: path, note: note.id, problem: "only its first field has text")
      }
      let ord = ankiCards.map(\.ord).min() ?? 0
      return [
        (
          ord,
          Card(
            id: "basic:" + key, kind: .basic, term: termText(front), front: front, back: back,
            tags: tags)
        )
      ]
    }
  }

  /// The card of a note recall exported: id from the GUID, fields by name.
  static func recallCard(_ note: AnkiNote, type: AnkiNotetype, path: String) throws(AnkiError)
    -> Card?
  {
    let id = String(note.guid.dropFirst(guidPrefix.count))
    guard let colon = id.firstIndex(of: ":"), let kind = CardKind(rawValue: String(id[..<colon]))
    else {
      throw .badNote(path: path, note: note.id, problem: "its GUID \(note.guid) names no card kind")
    }
    var named: [String: String] = [:]
    for (index, name) in type.fields.enumerated() where index < note.fields.count {
      named[name] = note.fields[index]
    }
    func lines(_ name: String) -> [String]? {
      let list = HTMLText.plain(named[name] ?? "").split(separator: "\n").map(String.init)
      return list.isEmpty ? nil : list
    }
    var front = HTMLText.plain(named["Front"] ?? "")
    var back = HTMLText.plain(named["Back"] ?? "")
    if kind == .cloze, let text = named["Text"] {
      let side = ClozeText.card(text, number: 1, plain: HTMLText.plain)
      front = side.front
      back = side.back
    }
    guard !front.isEmpty, !back.isEmpty else {
      throw .badNote(path: path, note: note.id, problem: "the question or the answer is empty")
    }
    let term = HTMLText.plain(named["Term"] ?? "")
    return Card(
      id: id, kind: kind, term: term.isEmpty ? termText(back) : term, front: front, back: back,
      tags: DeckImport.ankiTags(note.tags.joined(separator: " ")), choices: lines("Choices"),
      accept: lines("Accept"))
  }

  /// A card's term from a side's text: its first line, at most 100 characters.
  static func termText(_ text: String) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return line.count > 100 ? String(line.prefix(100)) : line
  }
}
