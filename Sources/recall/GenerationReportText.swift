import RecallCore

/// The `--report` of `recall generate`: definitions found, cards made, sentences not used.
struct GenerationReportText {
  let result: GenerationResult

  var text: String {
    var lines: [String] = []
    let report = result.report
    lines.append("Definitions found: \(report.entries.count)")
    for entry in report.entries {
      let definition = entry.definition
      var names = definition.term
      if let abbreviation = definition.abbreviation { names += " (\(abbreviation))" }
      if !definition.aliases.isEmpty {
        names += " aka " + definition.aliases.joined(separator: ", ")
      }
      let section = definition.section.isEmpty ? "-" : definition.section.joined(separator: " > ")
      lines.append(
        "  line \(definition.line): \(names)  [\(section)] (\(definition.rule.rawValue))")
      if !definition.properties.isEmpty {
        lines.append("    properties: \(definition.properties.joined(separator: ", "))")
      }
      if !definition.text.isEmpty { lines.append("    means: \(definition.text)") }
      lines.append("    cards: \(entry.cardIDs.joined(separator: " "))")
    }
    if !report.groupCardIDs.isEmpty {
      lines.append("Comparison cards: \(report.groupCardIDs.joined(separator: " "))")
    }
    lines.append("Not used: \(report.rejected.count)")
    for rejected in report.rejected {
      lines.append("  line \(rejected.line): \(rejected.reason): \(shorten(rejected.sentence))")
    }
    return lines.joined(separator: "\n")
  }

  private func shorten(_ text: String) -> String {
    text.count <= 100 ? text : String(text.prefix(97)) + "..."
  }
}
