import Foundation

/// The one reading of a journal line that loading, statistics, `doctor` and `doctor --repair`
/// share, so that a line one of them accepts is accepted by all.
enum JournalLine {
  /// The entry on `line` (without its newline): `JSONTokenizer` (trailing commas allowed, as
  /// `JSONDecoder` allows them), then the fast reader, else `JSONDecoder` on the valid JSON.
  /// Throws what is wrong, located within the line (the caller adds the line number).
  static func decode(_ line: ArraySlice<UInt8>, decoder: JSONDecoder) throws(JSONIssue)
    -> JournalEntry
  {
    let tree: JSONTree.Value
    do {
      tree = try JSONTree.parse(line, allowsTrailingCommas: true)
    } catch {
      throw JSONIssue(message: error.message)
    }
    if let entry = FastReader.entry(tree) { return entry }
    let data = Data(line)
    do {
      return try decoder.decode(JournalEntry.self, from: data)
    } catch let error as DecodingError {
      throw JSONCoding.issue(for: error, in: data)
    } catch {
      throw JSONIssue(message: "\(error)")
    }
  }
}
