import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One learner's durable progress: a snapshot plus an append-only, fsynced journal.
///
/// `record` returns only once the answer's journal line is on disk, so an answer
/// acknowledged on screen survives a crash or a kill. The snapshot is replaced
/// atomically every `snapshotEvery` answers and at `close`; loading reads the
/// snapshot and then the journal lines written after it.
public final class ProgressStore {
  /// The snapshot file's name inside the learner's folder.
  public static let snapshotFile = "progress.json"
  /// The journal file's name inside the learner's folder.
  public static let journalFile = "journal.jsonl"
  /// The lock file's name inside the learner's folder.
  public static let lockFile = ".lock"

  /// The learner.
  public let learner: LearnerName
  /// `Progress/<learner>`.
  public let folder: URL
  /// True when opened without the lock: nothing can be recorded.
  public let isReadOnly: Bool
  /// The current state: snapshot plus journal.
  public internal(set) var progress: LearnerProgress
  /// Things found while loading that the learner should be told (a torn last line set aside).
  public private(set) var notices: [String] = []
  /// Answers and changes `record` could not write (a full disk, an I/O error), so that a
  /// session can end with a non-zero exit code when one was not saved.
  public private(set) var unsavedRecords = 0
  /// How many answers between snapshots.
  public var snapshotEvery: Int
  /// Answers between snapshots: `snapshotEvery`, or one per ten cards with progress when that
  /// is more, so that the snapshot (which rewrites every card) costs at most about ten card
  /// states per answer however many cards there are.
  public var snapshotInterval: Int {
    max(snapshotEvery, progress.decks.values.reduce(0) { $0 + $1.count } / 10)
  }
  /// Fault injection for tests (set only by debug builds): journal writes after this many
  /// succeed only halfway and then fail with ENOSPC, as on a full disk.
  package var failJournalWritesAfter: Int?
  /// Fault injection for tests (set only by debug builds): each journal line is written in
  /// two halves this many microseconds apart, so that a kill can land inside a write.
  package var pauseInsideJournalWrites: UInt32 = 0

  private var lock: FileLock?
  var journalFD: Int32 = -1
  // Where the journal ends (bytes, lines, last line): what a snapshot records.
  var journalSize: Int = 0
  var journalLines: Int = 0
  var journalTail: JournalTail?
  var answersSinceSnapshot = 0
  /// Journal lines read after the snapshot when loading.
  private var replayedLines = 0
  /// Writes snapshots one at a time, off the answer's path.
  let snapshotQueue = DispatchQueue(label: "recall.progress.snapshot")
  private var journalWrites = 0

  /// The folder holding every learner: `home/Progress`.
  public static func root(home: URL) -> URL {
    home.appendingPathComponent("Progress", isDirectory: true)
  }

  /// The learners with a folder under `root`, sorted.
  public static func learners(root: URL) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return entries.filter { name in
      var isFolder: ObjCBool = false
      return !name.hasPrefix(".")
        && FileManager.default.fileExists(
          atPath: root.appendingPathComponent(name).path, isDirectory: &isFolder)
        && isFolder.boolValue
    }.sorted()
  }

  /// Opens `learner`'s progress under `root`, creating the folder when `create` is set.
  /// Unless `readOnly`, takes the learner's lock: a second writer is refused with `.locked`.
  /// A snapshot is written every `snapshotEvery` answers, and after loading when that many
  /// journal lines had to be replayed.
  public init(
    root: URL, learner: LearnerName, readOnly: Bool = false, create: Bool = true, now: Date,
    snapshotEvery: Int = 100
  ) throws(ProgressError) {
    self.learner = learner
    self.snapshotEvery = snapshotEvery
    self.folder = root.appendingPathComponent(learner.value, isDirectory: true)
    self.isReadOnly = readOnly
    self.progress = LearnerProgress(learner: learner.value)
    try LinkGuard.checkLearnerFolder(root: root, learner: learner.value)
    let manager = FileManager.default
    if !manager.fileExists(atPath: folder.path) {
      guard create, !readOnly else {
        throw .unknownLearner(learner.value, known: ProgressStore.learners(root: root))
      }
      do {
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.syncFolder(root.path)
      } catch {
        throw .io(path: folder.path, reason: "cannot create the learner's folder: \(error)")
      }
    }
    if !readOnly {
      lock = try FileLock(
        path: folder.appendingPathComponent(ProgressStore.lockFile).path, owner: learner.value,
        now: now, display: "Progress/\(learner.value)/\(ProgressStore.lockFile)")
    }
    try load(now: now)
    if !readOnly {
      removeStaleTemporaryFiles()
      // After a long replay (no snapshot, or an old one), snapshot now: the next start is quick.
      if replayedLines >= snapshotEvery { saveSnapshotInBackground(now: now) }
    }
  }

  deinit {
    snapshotQueue.sync {}
    if journalFD >= 0 { Glibc.close(journalFD) }
  }

  var snapshotURL: URL { folder.appendingPathComponent(ProgressStore.snapshotFile) }
  var journalURL: URL { folder.appendingPathComponent(ProgressStore.journalFile) }

  /// Display path of a file in the learner's folder, e.g. `Progress/demo/journal.jsonl`.
  func display(_ url: URL) -> String { "Progress/\(learner.value)/\(url.lastPathComponent)" }

  private func load(now: Date) throws(ProgressError) {
    var offset = 0
    if let data = FileManager.default.contents(atPath: snapshotURL.path) {
      let snapshot: ProgressSnapshot
      do {
        snapshot = try ProgressSnapshot.read(data)
      } catch {
        throw .corrupt(path: display(snapshotURL), issue: error)
      }
      if snapshot.formatVersion > ProgressSnapshot.currentFormatVersion {
        throw .unsupportedVersion(path: display(snapshotURL), version: snapshot.formatVersion)
      }
      progress = LearnerProgress(
        learner: learner.value, decks: snapshot.decks, reviewCount: snapshot.reviewCount,
        undoable: snapshot.undoable ?? [])
      offset = snapshot.journalOffset
      journalLines = snapshot.journalLines
      journalTail = snapshot.journalTail
    }
    try readJournal(from: offset, now: now)
  }

  private func readJournal(from offset: Int, now: Date) throws(ProgressError) {
    let path = journalURL.path
    let fd = Glibc.open(
      path,
      isReadOnly ? (O_RDONLY | O_CLOEXEC) : (O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW), 0o644)
    guard fd >= 0 else {
      if isReadOnly, errno == ENOENT { return }
      if errno == ELOOP { throw .symbolicLink(path: display(journalURL)) }
      throw .io(path: display(journalURL), reason: String(cString: strerror(errno)))
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      Glibc.close(fd)
      throw .io(path: display(journalURL), reason: String(cString: strerror(errno)))
    }
    let size = Int(info.st_size)
    guard offset <= size else {
      Glibc.close(fd)
      throw .corrupt(
        path: display(snapshotURL),
        issue: JSONIssue(
          field: "journal_offset",
          message:
            "points past the end of the journal (\(offset) > \(size) bytes): the journal was cut short"
        ))
    }
    // With a version-2 snapshot, read from the start of the line before the offset too,
    // to check that this journal is the one the snapshot was taken of.
    let tailLength = offset > 0 ? (journalTail?.length ?? 0) : 0
    guard tailLength <= offset else {
      Glibc.close(fd)
      throw .corrupt(
        path: display(snapshotURL),
        issue: JSONIssue(field: "journal_tail", message: "longer than journal_offset"))
    }
    let readStart = offset - tailLength
    let bytes = ProgressStore.readAll(fd, from: readStart, count: size - readStart)
    if tailLength > 0, let tail = journalTail {
      guard bytes.count >= tailLength, tail.matches(bytes[0..<tailLength]) else {
        Glibc.close(fd)
        throw .corrupt(
          path: display(snapshotURL),
          issue: JSONIssue(
            field: "journal_tail",
            message:
              "the journal does not match the snapshot (it was replaced or rewritten)"
          ))
      }
    }
    let read = bytes.count
    let decoder = JSONCoding.decoder()
    var lines = JournalLines(bytes, from: tailLength, linesBefore: journalLines)
    var lineNumber = journalLines
    var lastLine: Range<Int>?
    let future = now.addingTimeInterval(ProgressDoctor.futureTolerance)
    var futureLines: [Int] = []
    while let line = lines.next() {
      lineNumber = line.number
      if line.isBlank { continue }
      do throws(JSONIssue) {
        let entry = try JournalLine.decode(bytes[line.text], decoder: decoder)
        progress.apply(entry)
        lastLine = line.whole
        if entry.at > future { futureLines.append(lineNumber) }
      } catch {
        Glibc.close(fd)
        throw .corrupt(
          path: display(journalURL),
          issue: JSONIssue(line: lineNumber, field: error.field, message: error.message))
      }
    }
    let goodEnd = lines.end
    if let lastLine { journalTail = JournalTail(line: bytes[lastLine]) }
    if let first = futureLines.first {
      notices.append(
        "\(display(journalURL)): line \(first): at: \(futureLines.count) line\(futureLines.count == 1 ? " is" : "s are") dated more than a day in the future (a wrong clock?); run 'recall doctor'"
      )
    }
    replayedLines = lineNumber - journalLines
    journalLines = lineNumber
    if goodEnd < read {
      // A crash in the middle of a write leaves a last line without its newline.
      let torn = Data(bytes[goodEnd..<read])
      let tornOffset = readStart + goodEnd
      if isReadOnly {
        notices.append(
          "\(display(journalURL)): the last line (\(torn.count) bytes) was cut short by a crash and is ignored"
        )
      } else {
        let aside = folder.appendingPathComponent("journal.torn-\(tornOffset).jsonl")
        do {
          try AtomicFile.write(torn, to: aside)
        } catch {
          Glibc.close(fd)
          throw .io(path: display(aside), reason: error.reason)
        }
        guard ftruncate(fd, off_t(tornOffset)) == 0, fsync(fd) == 0 else {
          Glibc.close(fd)
          throw .io(path: display(journalURL), reason: String(cString: strerror(errno)))
        }
        notices.append(
          "\(display(journalURL)): the last line was cut short by a crash; it was set aside in \(display(aside))"
        )
      }
    }
    journalSize = readStart + goodEnd
    if isReadOnly {
      Glibc.close(fd)
    } else {
      journalFD = fd
    }
  }

  /// Records an answer: see `record(_:)` for entries.
  public func record(_ review: ReviewRecord) throws(ProgressError) {
    try record(JournalEntry.review(review))
  }

  /// Appends `entry` to the journal and fsyncs it, then applies it.
  /// When this returns the entry is durable; when it throws nothing changed.
  public func record(_ record: JournalEntry) throws(ProgressError) {
    guard !isReadOnly, journalFD >= 0 else {
      throw .io(path: display(journalURL), reason: "opened read-only; nothing can be recorded")
    }
    var line: Data
    do {
      line = try JSONCoding.lineEncoder().encode(record)
    } catch {
      throw .io(path: display(journalURL), reason: "cannot encode the answer: \(error)")
    }
    line.append(0x0A)
    let before = journalSize
    do throws(AtomicFile.Failure) {
      guard lseek(journalFD, off_t(before), SEEK_SET) >= 0 else {
        throw AtomicFile.Failure(call: "lseek", code: errno)
      }
      try writeJournal(line)
      guard fsync(journalFD) == 0 else { throw AtomicFile.Failure(call: "fsync", code: errno) }
    } catch {
      _ = ftruncate(journalFD, off_t(before))
      unsavedRecords += 1
      if error.isDiskFull { throw .diskFull(path: display(journalURL)) }
      throw .io(path: display(journalURL), reason: error.reason + "; the answer was NOT saved")
    }
    if before == 0 {
      try? AtomicFile.syncFolder(folder.path)
    }
    journalSize = before + line.count
    journalLines += 1
    journalTail = JournalTail(line: line)
    progress.apply(record)
    answersSinceSnapshot += 1
    if answersSinceSnapshot >= snapshotInterval {
      saveSnapshotInBackground(now: record.at)
    }
  }

  /// Writes `line` at the journal's current position, honouring `failJournalWritesAfter`.
  private func writeJournal(_ line: Data) throws(AtomicFile.Failure) {
    journalWrites += 1
    if let limit = failJournalWritesAfter, journalWrites > limit {
      try AtomicFile.writeAll(journalFD, line.prefix(line.count / 2))
      throw AtomicFile.Failure(call: "write", code: ENOSPC)
    }
    if pauseInsideJournalWrites > 0 {
      try AtomicFile.writeAll(journalFD, line.prefix(line.count / 2))
      usleep(pauseInsideJournalWrites)
      try AtomicFile.writeAll(journalFD, line.dropFirst(line.count / 2))
      return
    }
    try AtomicFile.writeAll(journalFD, line)
  }

  /// Up to `count` bytes of `fd` from `offset` (fewer if the file is shorter).
  static func readAll(_ fd: Int32, from offset: Int, count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: max(0, count))
    var read = 0
    while read < bytes.count {
      let result = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return pread(fd, base + read, buffer.count - read, off_t(offset + read))
      }
      if result < 0, errno == EINTR { continue }
      guard result > 0 else { break }
      read += result
    }
    return Array(bytes.prefix(read))
  }

  /// Writes a last snapshot when anything changed, and releases the lock.
  public func close(now: Date) throws(ProgressError) {
    defer {
      snapshotQueue.sync {}  // a snapshot being written finishes under the lock
      if journalFD >= 0 {
        Glibc.close(journalFD)
        journalFD = -1
      }
      lock?.release()
      lock = nil
    }
    if answersSinceSnapshot > 0 {
      try saveSnapshot(now: now)
    }
  }
}
