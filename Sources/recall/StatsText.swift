import Foundation
import RecallCore

/// `recall stats` as text: figures, then charts, fitting 80 columns.
enum StatsText {
  /// The lines describing `stats`, drawn in `style`.
  static func lines(_ stats: LearnerStats, style: ChartStyle) -> [String] {
    let cards = stats.cards
    let activity = stats.activity
    var lines: [String] = []
    let scope = stats.tag.map { " (tag \($0))" } ?? ""
    lines.append(style.paint("\(stats.learner) on \(stats.deck)\(scope)", { $0.bold }))
    lines.append(
      "  cards     \(cards.cards): \(cards.new) new, \(cards.learning) learning, \(cards.review) review,"
    )
    lines.append(
      "            \(cards.relearning) relearning, \(cards.suspended) suspended (\(cards.leech) leeches)"
    )
    lines.append("  due       \(cards.dueToday) today, \(cards.dueTomorrow) by tomorrow")
    lines.append(
      "  answers   \(activity.reviews) on this deck, \(stats.totalReviews) in all; time spent \(duration(activity.timeSpentMs))"
    )
    lines.append("  scheduler \(parameterSource(stats.fittedParameters))")
    guard activity.reviews > 0 else {
      lines.append("")
      lines.append(
        "No answers on this deck yet: retention, streaks and charts appear after studying"
      )
      lines.append("('recall study --learner \(stats.learner)').")
      return lines
    }
    lines.append(
      "  streak    \(days(activity.currentStreak)) now, longest \(days(activity.longestStreak)); \(days(activity.studiedDays)) studied"
    )
    lines.append("")
    lines.append(
      style.paint("True retention", { $0.bold })
        + " (desired \(percent(stats.desiredRetention).trimmingCharacters(in: .whitespaces)))")
    for window in activity.retention {
      let label = "  last \(window.days) days".padding(toLength: 18, withPad: " ", startingAt: 0)
      if let rate = window.rate {
        lines.append(label + "\(percent(rate))  (\(window.passed) of \(window.answers) passed)")
      } else {
        lines.append(label + "-     (no answers to review cards)")
      }
    }
    lines.append("")
    lines.append(style.paint("Reviews per day, last 30 days", { $0.bold }))
    lines += Charts.bars(activity.lastDays, from: "30 days ago", to: "today", style: style)
    lines.append("")
    lines.append(style.paint("Last 365 days", { $0.bold }))
    lines += Charts.heatmap(
      activity.perDay, firstDay: activity.today - activity.perDay.count + 1, style: style)
    lines.append("")
    lines.append(style.paint("Forecast: cards due, next 30 days", { $0.bold }))
    lines += Charts.bars(cards.forecast, from: "today", to: "in 29 days", style: style)
    if !cards.mastery.isEmpty {
      lines.append("")
      lines.append(
        style.paint("Mastery by tag", { $0.bold }) + " (recall above 90 % now), weakest first")
      for tag in cards.mastery.prefix(15) {
        let name = clip(tag.tag, 34).padding(toLength: 34, withPad: " ", startingAt: 0)
        lines.append(
          "  \(name) \(Charts.meter(tag.share, width: 20, style: style)) \(percent(tag.share)) \(tag.mastered)/\(tag.cards)"
        )
      }
    }
    if !cards.hardest.isEmpty {
      lines.append("")
      lines.append(style.paint("Hardest cards", { $0.bold }) + " (most lapses, lowest recall)")
      for card in cards.hardest {
        let front = clip(card.front.replacingOccurrences(of: "\n", with: " "), 54)
        lines.append(
          "  \(String(card.lapses).leftPad(3)) lapses  \(percent(card.retrievability))  \(front)")
      }
    }
    return lines.map { style.unicode ? $0 : ascii($0) }
  }

  /// `0.923` as `92%`, right-aligned in four columns.
  static func percent(_ value: Double) -> String {
    String("\(Int((value * 100).rounded()))%").leftPad(4)
  }

  static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

  /// `3723000` ms as `1h 02m`.
  static func duration(_ ms: Int) -> String {
    let minutes = ms / 60_000
    if minutes < 60 { return "\(minutes) min" }
    return "\(minutes / 60)h \(String(format: "%02d", minutes % 60))m"
  }

  /// `text` cut to `width` characters, with `...` when cut.
  static func clip(_ text: String, _ width: Int) -> String {
    text.count <= width ? text : String(text.prefix(width - 3)) + "..."
  }

  /// `text` with anything outside ASCII replaced (card text may hold any character).
  static func ascii(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isASCII ? $0 : "?" }))
  }
}

extension String {
  /// The string right-aligned in `width` columns.
  func leftPad(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
