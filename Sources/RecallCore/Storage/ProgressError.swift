/// Why a learner's progress could not be read or saved. Each message is one line a user can act on.
public enum ProgressError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The learner name cannot name a folder safely.
  case invalidLearnerName(String, reason: String)
  /// A progress file is not valid: names the file, the line and what is wrong.
  case corrupt(path: String, issue: JSONIssue)
  /// A progress file was written by a newer recall.
  case unsupportedVersion(path: String, version: Int)
  /// Another process is studying as this learner.
  case locked(learner: String, holder: String)
  /// The disk is full: the answer was not saved.
  case diskFull(path: String)
  /// Any other failure to read or write a file.
  case io(path: String, reason: String)
  /// A file or folder recall writes is a symbolic link, which it never follows.
  case symbolicLink(path: String)
  /// A setting is out of range.
  case invalidSetting(field: String, message: String)
  /// No learner of that name.
  case unknownLearner(String, known: [String])
  /// A learner of that name already exists.
  case learnerExists(String)

  public var description: String {
    switch self {
    case .invalidLearnerName(let name, let reason):
      return
        "learner name '\(name.debugDescription.dropFirst().dropLast())' is not allowed: \(reason)"
    case .corrupt(let path, let issue):
      return
        "\(path): \(issue.location); run 'recall doctor' to see and repair it (nothing was changed)"
    case .unsupportedVersion(let path, let version):
      return
        "\(path): format_version \(version) is newer than this recall understands; update recall"
    case .locked(let learner, let holder):
      return
        "learner '\(learner)' is in use by \(holder); finish that session first, or open read-only"
    case .diskFull(let path):
      return
        "\(path): the disk is full, so the answer was NOT saved; free some space and answer again"
    case .io(let path, let reason):
      return "\(path): \(reason)"
    case .symbolicLink(let path):
      return
        "\(path) is a symbolic link, and recall writes nothing through a link; replace it with a real file or folder (nothing was changed)"
    case .invalidSetting(let field, let message):
      return "\(field): \(message)"
    case .unknownLearner(let name, let known):
      let list =
        known.isEmpty ? "no learners yet" : "known learners: " + known.joined(separator: ", ")
      return "no learner '\(name)' (\(list))"
    case .learnerExists(let name):
      return "a learner named '\(name)' already exists; choose another name"
    }
  }
}
