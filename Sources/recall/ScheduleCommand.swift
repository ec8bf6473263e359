import ArgumentParser
import Foundation
import RecallCore

/// `recall schedule --replay FILE`: replays review histories through the FSRS-6 scheduler.
/// `recall schedule --fit LOG [--json]`: fits FSRS-6's parameters to a review log.
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

      With --fit LOG, fits FSRS-6's 21 parameters to a review log instead: CSV with a \
      header card_id,review_rating,review_time[,review_duration] (ISO-8601 times) or a \
      recall journal. Prints the parameters, the number of reviews and training items, and \
      the log loss and RMSE(bins) of the defaults and of the fit on that log (--json: one \
      JSON object). Days are counted from 4 a.m. UTC.

      On bad input prints "recall: FILE: message" to stderr and exits with status 2.
      """
  )

  @Option(
    name: .long,
    help: ArgumentHelp("JSON file to replay ('-' for standard input).", valueName: "FILE"))
  var replay: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Review log to fit FSRS-6's parameters to (CSV or a recall journal; '-' for standard input).",
      valueName: "LOG"))
  var fit: String?

  @Flag(name: .long, help: "With --fit, print one JSON object.")
  var json = false

  func validate() throws {
    if (replay == nil) == (fit == nil) {
      throw ValidationError("Give either --replay FILE or --fit LOG.")
    }
    if json && fit == nil {
      throw ValidationError("--json goes with --fit.")
    }
  }

  func run() throws {
    if let fit {
      try runFit(fit)
      return
    }
    let replay = replay ?? "-"
    let name = replay == "-" ? "<stdin>" : replay
    let output: String
    do {
      output = try Replay.replay(json: try read(replay))
    } catch let error as SchedulerError {
      Self.complain(name, error.description)
      throw ExitCode(2)
    } catch {
      Self.complain(name, "cannot read the file (\(error.localizedDescription))")
      throw ExitCode(2)
    }
    printSafe(output)
  }

  private func runFit(_ log: String) throws {
    let name = log == "-" ? "<stdin>" : log
    let reviews: [FSRSLogReview]
    do {
      guard let text = String(data: try read(log), encoding: .utf8) else {
        Self.complain(name, "not UTF-8 text")
        throw ExitCode(2)
      }
      reviews = try FSRSReviewLog.parse(text)
    } catch let error as ReviewLogError {
      Self.complain(name, error.description)
      throw ExitCode(2)
    } catch let exit as ExitCode {
      throw exit
    } catch {
      Self.complain(name, "cannot read the file (\(error.localizedDescription))")
      throw ExitCode(2)
    }
    let report = FSRSFitReport(reviews: reviews)
    printSafe(json ? report.json : report.text)
  }

  private func read(_ path: String) throws -> Data {
    if path == "-" {
      return FileHandle.standardInput.readDataToEndOfFile()
    }
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }

  private static func complain(_ name: String, _ message: String) {
    printError("\(name): \(message)")
  }
}
