import Foundation
import RecallCore

/// `recall report` as a table, CSV and JSON.
enum ReportText {
  /// The CSV header, also the column names of the table.
  static let header = [
    "learner", "last_studied", "reviews_7d", "reviews_30d", "retention_30d", "mastered",
    "leeches", "backlog", "problem",
  ]

  /// The cells of `row`, as text; missing figures are empty.
  static func cells(_ row: LearnerRow) -> [String] {
    guard row.problem == nil else {
      return [row.learner, "", "", "", "", "", "", "", row.problem ?? ""]
    }
    return [
      row.learner, row.lastStudied.map(JSONCoding.formatDate) ?? "", String(row.reviews7),
      String(row.reviews30), row.retention30.rate.map { String(format: "%.3f", $0) } ?? "",
      String(row.mastered), String(row.leeches), String(row.backlog), "",
    ]
  }

  /// RFC 4180 CSV: a header, then one row per learner.
  static func csv(_ rows: [LearnerRow]) -> String {
    ([header] + rows.map(cells)).map { $0.map(quote).joined(separator: ",") }
      .joined(separator: "\r\n") + "\r\n"
  }

  /// RFC 4180 CSV of the cards failed most: deck, card id, question, again, answers, fail
  /// rate, learners — for `recall report --format csv --cards`.
  static func cardsCSV(_ failures: [CardFailure]) -> String {
    let header = ["deck", "card", "question", "again", "answers", "fail_rate", "learners"]
    let rows = failures.map { failure in
      [
        failure.deck, failure.card, failure.front ?? "", String(failure.again),
        String(failure.answers), String(format: "%.3f", failure.failRate), String(failure.learners),
      ]
    }
    return ([header] + rows).map { $0.map(quote).joined(separator: ",") }
      .joined(separator: "\r\n") + "\r\n"
  }

  /// A CSV field, quoted when it holds a comma, quote or line break. A field a spreadsheet
  /// would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return, as
  /// card text or a learner's name may) gets a leading `'`, as OWASP advises; recall's own
  /// figures are never negative, so no number is touched.
  static func quote(_ field: String) -> String {
    var field = field
    if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      field = "'" + field
    }
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// An aligned table of the learners, then the cards failed most.
  static func table(_ report: ClassReport, rows: [LearnerRow], style: ChartStyle) -> String {
    var lines: [String] = []
    lines.append(
      style.paint("Class report" + (report.deck.map { " on \($0)" } ?? ", all decks"), { $0.bold }))
    guard !rows.isEmpty else {
      lines.append("No learners yet: nobody has progress in Progress/.")
      return lines.joined(separator: "\n") + "\n"
    }
    let titles = [
      "learner", "last studied", "7d", "30d", "ret 30d", "mastered", "leeches", "backlog",
    ]
    var table: [[String]] = [titles]
    var problems: [String] = []
    for row in rows {
      if let problem = row.problem {
        table.append([row.learner, "unreadable", "", "", "", "", "", ""])
        problems.append("  \(row.learner): \(problem)")
        continue
      }
      table.append([
        StatsText.clip(row.learner, 16),
        row.lastStudied.map { String(JSONCoding.formatDate($0).prefix(10)) } ?? "never",
        String(row.reviews7), String(row.reviews30),
        row.retention30.rate.map { StatsText.percent($0) } ?? "-",
        String(row.mastered), String(row.leeches), String(row.backlog),
      ])
    }
    let widths = titles.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
    for (index, cells) in table.enumerated() {
      let line = cells.enumerated().map { column, cell in
        column <= 1
          ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
          : cell.leftPad(widths[column])
      }.joined(separator: "  ")
      lines.append(index == 0 ? style.paint(line, { $0.bold }) : line)
    }
    if !problems.isEmpty {
      lines.append("")
      lines.append("Unreadable progress (run 'recall doctor --learner NAME'):")
      lines += problems
    }
    if !report.failures.isEmpty {
      lines.append("")
      lines.append(
        style.paint("Cards failed most", { $0.bold }) + " (again answers, fail rate, learners)")
      for failure in report.failures {
        let text = StatsText.clip(failure.front ?? failure.card, 52)
        lines.append(
          "\(String(failure.again).leftPad(5))  \(StatsText.percent(failure.failRate))  \(String(failure.learners).leftPad(3))  \(text)"
        )
      }
    }
    return lines.map { style.unicode ? $0 : StatsText.ascii($0) }.joined(separator: "\n") + "\n"
  }

  /// The report as JSON (fields in docs/FORMATS.md).
  static func json(_ report: ClassReport, rows: [LearnerRow]) -> String {
    func number(_ value: Double?) -> Any { value.map { $0 as Any } ?? NSNull() }
    let learners: [[String: Any]] = rows.map { row in
      [
        "learner": row.learner,
        "problem": row.problem.map { $0 as Any } ?? NSNull(),
        "last_studied": row.lastStudied.map { JSONCoding.formatDate($0) as Any } ?? NSNull(),
        "reviews_7d": row.reviews7,
        "reviews_30d": row.reviews30,
        "review_answers_30d": row.retention30.answers,
        "retention_30d": number(row.retention30.rate),
        "mastered": row.mastered,
        "leeches": row.leeches,
        "backlog": row.backlog,
      ]
    }
    let failures: [[String: Any]] = report.failures.map { failure in
      [
        "deck": failure.deck, "card": failure.card,
        "front": failure.front.map { $0 as Any } ?? NSNull(),
        "again": failure.again, "answers": failure.answers, "learners": failure.learners,
        "fail_rate": failure.failRate,
      ]
    }
    let days = report.dailyReviews.enumerated().map { offset, count -> [String: Any] in
      [
        "date": CivilDate.string(days: report.today - report.dailyReviews.count + 1 + offset),
        "count": count,
      ]
    }
    let object: [String: Any] = [
      "deck": report.deck.map { $0 as Any } ?? NSNull(),
      "generated_at": JSONCoding.formatDate(report.now),
      "learners": learners,
      "cards_failed_most": failures,
      "reviews_per_day": days,
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
      ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
