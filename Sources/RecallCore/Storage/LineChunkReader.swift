import Foundation

/// Reads a file of lines from an offset in fixed-size chunks, handing over only complete lines,
/// so a journal of any size is read in constant memory and without copying it into `Data`.
///
/// Buffers are kept in a small pool: a report over a thousand learners reuses a few warm
/// buffers instead of mapping fresh pages for every journal.
final class LineChunkReader: @unchecked Sendable {
  /// Bytes read at a time; a longer line grows the buffer for as long as it lasts.
  static let chunkSize = 1 << 20

  /// What reading found after the last complete line.
  struct Ending {
    /// Bytes after the last newline: a line cut short by a crash, 0 when the file ends cleanly.
    var tornBytes: Int
  }

  private var storage: UnsafeMutableRawPointer
  private var capacity: Int

  private init(capacity: Int) {
    self.capacity = capacity
    storage = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
  }

  deinit { storage.deallocate() }

  /// Reads `descriptor` from `offset` to its end, calling `body` with runs of whole lines (each
  /// run ends with a newline). `display` names the file in errors.
  /// `chunkSize` other than the default is for tests: such a reader is not pooled.
  /// With `end`, reading stops there instead of at the end of the file.
  static func read(
    descriptor: Int32, from offset: Int, to end: Int? = nil, display: String,
    chunkSize: Int = chunkSize,
    _ body: (UnsafeBufferPointer<UInt8>) throws(ProgressError) -> Void
  ) throws(ProgressError) -> Ending {
    let reader = chunkSize == Self.chunkSize ? take() : LineChunkReader(capacity: max(1, chunkSize))
    defer { give(reader) }
    return try reader.read(descriptor: descriptor, from: offset, to: end, display: display, body)
  }

  private func read(
    descriptor: Int32, from start: Int, to end: Int?, display: String,
    _ body: (UnsafeBufferPointer<UInt8>) throws(ProgressError) -> Void
  ) throws(ProgressError) -> Ending {
    var position = off_t(start)
    var held = 0  // bytes of an unfinished line kept at the front of the buffer
    while true {
      if held == capacity { grow() }
      var wanted = capacity - held
      if let end { wanted = min(wanted, max(0, end - Int(position))) }
      let count = wanted == 0 ? 0 : pread(descriptor, storage + held, wanted, position)
      if count < 0 {
        if errno == EINTR { continue }
        throw .io(path: display, reason: "cannot read: \(String(cString: strerror(errno)))")
      }
      if count == 0 { return Ending(tornBytes: held) }
      position += off_t(count)
      let filled = held + count
      let bytes = storage.assumingMemoryBound(to: UInt8.self)
      // The last newline, looking back from the end: lines are short next to a chunk.
      var complete = filled
      while complete > held, bytes[complete - 1] != 0x0A { complete -= 1 }
      guard complete > held else {
        held = filled
        continue
      }
      try body(UnsafeBufferPointer(start: bytes, count: complete))
      held = filled - complete
      if held > 0 { memmove(storage, storage + complete, held) }
    }
  }

  private func grow() {
    let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
    larger.copyMemory(from: storage, byteCount: capacity)
    storage.deallocate()
    storage = larger
    capacity *= 2
  }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var pool: [LineChunkReader] = []
  private static let poolLimit = 4

  private static func take() -> LineChunkReader {
    lock.lock()
    let reader = pool.popLast()
    lock.unlock()
    return reader ?? LineChunkReader(capacity: chunkSize)
  }

  private static func give(_ reader: LineChunkReader) {
    // A buffer grown for a giant line is not worth keeping.
    guard reader.capacity == chunkSize else { return }
    lock.lock()
    if pool.count < poolLimit { pool.append(reader) }
    lock.unlock()
  }
}
