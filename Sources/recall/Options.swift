import ArgumentParser
import Foundation
import RecallCore

/// Options every command takes: where the data is, who is studying, and colour.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The folder holding Decks/ and Progress/ (default: $RECALL_HOME, else the current folder).",
      valueName: "dir"))
  var home: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Who is studying: letters, digits, '-', '_' and '.' (default: $RECALL_LEARNER; the shell asks).",
      valueName: "name"),
    completion: CompletionValues.learners)
  var learner: LearnerName?

  @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR does the same).")
  var noColor = false

  /// Refuses a learner name from `RECALL_LEARNER` that could not name a folder (the parser
  /// checks `--learner` itself), with exit code 2.
  func validate() throws {
    guard learner == nil, let name = learnerName else { return }
    do {
      _ = try LearnerName(name)
    } catch {
      throw fail("RECALL_LEARNER: \(error)")
    }
  }

  /// The home folder: `--home`, else `RECALL_HOME`, else the current folder.
  var homeURL: URL { GlobalOptions.homeURL(home) }

  /// The home folder `home` names, else `RECALL_HOME`, else the current folder.
  static func homeURL(_ home: String?) -> URL {
    let environment = ProcessInfo.processInfo.environment
    let path = home ?? environment["RECALL_HOME"] ?? FileManager.default.currentDirectoryPath
    return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
  }

  /// The learner named by `--learner` or `RECALL_LEARNER`, if any.
  var learnerName: String? {
    learner?.value
      ?? ProcessInfo.processInfo.environment["RECALL_LEARNER"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The learner a command needs, or the one-line error (exit 2) that says how to name one.
  func requiredLearner() throws -> String {
    guard let name = learnerName else {
      throw fail("no learner: give --learner NAME or set RECALL_LEARNER")
    }
    return name
  }
}

/// The clock of the program: now, or the fixed start time given in `RECALL_NOW` (for tests
/// and demonstrations) advanced by the real time elapsed since launch.
enum Clock {
  private static let launch = Date()
  private static let start: Date? = ProcessInfo.processInfo.environment["RECALL_NOW"].flatMap(
    JSONCoding.parseDate)

  /// The current time, whole seconds.
  static func now() -> Date {
    let launch = Self.launch  // first, so that the first call never reads a time before launch
    let real = Date()
    let date = start.map { $0.addingTimeInterval(real.timeIntervalSince(launch)) } ?? real
    return Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
  }
}

/// Leaves with exit code 2 after printing `message` as one line on standard error.
func fail(_ message: String) -> ExitCode {
  printError(message)
  return ExitCode(2)
}
