import Foundation

/// A journal's bytes cut into lines: the one splitter of loading (`ProgressStore`), of
/// `recall doctor` (`JournalScan`), of the statistics scan (`JournalHistory`, over each 1 MB
/// chunk) and of `schedule --fit` on a journal (`FSRSReviewLog`).
///
/// Lines end with a newline; a last line without one (a write cut short) is not a line:
/// `end` stops before it. A line of spaces and carriage returns only is blank: it counts for
/// line numbers, and holds no entry.
struct JournalLines<Bytes: RandomAccessCollection>: Sequence, IteratorProtocol
where Bytes.Element == UInt8, Bytes.Index == Int {
  /// One line: its number (from the number given, plus one), its bytes without the newline,
  /// and the range with the newline.
  struct Line {
    var number: Int
    var text: Range<Int>
    var whole: Range<Int>
    var isBlank: Bool
  }

  private let bytes: Bytes
  private var start: Int
  private var number: Int
  /// Where the complete lines read so far end (after the last newline).
  private(set) var end: Int

  /// The lines of `bytes` from `start`; the first is numbered `linesBefore + 1`.
  init(_ bytes: Bytes, from start: Int? = nil, linesBefore: Int = 0) {
    self.bytes = bytes
    self.start = start ?? bytes.startIndex
    self.end = self.start
    number = linesBefore
  }

  mutating func next() -> Line? {
    guard start < bytes.endIndex, let newline = newline(from: start) else { return nil }
    number += 1
    let text = start..<newline
    start = newline + 1
    end = start
    return Line(number: number, text: text, whole: text.lowerBound..<start, isBlank: isBlank(text))
  }

  /// Once `next()` is nil: the bytes after the last newline as a line (in a journal, a write
  /// cut short; a log given to `schedule --fit` need not end with a newline), nil when none.
  mutating func unterminated() -> Line? {
    guard start < bytes.endIndex else { return nil }
    number += 1
    let text = start..<bytes.endIndex
    start = bytes.endIndex
    return Line(number: number, text: text, whole: text, isBlank: isBlank(text))
  }

  private func isBlank(_ text: Range<Int>) -> Bool {
    for index in text where bytes[index] != 0x20 && bytes[index] != 0x0D { return false }
    return true
  }

  /// The first newline at or after `from` (`memchr` where the bytes are contiguous).
  private func newline(from: Int) -> Int? {
    let found = bytes.withContiguousStorageIfAvailable { buffer -> Int? in
      let offset = from - bytes.startIndex
      guard let base = buffer.baseAddress,
        let hit = memchr(base + offset, 0x0A, buffer.count - offset)
      else { return nil }
      return from + base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - offset
    }
    switch found {
    case .some(let index): return index
    case .none: return bytes[from...].firstIndex(of: 0x0A)
    }
  }
}
