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
  /// True when `recall doctor --repair` can fix it (a bad journal line, a broken snapshot);
  /// false for what it never changes (settings, a link, a lock it cannot open, a newer format).
  public var repairable: Bool

  /// A finding in `path`.
  public init(_ severity: Severity, path: String, issue: JSONIssue, repairable: Bool = false) {
    self.severity = severity
    self.path = path
    self.issue = issue
    self.repairable = repairable
  }

  /// `path: line N: field: message`.
  public var description: String { "\(path): \(issue.location)" }
}
