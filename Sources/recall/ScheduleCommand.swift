import ArgumentParser
import Foundation
import RecallCore

/// `recall schedule --replay FILE`: replays review histories through the FSRS-6 scheduler.
struct ScheduleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schedule",
    abstract: "Replay review histories through the FSRS-6 scheduler and print its states.",
    discussion: """
      Reads one JSON object, or an array of them, each with optional "settings" and a \
      list of "reviews". Prints, for each object, one entry per review: state, step, \
      stability, difficulty, due and retrievability (before the review). Format: \
      docs/SCHEDULE.md.

      Example:
        echo '{"settings": {"enable_fuzzing": false},
               "reviews": [{"rating": 3, "at": "2024-05-01T12:00:00Z"},
                           {"rating": 3, "at": "2024-05-01T12:10:00Z"}]}' \\
          | recall schedule --replay -

      On bad input prints "recall: FILE: message" to stderr and exits with status 2.
      """
  )

  @Option(
    name: .long,
    help: ArgumentHelp("JSON file to replay ('-' for standard input).", valueName: "FILE"))
  var replay: String

  func run() throws {
    let name = replay == "-" ? "<stdin>" : replay
    let output: String
    do {
      output = try Replay.replay(json: try read())
    } catch let error as SchedulerError {
      Self.complain(name, error.description)
      throw ExitCode(2)
    } catch {
      Self.complain(name, "cannot read the file (\(error.localizedDescription))")
      throw ExitCode(2)
    }
    printSafe(output)
  }

  private func read() throws -> Data {
    if replay == "-" {
      return FileHandle.standardInput.readDataToEndOfFile()
    }
    return try Data(contentsOf: URL(fileURLWithPath: replay))
  }

  private static func complain(_ name: String, _ message: String) {
    printError("\(name): \(message)")
  }
}
