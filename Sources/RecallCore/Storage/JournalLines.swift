/// A journal's bytes cut into lines: the one splitter of loading (`ProgressStore`) and of
/// `recall doctor` (`JournalScan`). Statistics read in 1 MB chunks (`LineChunkReader`) and
/// split each chunk the same way.
///
/// Lines end with a newline; a last line without one (a write cut short) is not a line:
/// `end` stops before it. A line of spaces and carriage returns only is blank: it counts for
/// line numbers, and holds no entry.
struct JournalLines: Sequence, IteratorProtocol {
  /// One line: its number (from the number given, plus one), its bytes without the newline,
  /// and the range with the newline.
  struct Line {
    var number: Int
    var text: Range<Int>
    var whole: Range<Int>
    var isBlank: Bool
  }

  private let bytes: [UInt8]
  private var start: Int
  private var number: Int
  /// Where the complete lines read so far end (after the last newline).
  private(set) var end: Int

  /// The lines of `bytes` from `start`; the first is numbered `linesBefore + 1`.
  init(_ bytes: [UInt8], from start: Int = 0, linesBefore: Int = 0) {
    self.bytes = bytes
    self.start = start
    self.end = start
    number = linesBefore
  }

  mutating func next() -> Line? {
    guard start < bytes.count, let newline = bytes[start...].firstIndex(of: 0x0A) else {
      return nil
    }
    number += 1
    let text = start..<newline
    start = newline + 1
    end = start
    return Line(
      number: number, text: text, whole: text.lowerBound..<start,
      isBlank: bytes[text].allSatisfy { $0 == 0x20 || $0 == 0x0D })
  }
}
