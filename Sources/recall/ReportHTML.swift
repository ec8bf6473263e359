import Foundation
import RecallCore

/// `recall report --format html`: one self-contained page (inline CSS and SVG, no script,
/// nothing fetched) that opens in any browser.
enum ReportHTML {
  /// The whole page.
  static func page(_ report: ClassReport, rows: [LearnerRow]) -> String {
    let scope = report.deck.map { "deck " + escape($0) } ?? "all decks"
    var body = """
      <h1>Class report</h1>
      <p class="meta">\(scope) &middot; generated \(escape(JSONCoding.formatDate(report.now))) &middot; \(rows.count) learner\(rows.count == 1 ? "" : "s")</p>

      """
    if rows.isEmpty {
      body += "<p class=\"empty\">No learners yet: nobody has progress in Progress/.</p>\n"
      return wrap(body)
    }
    body += "<section><h2>Answers per day, whole class, last 30 days</h2>\n"
    body += dailyChart(report) + "</section>\n"
    body += "<section><h2>Learners</h2>\n" + learnerTable(rows) + "</section>\n"
    let readable = rows.filter { $0.problem == nil }
    if !readable.isEmpty {
      body += "<section><h2>True retention, last 30 days</h2>\n" + retentionChart(readable)
      body += "</section>\n"
    }
    body += "<section><h2>Cards failed most</h2>\n" + failureTable(report.failures) + "</section>\n"
    return wrap(body)
  }

  private static func wrap(_ body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>recall: class report</title>
    <style>
    body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2328; margin: 2rem auto; max-width: 1080px; padding: 0 1.5rem; background: #fff; }
    h1 { margin-bottom: 0.2rem; }
    h2 { font-size: 1.15rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.3rem; }
    .meta { color: #59636e; margin-top: 0; }
    table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
    th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid #eaeef2; text-align: right; white-space: nowrap; }
    th { background: #f6f8fa; font-weight: 600; }
    th:first-child, td:first-child, td.text { text-align: left; }
    td.text { white-space: normal; }
    tr.problem td { color: #b3261e; }
    .bar { display: inline-block; height: 0.6rem; background: #2da44e; border-radius: 2px; vertical-align: middle; margin-right: 0.4rem; }
    .bar.fail { background: #cf222e; }
    .empty { font-size: 1.1rem; color: #59636e; }
    svg text { font-family: inherit; font-size: 11px; fill: #59636e; }
    </style>
    </head>
    <body>
    \(body)</body>
    </html>

    """
  }

  private static func learnerTable(_ rows: [LearnerRow]) -> String {
    var html = "<table>\n<tr><th>learner</th><th>last studied</th><th>answers 7 d</th>"
    html += "<th>answers 30 d</th><th>retention 30 d</th><th>mastered</th><th>leeches</th>"
    html += "<th>backlog</th></tr>\n"
    for row in rows {
      if let problem = row.problem {
        html += "<tr class=\"problem\"><td>\(escape(row.learner))</td>"
        html +=
          "<td class=\"text\" colspan=\"7\">progress unreadable: \(escape(problem))</td></tr>\n"
        continue
      }
      let last = row.lastStudied.map { String(JSONCoding.formatDate($0).prefix(10)) } ?? "never"
      let retention = row.retention30.rate.map { String(format: "%.0f %%", $0 * 100) } ?? "&ndash;"
      html += "<tr><td>\(escape(row.learner))</td><td>\(last)</td><td>\(row.reviews7)</td>"
      html += "<td>\(row.reviews30)</td><td>\(retention)</td><td>\(row.mastered)</td>"
      html += "<td>\(row.leeches)</td><td>\(row.backlog)</td></tr>\n"
    }
    return html + "</table>\n"
  }

  private static func failureTable(_ failures: [CardFailure]) -> String {
    guard !failures.isEmpty else { return "<p>No card has been failed yet.</p>\n" }
    var html = "<table>\n<tr><th>card</th><th>again</th><th>answers</th><th>fail rate</th>"
    html += "<th>learners</th></tr>\n"
    for failure in failures {
      let width = Int((failure.failRate * 120).rounded())
      html += "<tr><td class=\"text\">\(escape(failure.front ?? failure.card))"
      html += "<br><small>\(escape(failure.deck)) &middot; \(escape(failure.card))</small></td>"
      html += "<td>\(failure.again)</td><td>\(failure.answers)</td>"
      html += "<td><span class=\"bar fail\" style=\"width:\(width)px\"></span>"
      html += String(format: "%.0f %%", failure.failRate * 100) + "</td>"
      html += "<td>\(failure.learners)</td></tr>\n"
    }
    return html + "</table>\n"
  }

  /// Vertical bars, one per day, with the busiest day's count and the ends labelled.
  private static func dailyChart(_ report: ClassReport) -> String {
    let values = report.dailyReviews
    let top = max(1, values.max() ?? 0)
    let width = 1000
    let height = 180
    let left = 40
    let bottom = 24
    let slot = Double(width - left) / Double(max(1, values.count))
    var svg = "<svg role=\"img\" aria-label=\"answers per day\" width=\"100%\" "
    svg += "viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    let plot = Double(height - bottom - 10)
    svg +=
      "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width)\" y2=\"\(height - bottom)\" stroke=\"#d0d7de\"/>\n"
    svg += "<text x=\"\(left - 6)\" y=\"14\" text-anchor=\"end\">\(top)</text>\n"
    svg += "<text x=\"\(left - 6)\" y=\"\(height - bottom)\" text-anchor=\"end\">0</text>\n"
    for (index, value) in values.enumerated() {
      let barHeight = plot * Double(value) / Double(top)
      let x = Double(left) + Double(index) * slot + slot * 0.15
      let y = Double(height - bottom) - barHeight
      let date = CivilDate.string(days: report.today - values.count + 1 + index)
      svg += String(
        format:
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#2da44e\" rx=\"2\">",
        x, y, slot * 0.7, barHeight)
      svg += "<title>\(date): \(value)</title></rect>\n"
    }
    let first = CivilDate.string(days: report.today - values.count + 1)
    let last = CivilDate.string(days: report.today)
    svg += "<text x=\"\(left)\" y=\"\(height - 6)\">\(first)</text>\n"
    svg += "<text x=\"\(width)\" y=\"\(height - 6)\" text-anchor=\"end\">\(last) (today)</text>\n"
    return svg + "</svg>\n"
  }

  /// One horizontal bar per learner; a dashed line marks 90 %.
  private static func retentionChart(_ rows: [LearnerRow]) -> String {
    let shown = Array(rows.prefix(40))
    let rowHeight = 22
    let left = 160
    let width = 1000
    let plot = Double(width - left - 60)
    let height = shown.count * rowHeight + 24
    var svg = "<svg role=\"img\" aria-label=\"retention per learner\" width=\"100%\" "
    svg += "viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    let mark = Double(left) + plot * 0.9
    svg += String(
      format:
        "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#59636e\" stroke-dasharray=\"4 3\"/>",
      mark, mark, height - 18)
    for (index, row) in shown.enumerated() {
      let y = index * rowHeight
      let name = escape(StatsText.clip(row.learner, 22))
      svg += "<text x=\"\(left - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(name)</text>\n"
      if let rate = row.retention30.rate {
        let color = rate >= 0.9 ? "#2da44e" : (rate >= 0.8 ? "#bf8700" : "#cf222e")
        svg += String(
          format:
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"\(color)\" rx=\"2\"/>",
          left, y + 4, plot * rate)
        svg += String(
          format: "<text x=\"%.1f\" y=\"%d\">%.0f %%</text>\n", Double(left) + plot * rate + 6,
          y + 15, rate * 100)
      } else {
        svg += "<text x=\"\(left)\" y=\"\(y + 15)\">no review answers</text>\n"
      }
    }
    svg += String(
      format: "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">90 %%</text>\n", mark, height - 4)
    if rows.count > shown.count {
      svg += "<text x=\"\(left)\" y=\"\(height - 4)\">and \(rows.count - shown.count) more</text>\n"
    }
    return svg + "</svg>\n"
  }

  /// `text` safe inside HTML text and attributes.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
