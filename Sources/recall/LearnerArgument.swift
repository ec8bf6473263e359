import ArgumentParser
import RecallCore

/// `--learner NAME`: the parser refuses a name that could not safely name a folder under
/// `Progress/` before any command runs (letters, digits, `-`, `_` and `.`, 1–64 characters,
/// not starting with `.`).
extension LearnerName: ExpressibleByArgument {
  public init?(argument: String) {
    guard let name = try? LearnerName(argument) else { return nil }
    self = name
  }
}
