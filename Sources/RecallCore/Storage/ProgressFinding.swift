/// One thing `recall doctor` found in a learner's files: a problem or a note.
public struct ProgressFinding: Hashable, Sendable, CustomStringConvertible {
  /// How serious a finding is.
  public enum Severity: Hashable, Sendable {
    /// The files cannot be used as they are: the learner cannot study until repaired.
    case problem
    /// Worth knowing, nothing is broken (a torn line set aside, cards that left a deck).
    case note
  }

  /// Problem or note.
  public var severity: Severity
  /// The file, as `Progress/ana/journal.jsonl`.
  public var path: String
  /// Where in the file, and what.
  public var issue: JSONIssue

  /// A finding in `path`.
  public init(_ severity: Severity, path: String, issue: JSONIssue) {
    self.severity = severity
    self.path = path
    self.issue = issue
  }

  /// `path: line N: field: message`.
  public var description: String { "\(path): \(issue.location)" }
}
