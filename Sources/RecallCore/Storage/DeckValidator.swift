import Foundation

/// Checks what JSON decoding cannot: unique ids, non-empty sides, choices holding the answer,
/// and (as warnings) questions that give their answer away.
public enum DeckValidator {
  /// A problem in a deck: the field's coding path and what is wrong.
  public struct Problem: Sendable {
    /// Path to the offending field, e.g. `cards`, 3, `front`.
    public var path: [any CodingKey & Sendable]
    /// What is wrong, in words a trainer can act on.
    public var message: String
    /// True when the deck still works but a trainer may want to fix this.
    public var isWarning = false

    /// The problem located in the deck's JSON text: line, field and message.
    public func issue(in data: Data) -> JSONIssue {
      JSONIssue(
        line: JSONLocator.line(of: path, in: data), field: JSONLocator.describe(path),
        message: isWarning ? "warning: " + message : message)
    }
  }

  /// The first problem in `deck` that makes it unusable, or nil when it is fine.
  public static func firstProblem(in deck: Deck) -> Problem? {
    problems(in: deck).first { !$0.isWarning }
  }

  /// Every problem in `deck`, errors and warnings, in the order of the cards.
  public static func problems(in deck: Deck) -> [Problem] {
    var seen: [String: Int] = [:]
    var found: [Problem] = []
    for (index, card) in deck.cards.enumerated() {
      let base: [any CodingKey & Sendable] = [Key("cards"), Key(index)]
      if let first = seen[card.id] {
        found.append(
          Problem(
            path: base + [Key("id")],
            message:
              "id '\(card.id)' is used twice (also by cards[\(first)]); give each card its own id"))
      } else {
        seen[card.id] = index
      }
      found += problems(in: card).map { problem in
        Problem(path: base + problem.path, message: problem.message, isWarning: problem.isWarning)
      }
    }
    return found
  }

  /// The problems of one card, with paths relative to the card (`front`, `choices`, …).
  public static func problems(in card: Card) -> [Problem] {
    var found: [Problem] = []
    func add(_ field: String, _ message: String, warning: Bool = false) {
      found.append(Problem(path: [Key(field)], message: message, isWarning: warning))
    }
    if card.id.trimmingCharacters(in: .whitespaces).isEmpty {
      add("id", "the card id is empty")
    }
    let front = card.front.trimmingCharacters(in: .whitespacesAndNewlines)
    let back = card.back.trimmingCharacters(in: .whitespacesAndNewlines)
    if front.isEmpty { add("front", "the question is empty") }
    if back.isEmpty { add("back", "the answer is empty") }
    if card.kind == .choice, card.choices == nil {
      add("choices", "a multiple-choice card needs its choices; list them, the answer among them")
    }
    if let choices = card.choices {
      if choices.count < 2 {
        add("choices", "a multiple-choice card needs at least 2 choices")
      } else if !choices.contains(card.back) {
        add("choices", "the answer '\(card.back)' is not among the choices")
      }
      var listed = Set<String>()
      for choice in choices where !listed.insert(choice).inserted {
        add("choices", "the choice '\(choice)' is listed twice; remove the repeat")
      }
    }
    if leaksAnswer(card) {
      add("front", "the question contains its answer '\(back)'; reword it", warning: true)
    }
    return found
  }

  /// True when the question shows the answer word for word (true/false answers aside).
  static func leaksAnswer(_ card: Card) -> Bool {
    guard card.kind != .truefalse else { return false }
    let back = card.back.trimmingCharacters(in: .whitespacesAndNewlines)
    guard back.count >= 2 else { return false }
    return card.front.range(of: back, options: [.caseInsensitive]) != nil
  }

  typealias Key = DeckStore.Key
}

extension DeckValidator {
  /// What checking a deck file found: one line per problem, as `FILE: line N: field: message`.
  public struct Report: Sendable {
    /// Cards in the deck (0 when the file could not be read as a deck).
    public var cardCount: Int
    /// Problems that make the deck unusable.
    public var errors: [String]
    /// Problems worth fixing that do not stop the deck from loading.
    public var warnings: [String]
    /// True when the deck loads: no errors (warnings allowed).
    public var isValid: Bool { errors.isEmpty }
  }

  /// Checks the deck JSON in `data` and reports every problem; `path` names the file.
  public static func check(_ data: Data, path: String) -> Report {
    let deck: Deck
    do {
      deck = try DeckStore.decodeStructure(data, path: path)
    } catch {
      return Report(cardCount: 0, errors: [error.description], warnings: [])
    }
    var report = Report(cardCount: deck.cards.count, errors: [], warnings: [])
    for problem in problems(in: deck) {
      let line = "\(path): \(problem.issue(in: data).location)"
      if problem.isWarning {
        report.warnings.append(line)
      } else {
        report.errors.append(line)
      }
    }
    return report
  }
}
