import Foundation
import RecallCore

/// Journal lines written by hand in the shape `JSONCoding.lineEncoder` writes (sorted keys), so
/// generating millions of answers takes seconds rather than minutes.
enum JournalLine {
  /// Appends one answer's line (with its newline) to `data`.
  static func append(
    to data: inout Data, deck: String, card: String, rating: Int, at: Date, durationMs: Int,
    before: CardProgress?, after: CardProgress
  ) {
    var line = "{\"after\":" + progress(after) + ",\"at\":\"" + date(at) + "\""
    if let before { line += ",\"before\":" + progress(before) }
    line += ",\"card\":\"\(card)\",\"deck\":\"\(deck)\",\"duration_ms\":\(durationMs)"
    line += ",\"rating\":\(rating)}\n"
    data.append(contentsOf: line.utf8)
  }

  private static func progress(_ p: CardProgress) -> String {
    var text = "{"
    if let first = p.firstReview { text += "\"first_review\":\"" + date(first) + "\"," }
    text += "\"lapses\":\(p.lapses),"
    if p.leech { text += "\"leech\":true," }
    text += "\"memory\":" + memory(p.memory) + ",\"reps\":\(p.reps)"
    if p.suspended { text += ",\"suspended\":true" }
    return text + "}"
  }

  private static func memory(_ m: MemoryState) -> String {
    var text = "{"
    if let d = m.difficulty { text += "\"difficulty\":\(d)," }
    text += "\"due\":\"" + date(m.due) + "\""
    if let last = m.lastReview { text += ",\"last_review\":\"" + date(last) + "\"" }
    if let s = m.stability { text += ",\"stability\":\(s)" }
    text += ",\"state\":\"\(m.state.rawValue)\""
    if let step = m.step { text += ",\"step\":\(step)" }
    return text + "}"
  }

  /// `2024-05-01T12:00:00Z` for whole seconds (the generator only makes whole seconds).
  static func date(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = Int((Double(seconds) / 86_400).rounded(.down))
    let rest = seconds - days * 86_400
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return CivilDate.string(days: days) + "T" + two(rest / 3600) + ":" + two(rest / 60 % 60) + ":"
      + two(rest % 60) + "Z"
  }
}
