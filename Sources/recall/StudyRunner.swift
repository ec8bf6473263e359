import Foundation
import RecallCore

/// Runs a study session at the prompt: show a card, reveal it, take a grade, save, repeat.
struct StudyRunner {
  let screen: Screen
  let reader: any LineReader
  let store: ProgressStore
  var session: StudySession
  let clock: () -> Date

  /// How a session ended.
  enum Ending {
    /// The learner typed `q` (or Ctrl-D).
    case quit
    /// Nothing is left to study now.
    case finished
  }

  /// Runs until the learner quits or nothing is left; returns how it ended.
  mutating func run() -> Ending {
    let deckTitle = session.deck.title
    let total = session.remaining
    var shown = 0
    screen.line(
      screen.paint("\(deckTitle)", { $0.bold })
        + " — \(store.learner): \(total) card\(total == 1 ? "" : "s") to study")
    while let card = session.next(progress: store.progress, now: clock()) {
      shown += 1
      let started = clock()
      screen.line()
      let done = session.answers.count
      screen.line(
        screen.paint(
          "[\(done + 1)/\(done + max(1, session.remaining))] \(label(card.kind))", { $0.dim }))
      screen.paragraph(screen.paint("Q: ", { $0.cyan.bold }) + card.front, indent: 3)
      if let choices = card.choices {
        for (index, choice) in choices.enumerated() {
          screen.paragraph("   \(Character(UnicodeScalar(UInt8(97 + index)))) \(choice)", indent: 5)
        }
      }
      guard let reveal = reader.readLine(prompt: "(Enter to reveal, q to quit) ") else {
        return .quit
      }
      if isQuit(reveal) { return .quit }
      screen.paragraph(screen.paint("A: ", { $0.green.bold }) + card.back, indent: 3)
      let options = intervalLine(card)
      while true {
        guard let input = reader.readLine(prompt: options + " > ") else { return .quit }
        if isQuit(input) { return .quit }
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { continue }
        guard let rating = Rating(answer: trimmed) else {
          screen.line("Type 1–4 (again, hard, good, easy), or q to quit.")
          continue
        }
        let now = clock()
        let record = session.answer(
          card, rating: rating, at: now,
          durationMs: Int((now.timeIntervalSince(started) * 1000).rounded()),
          progress: store.progress)
        do {
          try store.record(record)
        } catch {
          screen.line(screen.paint("Not saved: \(error)", { $0.red }))
          continue
        }
        session.didRecord(record)
        screen.line(
          screen.paint(
            "Saved: \(rating.name), next in \(formatInterval(record.after.memory.due.timeIntervalSince(now)))",
            { $0.dim }))
        break
      }
    }
    return .finished
  }

  /// `1 again 10m · 2 hard 1d · 3 good 3d · 4 easy 8d`: what each grade would do.
  func intervalLine(_ card: Card) -> String {
    let now = clock()
    return Rating.allCases.map { rating in
      let record = session.answer(card, rating: rating, at: now, progress: store.progress)
      let interval = formatInterval(record.after.memory.due.timeIntervalSince(now))
      return "\(rating.rawValue) \(rating.name) \(interval)"
    }.joined(separator: " · ")
  }

  func isQuit(_ input: String) -> Bool {
    let word = input.trimmingCharacters(in: .whitespaces).lowercased()
    return word == "q" || word == "quit"
  }

  func label(_ kind: CardKind) -> String {
    switch kind {
    case .definition: "definition"
    case .reverse: "which term?"
    case .cloze: "fill the blank"
    case .choice: "multiple choice"
    case .truefalse: "true or false?"
    case .abbreviation: "abbreviation"
    case .comparison: "comparison"
    case .basic: "card"
    }
  }
}

/// A time span as a learner reads it: `<1m`, `10m`, `3h`, `4d`, `1.5mo`, `2.1y`.
func formatInterval(_ seconds: TimeInterval) -> String {
  let minutes = seconds / 60
  if minutes < 1 { return "<1m" }
  if minutes < 60 { return "\(Int(minutes.rounded()))m" }
  let hours = minutes / 60
  if hours < 24 { return "\(Int(hours.rounded()))h" }
  let days = hours / 24
  if days < 30 { return "\(Int(days.rounded()))d" }
  if days < 365 {
    let months = days / 30
    return months < 10 ? String(format: "%.1fmo", months) : "\(Int(months.rounded()))mo"
  }
  return String(format: "%.1fy", days / 365)
}
