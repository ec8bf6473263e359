import Foundation

/// The one reading of a journal line that loading, statistics, `doctor` and `doctor --repair`
/// share, so that a line one of them accepts is accepted by all.
enum JournalLine {
  /// The entry on `line` (without its newline): the fast reader, else `JSONDecoder` (on a line
  /// nested no deeper than `FileLimits.maximumNesting`). Throws what is wrong, located within
  /// the line (the caller adds the line number).
  static func decode(_ line: ArraySlice<UInt8>, decoder: JSONDecoder) throws(JSONIssue)
    -> JournalEntry
  {
    if let entry = JournalLineParser.entry(line) { return entry }
    let data = Data(line)
    if JSONLocator.nestsTooDeep(data) {
      throw JSONIssue(
        message: "arrays and objects nested more than \(FileLimits.maximumNesting) levels deep")
    }
    do {
      return try decoder.decode(JournalEntry.self, from: data)
    } catch let error as DecodingError {
      if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
        let (_, message) = JSONLocator.syntaxError(in: data)
      {
        throw JSONIssue(message: message)
      }
      throw JSONCoding.issue(for: error, in: data)
    } catch {
      throw JSONIssue(message: "\(error)")
    }
  }
}
