import Foundation

/// A whole journal read line by line, sorting good lines from bad ones: what `recall doctor`
/// checks and what `--repair` keeps. Never changes the file.
///
/// A line is good when loading accepts it (`JournalLine.decode`): the clock never makes a
/// line bad. An exact copy of an earlier line is bad: recall never writes one (every answer
/// changes the card's state), and loading would count it twice.
struct JournalScan {
  /// A line that does not decode, or that repeats an earlier line byte for byte.
  struct BadLine {
    /// Line number, from 1.
    var number: Int
    /// The line's bytes, without its newline.
    var bytes: Data
    /// What is wrong.
    var issue: JSONIssue
  }

  /// The good lines, each with its newline.
  var goodLines: [Data] = []
  /// The bad lines.
  var badLines: [BadLine] = []
  /// Numbers of good lines dated more than the tolerance after the time of the check.
  var futureLines: [Int] = []
  /// Complete lines (ending in a newline).
  var lineCount = 0
  /// The length of a last line without a newline (a torn write), if any.
  var tornBytes: Int?
  /// The torn last line's bytes.
  var torn = Data()
  /// False when the file could not be read (it may simply not exist).
  var exists = false

  /// Reads `url`; good lines dated after `now + tolerance` are listed in `futureLines`.
  init(url: URL, now: Date, tolerance: TimeInterval) {
    guard let data = FileManager.default.contents(atPath: url.path) else { return }
    exists = true
    let bytes = [UInt8](data)
    let decoder = JSONCoding.decoder()
    let future = now.addingTimeInterval(tolerance)
    // Line numbers of the lines seen, by their bytes, to find exact copies.
    var seen: [ArraySlice<UInt8>: Int] = [:]
    var lines = JournalLines(bytes)
    while let next = lines.next() {
      lineCount = next.number
      let line = bytes[next.text]
      let whole = Data(bytes[next.whole])
      if next.isBlank {
        goodLines.append(whole)
        continue
      }
      do throws(JSONIssue) {
        let entry = try JournalLine.decode(line, decoder: decoder)
        if let first = seen[line] {
          badLines.append(
            BadLine(
              number: lineCount, bytes: Data(line),
              issue: JSONIssue(
                line: lineCount,
                message: "an exact copy of line \(first), which loading would count twice")))
          continue
        }
        seen[line] = lineCount
        if entry.at > future { futureLines.append(lineCount) }
        goodLines.append(whole)
      } catch {
        var issue = error
        issue.line = lineCount
        issue.column = nil
        badLines.append(BadLine(number: lineCount, bytes: Data(line), issue: issue))
      }
    }
    if lines.end < bytes.count {
      torn = Data(bytes[lines.end...])
      tornBytes = torn.count
    }
  }
}
