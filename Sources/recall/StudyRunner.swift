import Foundation
import RecallCore

/// Runs a study session at the prompt: show a card, reveal it, take a grade, save, repeat.
struct StudyRunner {
  let screen: Screen
  let reader: any LineReader
  let store: ProgressStore
  var session: StudySession
  let day: StudyDay
  /// Stop after this many answers, when set.
  var limit: Int? = nil
  /// The deck's file, for editing a card from the prompt (`e`); nil when it cannot be edited.
  var deckFile: URL? = nil
  let clock: () -> Date

  /// How a session ended.
  enum Ending {
    /// The learner typed `q` (or Ctrl-D).
    case quit
    /// Nothing is left to study now.
    case finished
    /// Ctrl-C cancelled the card on screen.
    case interrupted
  }

  /// What the learner asked for at a prompt, besides revealing or grading.
  enum Action {
    case quit, undo, suspend, bury, flag, edit, help
  }

  static let help = """
    Enter reveals the answer, or type your answer first and recall grades it.
    1 again · 2 hard · 3 good · 4 easy (or their names) grade the card.
    u undo the last answer · s suspend this card · b bury it until tomorrow
    f flag it · e edit it (the id, and so your progress, stays) · ? this help · q quit
    """

  /// Runs until the learner quits or nothing is left; returns how it ended.
  mutating func run() -> Ending {
    let start = clock()
    guard session.next(progress: store.progress, now: start) != nil else { return .finished }
    screen.line(
      screen.paint(session.deck.title, { $0.bold })
        + " — \(store.learner): \(header(session.counts(progress: store.progress, now: start)))")
    while let card = session.next(progress: store.progress, now: clock()) {
      if let limit, session.answers.count >= limit { return .finished }
      let started = clock()
      show(card)
      let first: String
      switch reader.read(prompt: "(Enter to reveal, or type your answer; ? for help) ") {
      case .line(let text): first = text
      case .interrupted: return .interrupted
      case .end: return .quit
      }
      var suggested: Rating?
      if let action = action(for: first) {
        if perform(action, on: card) == .quit { return .quit }
        continue
      }
      if !first.trimmingCharacters(in: .whitespaces).isEmpty {
        let verdict = Quiz.check(card, input: first)
        suggested = verdict.suggestedRating
        let coverage =
          verdict != .correct && card.choices == nil && card.kind != .truefalse
          ? AnswerMatcher.coverage(typed: first, expected: card.back) : nil
        if let coverage {
          // A definition is judged by the ideas recalled, not letter for letter.
          let rating = coverage.suggestedRating
          suggested = rating
          let total = coverage.matched.count + coverage.missed.count
          let word =
            switch rating {
            case .good, .easy: screen.paint("right", { $0.green })
            case .hard: screen.paint("partly right", { $0.yellow })
            case .again: screen.paint("wrong", { $0.red })
            }
          screen.line(
            "\(word): recalled \(coverage.matched.count) of \(total) key words — suggested grade: \(rating.rawValue) \(rating.name)"
          )
          if !coverage.missed.isEmpty {
            let shown = coverage.missed.prefix(8).joined(separator: ", ")
            screen.line("  missed: " + shown + (coverage.missed.count > 8 ? ", …" : ""))
          }
        } else {
          let word =
            switch verdict {
            case .correct: screen.paint("correct", { $0.green })
            case .almost: screen.paint("almost (typo)", { $0.yellow })
            case .wrong: screen.paint("wrong", { $0.red })
            }
          screen.line(
            "\(word) — suggested grade: \(suggested.map { "\($0.rawValue) \($0.name)" } ?? "")")
        }
        if verdict != .correct, coverage == nil, card.choices == nil, card.kind != .truefalse {
          let differences =
            verdict == .almost
            ? AnswerMatcher.differences(typed: first, expected: card.back)
            : AnswerMatcher.wrongAnswerHint(typed: first, expected: card.back)
          if !differences.isEmpty && differences.count <= 4 {
            screen.line("  differs: " + differences.joined(separator: ", "))
          }
        }
      }
      screen.paragraph(screen.paint("A: ", { $0.green.bold }) + card.back, indent: 3)
      let options = intervalLine(card)
      let prompt = suggested.map { "\(options) [Enter = \($0.name)] > " } ?? "\(options) > "
      grading: while true {
        let input: String
        switch reader.read(prompt: prompt) {
        case .line(let text): input = text
        case .interrupted: return .interrupted
        case .end: return .quit
        }
        if let action = action(for: input) {
          if perform(action, on: card) == .quit { return .quit }
          // Help, edit and flag leave the card on screen to be graded.
          if action == .help || action == .edit || action == .flag { continue grading }
          break grading
        }
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        guard let rating = trimmed.isEmpty ? suggested : Rating(answer: trimmed) else {
          if !trimmed.isEmpty { screen.line("Type 1–4 (again, hard, good, easy), or ? for help.") }
          continue
        }
        if save(card, rating: rating, started: started) { break grading }
      }
    }
    return .finished
  }

  /// `12 cards to study: 2 learning, 10 new`, or fewer when `--limit` stops the session first.
  func header(_ counts: SessionCounts) -> String {
    let parts = [
      (counts.learning, "learning"), (counts.reviews, counts.reviews == 1 ? "review" : "reviews"),
      (counts.new, "new"),
    ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    let total = counts.total
    let cards = "\(total) card\(total == 1 ? "" : "s") to study: " + parts.joined(separator: ", ")
    guard let limit, limit < total else { return cards }
    return cards + " (this session stops after \(limit))"
  }

  /// The cards this session will have shown once it ends: those answered and those to come
  /// (learning cards coming back counted as they are scheduled), at most `limit`.
  func sessionTotal() -> Int {
    let done = session.answers.count
    let total = done + max(1, session.remaining(progress: store.progress, now: clock()))
    return limit.map { min($0, total) } ?? total
  }

  func show(_ card: Card) {
    screen.line()
    let done = session.answers.count
    let due = max(done + 1, sessionTotal())
    screen.line(
      screen.paint(
        "\(progressBar(done: done, of: due)) \(done)/\(due) · \(label(card.kind))", { $0.dim }))
    screen.paragraph(screen.paint("Q: ", { $0.cyan.bold }) + card.front, indent: 3)
    for (index, choice) in (card.choices ?? []).enumerated() {
      screen.paragraph("   \(letter(index)) \(choice)", indent: 5)
    }
  }

  /// Grades `card`, saves the answer and reports it; false when it could not be saved.
  mutating func save(_ card: Card, rating: Rating, started: Date) -> Bool {
    let now = clock()
    let record = session.answer(
      card, rating: rating, at: now,
      durationMs: Int((now.timeIntervalSince(started) * 1000).rounded()), progress: store.progress)
    do {
      try store.record(record)
    } catch {
      screen.line(screen.paint("Not saved: \(error)", { $0.red }))
      return false
    }
    session.didRecord(record)
    if record.after.leech && record.before?.leech != true {
      screen.line(
        screen.paint(
          "Leech: forgotten \(record.after.lapses) times, so it is suspended. Rewrite the card, or unsuspend it with 'recall card unsuspend \(card.id)'.",
          { $0.yellow }))
    } else {
      let interval = formatInterval(record.after.memory.due.timeIntervalSince(now))
      screen.line(screen.paint("Saved: \(rating.name), next in \(interval)", { $0.dim }))
    }
    return true
  }

  func action(for input: String) -> Action? {
    switch input.trimmingCharacters(in: .whitespaces).lowercased() {
    case "q", "quit": .quit
    case "u", "undo": .undo
    case "s", "suspend": .suspend
    case "b", "bury": .bury
    case "f", "flag": .flag
    case "e", "edit": .edit
    case "?", "help": .help
    default: nil
    }
  }

  /// Carries out `action` on `card`; returns `.quit` when the session should end.
  mutating func perform(_ action: Action, on card: Card) -> Action? {
    let now = clock()
    let change: CardChange?
    switch action {
    case .quit: return .quit
    case .help:
      screen.line(StudyRunner.help)
      return nil
    case .edit:
      edit(card)
      return nil
    case .undo:
      change = store.progress.undoLast(at: now)
      if change == nil { screen.line("Nothing to undo.") }
    case .suspend:
      change = session.change(.suspend, card, at: now, day: day, progress: store.progress)
    case .bury: change = session.change(.bury, card, at: now, day: day, progress: store.progress)
    case .flag:
      let flagged = store.progress.progress(deck: session.deckName, card: card.id)?.flagged == true
      change = session.change(
        flagged ? .unflag : .flag, card, at: now, day: day, progress: store.progress)
    }
    guard let change else { return nil }
    do {
      try store.record(.change(change))
    } catch {
      screen.line(screen.paint("Not saved: \(error)", { $0.red }))
      return nil
    }
    session.didChange(change)
    screen.line(screen.paint(describe(change), { $0.dim }))
    return nil
  }

  /// Asks for a new question and answer (Enter keeps each) and saves the deck; the card keeps
  /// its id, so every learner keeps their progress on it.
  func edit(_ card: Card) {
    guard let deckFile else {
      screen.line("This deck cannot be edited from here.")
      return
    }
    let front = reader.readLine(prompt: "New question (Enter keeps it): ") ?? ""
    let back = reader.readLine(prompt: "New answer (Enter keeps it): ") ?? ""
    let changes = CardChanges(
      front: front.trimmingCharacters(in: .whitespaces).isEmpty ? nil : front,
      back: back.trimmingCharacters(in: .whitespaces).isEmpty ? nil : back)
    guard changes.front != nil || changes.back != nil else {
      screen.line("Unchanged.")
      return
    }
    do {
      let current = try DeckStore.load(from: deckFile)
      try DeckStore.save(try current.editing(id: card.id, with: changes), to: deckFile)
      screen.line(
        screen.paint(
          "Saved in \(deckFile.lastPathComponent); the new wording shows from the next session.",
          { $0.dim }))
    } catch {
      screen.line(screen.paint("Not saved: \(error)", { $0.red }))
    }
  }

  func describe(_ change: CardChange) -> String {
    switch change.event {
    case .undo: "Undone: the answer to \(change.card) is taken back."
    case .suspend: "Suspended: this card will not come back until unsuspended."
    case .unsuspend: "Unsuspended."
    case .bury: "Buried until tomorrow."
    case .unbury: "Unburied."
    case .flag: "Flagged."
    case .unflag: "Flag removed."
    }
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

  func progressBar(done: Int, of total: Int, width: Int = 20) -> String {
    let filled = total == 0 ? width : min(width, done * width / max(1, total))
    let full = screen.color ? "█" : "#"
    let empty = screen.color ? "░" : "-"
    return String(repeating: full, count: filled) + String(repeating: empty, count: width - filled)
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

/// `a`, `b`, `c`… for option `index`.
func letter(_ index: Int) -> Character {
  Character(UnicodeScalar(UInt8(97 + min(index, 25))))
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
