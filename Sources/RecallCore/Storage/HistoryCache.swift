import Foundation

/// A disposable binary summary of a learner's journal (`Progress/<learner>/history.cache`):
/// the answers read so far and where reading stopped, so statistics need only read new lines.
///
/// The cache is trusted only when the journal still ends the cached part with the same bytes;
/// anything odd (other version, other machine layout, journal rewritten) makes it ignored.
enum HistoryCache {
  /// The cache file's name inside the learner's folder.
  static let fileName = "history.cache"
  private static let magic = Array("RECALLHC".utf8)
  private static let version: UInt32 = 1
  private static let checkLength = 64
  /// Seconds from 1970 beyond which a cached time is corruption (about the year 5000).
  static let timeLimit = 1e11

  /// The cached history, or nil when absent, stale or unreadable.
  static func load(from url: URL, journal: FileHandle) -> JournalHistory? {
    guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
    var reader = Reader(data: data)
    guard reader.bytes(magic.count) == magic, reader.u32() == version,
      reader.u32() == UInt32(MemoryLayout<HistoryAnswer>.stride),
      let offset = reader.i64(), let lines = reader.i64(), let check = reader.block(),
      offset >= 0, offset <= FileLimits.maximumCount, lines >= 0,
      lines <= FileLimits.maximumCount, check == tail(of: journal, before: Int(offset)),
      let nameCount = reader.i64(), nameCount >= 0, nameCount <= Int64(data.count / 8)
    else { return nil }
    var names: [String] = []
    names.reserveCapacity(Int(nameCount))
    for _ in 0..<nameCount {
      guard let bytes = reader.block() else { return nil }
      names.append(String(decoding: bytes, as: UTF8.self))
    }
    guard let answerCount = reader.i64(), answerCount >= 0,
      let answers = reader.answers(Int(answerCount)), let undoCount = reader.i64(),
      undoCount >= 0, undoCount <= LearnerProgress.undoDepth
    else { return nil }
    var undoable: [Int] = []
    for _ in 0..<undoCount {
      guard let position = reader.i64(), position >= 0, position < answerCount else { return nil }
      undoable.append(Int(position))
    }
    let limit = Int32(names.count)
    // Every field in range: a time that is not a number, or far outside any journal's years,
    // would stop the statistics that count by day.
    guard
      answers.allSatisfy({
        $0.deck >= 0 && $0.deck < limit && $0.card >= 0 && $0.card < limit && $0.at.isFinite
          && abs($0.at) < HistoryCache.timeLimit && $0.rating <= 4
      })
    else { return nil }
    var history = JournalHistory()
    history.restore(names: names, answers: answers, undoable: undoable)
    history.journalOffset = Int(offset)
    history.journalLines = Int(lines)
    return history
  }

  /// Writes `history` as the cache; failures are ignored (the cache is only a shortcut).
  static func save(_ history: JournalHistory, to url: URL, journal: FileHandle) {
    var data = Data()
    data.append(contentsOf: magic)
    append(&data, version)
    append(&data, UInt32(MemoryLayout<HistoryAnswer>.stride))
    append(&data, Int64(history.journalOffset))
    append(&data, Int64(history.journalLines))
    appendBlock(&data, tail(of: journal, before: history.journalOffset))
    append(&data, Int64(history.names.count))
    for name in history.names { appendBlock(&data, Array(name.utf8)) }
    append(&data, Int64(history.answers.count))
    history.answers.withUnsafeBytes { data.append(contentsOf: $0) }
    append(&data, Int64(history.undoWindow.count))
    for position in history.undoWindow { append(&data, Int64(position)) }
    try? AtomicFile.write(data, to: url)
  }

  /// The last bytes of the journal before `offset`.
  private static func tail(of journal: FileHandle, before offset: Int) -> [UInt8] {
    let start = max(0, offset - checkLength)
    guard (try? journal.seek(toOffset: UInt64(start))) != nil,
      let data = try? journal.read(upToCount: offset - start)
    else { return [] }
    return Array(data)
  }

  private static func append<T: FixedWidthInteger>(_ data: inout Data, _ value: T) {
    withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
  }

  private static func appendBlock(_ data: inout Data, _ bytes: [UInt8]) {
    append(&data, Int64(bytes.count))
    data.append(contentsOf: bytes)
  }

  /// Reads the cache's fields in order, nil past the end.
  private struct Reader {
    let data: Data
    var position = 0

    mutating func bytes(_ count: Int) -> [UInt8]? {
      guard count >= 0, position + count <= data.count else { return nil }
      let start = data.startIndex + position
      position += count
      return Array(data[start..<(start + count)])
    }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type) -> T? {
      let size = MemoryLayout<T>.size
      guard position + size <= data.count else { return nil }
      var value: T = 0
      let start = data.startIndex + position
      withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: data[start..<(start + size)]) }
      position += size
      return T(littleEndian: value)
    }

    mutating func u32() -> UInt32? { integer(UInt32.self) }
    mutating func i64() -> Int64? { integer(Int64.self) }

    mutating func block() -> [UInt8]? {
      guard let count = i64(), count >= 0, count <= Int64(data.count) else { return nil }
      return bytes(Int(count))
    }

    mutating func answers(_ count: Int) -> [HistoryAnswer]? {
      let stride = MemoryLayout<HistoryAnswer>.stride
      guard count <= data.count / stride, position + count * stride <= data.count else {
        return nil
      }
      let start = data.startIndex + position
      let answers = [HistoryAnswer](unsafeUninitializedCapacity: count) { buffer, initialized in
        data[start..<(start + count * stride)].withUnsafeBytes { raw in
          if let base = buffer.baseAddress, let source = raw.baseAddress {
            UnsafeMutableRawPointer(base).copyMemory(from: source, byteCount: count * stride)
          }
        }
        initialized = count
      }
      position += count * stride
      return answers
    }
  }
}
