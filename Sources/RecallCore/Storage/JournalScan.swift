import Foundation

/// A whole journal read line by line, sorting good lines from bad ones: what `recall doctor`
/// checks and what `--repair` keeps. Never changes the file.
struct JournalScan {
  /// A line that does not decode, or whose time is too far in the future.
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
  /// Complete lines (ending in a newline).
  var lineCount = 0
  /// The length of a last line without a newline (a torn write), if any.
  var tornBytes: Int?
  /// The torn last line's bytes.
  var torn = Data()
  /// False when the file could not be read (it may simply not exist).
  var exists = false

  /// Reads `url`; lines dated after `now + tolerance` are bad.
  init(url: URL, now: Date, tolerance: TimeInterval) {
    guard let data = FileManager.default.contents(atPath: url.path) else { return }
    exists = true
    var start = data.startIndex
    while start < data.endIndex {
      guard let newline = data[start...].firstIndex(of: 0x0A) else {
        torn = Data(data[start...])
        tornBytes = torn.count
        break
      }
      lineCount += 1
      let line = Data(data[start..<newline])
      let whole = Data(data[start...newline])
      start = newline + 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
        goodLines.append(whole)
        continue
      }
      do throws(JSONIssue) {
        let entry: JournalEntry
        if let fast = JournalLineParser.entry(ArraySlice(line)) {
          entry = fast
        } else {
          entry = try JSONCoding.decode(JournalEntry.self, from: line)
        }
        if entry.at > now.addingTimeInterval(tolerance) {
          badLines.append(
            BadLine(
              number: lineCount, bytes: line,
              issue: JSONIssue(
                line: lineCount, field: "at",
                message: "\(JSONCoding.formatDate(entry.at)) is in the future")))
        } else {
          goodLines.append(whole)
        }
      } catch {
        var issue = error
        issue.line = lineCount
        issue.column = nil
        badLines.append(BadLine(number: lineCount, bytes: line, issue: issue))
      }
    }
  }
}
