/// Anki's cloze deletions, `{{c1::answer}}` or `{{c1::answer::hint}}`, read from a note's text.
enum ClozeText {
  /// The blank recall's cloze cards show (as the generator's do).
  static let blank = "____"

  /// A piece of the text: plain, or deletion `number` with its answer and hint.
  enum Piece: Equatable {
    case text(String)
    case deletion(number: Int, answer: String, hint: String?)
  }

  /// `text` cut into plain pieces and deletions. An unclosed `{{c` is kept as text.
  static func pieces(_ text: String) -> [Piece] {
    var pieces: [Piece] = []
    var rest = text[...]
    while let open = rest.range(of: "{{c") {
      let afterOpen = rest[open.upperBound...]
      let digits = afterOpen.prefix { $0.isASCII && $0.isNumber }
      guard let number = Int(digits), afterOpen.dropFirst(digits.count).hasPrefix("::"),
        let close = afterOpen.range(of: "}}")
      else {
        pieces.append(.text(String(rest[..<open.upperBound])))
        rest = afterOpen
        continue
      }
      pieces.append(.text(String(rest[..<open.lowerBound])))
      let body = afterOpen[
        afterOpen.index(afterOpen.startIndex, offsetBy: digits.count + 2)..<close.lowerBound]
      if let split = body.range(of: "::") {
        pieces.append(
          .deletion(
            number: number, answer: String(body[..<split.lowerBound]),
            hint: String(body[split.upperBound...])))
      } else {
        pieces.append(.deletion(number: number, answer: String(body), hint: nil))
      }
      rest = afterOpen[close.upperBound...]
    }
    pieces.append(.text(String(rest)))
    return pieces.filter { $0 != .text("") }
  }

  /// The cloze numbers of `text`, ascending.
  static func numbers(_ text: String) -> [Int] {
    Set(pieces(text).compactMap { if case .deletion(let n, _, _) = $0 { n } else { nil } }).sorted()
  }

  /// The question and answer of deletion `number`: that deletion blanked (its hint after the
  /// blank, in brackets), the others shown; the answer is its text (several joined by "; ").
  /// Parts are passed through `plain` (HTML to text) once assembled.
  static func card(_ text: String, number: Int, plain: (String) -> String) -> (
    front: String, back: String
  ) {
    var front = ""
    var answers: [String] = []
    for piece in pieces(text) {
      switch piece {
      case .text(let text): front += text
      case .deletion(number, let answer, let hint):
        front += blank + (hint.map { " [\($0)]" } ?? "")
        answers.append(plain(answer))
      case .deletion(_, let answer, _): front += answer
      }
    }
    return (plain(front), answers.joined(separator: "; "))
  }
}
