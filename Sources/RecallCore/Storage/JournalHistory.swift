import Foundation

/// Every answer of one learner still standing (answers taken back by an undo are dropped),
/// read from the learner's journal for statistics.
public struct JournalHistory: Sendable {
  /// Deck names and card ids referred to by the answers.
  public private(set) var names: [String] = []
  /// The answers in journal order; entries with rating 0 were undone (see `standing`).
  public private(set) var answers: [HistoryAnswer] = []
  /// What the reader should tell the learner (a torn last line ignored).
  public var notices: [String] = []
  /// Bytes of the journal read, up to the end of its last complete line.
  public internal(set) var journalOffset = 0
  /// Complete lines read.
  public internal(set) var journalLines = 0

  private var index: [String: Int32] = [:]
  /// Names by a hash of their bytes, so known names are found without making a string.
  private var byteIndex = HashSlots()
  /// Positions in `answers` that an undo could take back, oldest first (as `LearnerProgress`):
  /// `undoable[undoStart...]`; the entries before have left the window and are dropped in
  /// batches, so appending a million answers does not shift the list a million times.
  private var undoable: [Int] = []
  private var undoStart = 0
  /// When set (a worker reading part of a journal), an undo is kept as a marker answer for
  /// the merge to apply in order, since what it takes back may be in an earlier part.
  var keepsUndoMarkers = false
  /// The rating of a marker answer standing for an undo.
  static let undoMarker: UInt8 = 255
  /// Answers taken back so far.
  public private(set) var undoneCount = 0

  /// An empty history, to be filled with `append` and `undo`.
  public init() {}

  /// Answers not taken back.
  public var standingCount: Int { answers.count - undoneCount }

  /// The index of `name` in `names`, adding it when new.
  public mutating func intern(_ name: String) -> Int32 {
    if let found = index[name] { return found }
    let id = Int32(names.count)
    names.append(name)
    index[name] = id
    return id
  }

  /// The index of `name` if any answer refers to it.
  public func id(of name: String) -> Int32? { index[name] }

  /// Records an answer.
  public mutating func append(_ answer: HistoryAnswer) {
    answers.append(answer)
    undoable.append(answers.count - 1)
    if undoable.count - undoStart > LearnerProgress.undoDepth {
      undoStart += 1
      if undoStart >= 4096 {
        undoable.removeFirst(undoStart)
        undoStart = 0
      }
    }
  }

  /// Positions an undo could take back now, oldest first.
  var undoWindow: ArraySlice<Int> { undoable[undoStart...] }

  /// Records an answer by names.
  public mutating func append(
    deck: String, card: String, rating: Int, at: Date, durationMs: Int? = nil, wasReview: Bool
  ) {
    let answer = HistoryAnswer(
      at: at.timeIntervalSince1970, deck: intern(deck), card: intern(card),
      durationMs: Int32(clamping: durationMs ?? -1), rating: UInt8(clamping: max(1, rating)),
      wasReview: wasReview)
    append(answer)
  }

  /// Takes back the latest answer not yet undone of card `card` in deck `deck`, as an undo does.
  public mutating func undo(deck: Int32, card: Int32) {
    if keepsUndoMarkers {
      answers.append(
        HistoryAnswer(
          at: 0, deck: deck, card: card, durationMs: -1, rating: Self.undoMarker,
          wasReview: false))
      return
    }
    guard
      let position = undoable[undoStart...].lastIndex(where: {
        answers[$0].deck == deck && answers[$0].card == card
      })
    else { return }
    answers[undoable[position]].rating = 0
    undoable.remove(at: position)
    undoneCount += 1
  }

  /// Takes back the latest answer not yet undone of a card, by names.
  public mutating func undo(deck: String, card: String) {
    guard let deckID = index[deck], let cardID = index[card] else { return }
    undo(deck: deckID, card: cardID)
  }

  /// Calls `body` with every answer not taken back, in journal order.
  @inline(__always)
  public func forEachStanding(_ body: (HistoryAnswer) -> Void) {
    for answer in answers where answer.rating != 0 { body(answer) }
  }

  /// Restores names, answers and undo window from a cache.
  mutating func restore(names: [String], answers: [HistoryAnswer], undoable: [Int]) {
    self.names = names
    self.answers = answers
    self.undoable = undoable
    undoStart = 0
    index = Dictionary(names.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
    undoneCount = answers.reduce(0) { $0 + ($1.rating == 0 ? 1 : 0) }
  }
}

extension JournalHistory {
  /// Lines scanned past the cache before the cache is rewritten.
  public static let cacheRefreshLines = 1000

  /// Reads the history of the learner whose folder is `folder` (`Progress/<learner>`), read-only.
  ///
  /// A torn last line (a crash mid-write) is ignored with a notice. With `cache`, a summary of
  /// the lines already read is kept in `history.cache` beside the journal so the next read
  /// only scans new lines; the journal itself is never written.
  public static func read(folder: URL, learner: String, cache: Bool = true) throws(ProgressError)
    -> JournalHistory
  {
    try read(folder: folder, learner: learner, cache: cache, parallelAbove: parallelThreshold)
  }

  /// `read`, reading on several cores when more than `parallelAbove` bytes are new.
  static func read(folder: URL, learner: String, cache: Bool, parallelAbove: Int)
    throws(ProgressError) -> JournalHistory
  {
    let journalURL = folder.appendingPathComponent(ProgressStore.journalFile)
    let display = "Progress/\(learner)/\(ProgressStore.journalFile)"
    let cacheURL = folder.appendingPathComponent(HistoryCache.fileName)
    guard let handle = try? FileHandle(forReadingFrom: journalURL) else {
      return JournalHistory()
    }
    defer { try? handle.close() }
    var history = cache ? HistoryCache.load(from: cacheURL, journal: handle) : nil
    let resumed = history != nil
    var result = history ?? JournalHistory()
    history = nil
    let linesBefore = result.journalLines
    let ending: LineChunkReader.Ending
    if let parallel = readInParallel(
      descriptor: handle.fileDescriptor, from: result.journalOffset, display: display,
      above: parallelAbove)
    {
      result.merge(parallel.parts)
      ending = parallel.ending
    } else {
      // One pass in order; also the pass that names a bad line exactly.
      ending = try LineChunkReader.read(
        descriptor: handle.fileDescriptor, from: result.journalOffset, display: display
      ) { lines throws(ProgressError) in
        try result.scan(lines, display: display)
      }
    }
    if ending.tornBytes > 0 {
      result.notices.append(
        "\(display): the last line (\(ending.tornBytes) bytes) was cut short by a crash and is ignored"
      )
    }
    if cache,
      result.journalLines - linesBefore >= cacheRefreshLines
        || (!resumed && result.journalLines >= cacheRefreshLines)
    {
      HistoryCache.save(result, to: cacheURL, journal: handle)
    }
    return result
  }

  /// Bytes left to read from which a journal is read on several cores.
  static let parallelThreshold = 32 << 20

  /// Reads a long journal from `start` on every core (up to four), each part into its own
  /// history with undos kept as markers; nil when the journal is short, the machine has one
  /// core, or a part fails (the caller then reads in one pass, which names the bad line).
  static func readInParallel(
    descriptor: Int32, from start: Int, display: String, above threshold: Int = parallelThreshold,
    cores: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> (parts: [JournalHistory], ending: LineChunkReader.Ending)? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    let end = Int(info.st_size)
    let cores = min(cores, 4)
    guard end - start >= threshold, cores > 1 else { return nil }
    var bounds = [start]
    for k in 1..<cores {
      let guess = start + (end - start) * k / cores
      guard let next = lineStart(after: guess, descriptor: descriptor, end: end),
        let last = bounds.last, next > last
      else { continue }
      bounds.append(next)
    }
    bounds.append(end)
    let edges = bounds
    let count = edges.count - 1
    guard count > 1 else { return nil }
    let results = ResultSlots<(JournalHistory, LineChunkReader.Ending)>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { k in
      var part = JournalHistory()
      part.keepsUndoMarkers = true
      let ending = try? LineChunkReader.read(
        descriptor: descriptor, from: edges[k], to: edges[k + 1], display: display
      ) { lines throws(ProgressError) in
        try part.scan(lines, display: display)
      }
      if let ending { results.set(k, (part, ending)) }
    }
    let parts = results.values.compactMap { $0 }
    guard parts.count == count, let last = parts.last else { return nil }
    return (parts.map(\.0), last.1)
  }

  /// The offset just past the first newline at or after `offset`, nil if none before `end`.
  private static func lineStart(after offset: Int, descriptor: Int32, end: Int) -> Int? {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var position = offset
    while position < end {
      let count = buffer.withUnsafeMutableBytes { raw in
        pread(descriptor, raw.baseAddress, min(raw.count, end - position), off_t(position))
      }
      guard count > 0 else { return nil }
      if let index = buffer.prefix(count).firstIndex(of: 0x0A) { return position + index + 1 }
      position += count
    }
    return nil
  }

  /// Appends the parts read by `readInParallel`, in order, applying their undos.
  mutating func merge(_ parts: [JournalHistory]) {
    for part in parts {
      let ids = part.names.map { intern($0) }
      answers.reserveCapacity(answers.count + part.answers.count)
      for var answer in part.answers {
        answer.deck = ids[Int(answer.deck)]
        answer.card = ids[Int(answer.card)]
        if answer.rating == Self.undoMarker {
          undo(deck: answer.deck, card: answer.card)
        } else {
          append(answer)
        }
      }
      journalLines += part.journalLines
      journalOffset += part.journalOffset
      notices += part.notices
    }
  }

  /// Reads `bytes`, whole lines each ending with a newline (the journal from `journalOffset` on).
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, display: String) throws(ProgressError) {
    let decoder = JSONCoding.decoder()
    var lines = JournalLines(bytes)
    while let next = lines.next() {
      journalLines += 1
      journalOffset += next.whole.count
      if next.isBlank { continue }
      let start = next.text.lowerBound
      let newline = next.text.upperBound
      var scanner = JournalLineScanner(bytes, start: start, end: newline)
      if let fields = scanner.fields(), let deckRange = fields.deck, let cardRange = fields.card {
        let deck = intern(bytes, deckRange)
        let card = intern(bytes, cardRange)
        switch fields.event {
        case .review:
          append(
            HistoryAnswer(
              at: fields.at ?? 0, deck: deck, card: card,
              durationMs: Int32(clamping: fields.durationMs), rating: UInt8(fields.rating),
              wasReview: fields.wasReview))
        case .undo: undo(deck: deck, card: card)
        case .other: break
        }
        continue
      }
      let line = ArraySlice(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
      do throws(JSONIssue) {
        switch try JournalLine.decode(line, decoder: decoder) {
        case .review(let review):
          append(
            deck: review.deck, card: review.card, rating: review.rating.rawValue, at: review.at,
            durationMs: review.durationMs, wasReview: review.before?.memory.state == .review)
        case .change(let change):
          if change.event == .undo { undo(deck: change.deck, card: change.card) }
        }
      } catch {
        throw .corrupt(
          path: display,
          issue: JSONIssue(line: journalLines, field: error.field, message: error.message))
      }
    }
  }

  /// Interns the name held in `bytes[range]` without copying it when already known.
  private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    let hash = FNV1a.hash(slice)
    if let id = byteIndex.value(for: hash) {
      let known = names[Int(id)].utf8
      let same =
        known.withContiguousStorageIfAvailable { stored in
          guard stored.count == slice.count else { return false }
          guard let a = stored.baseAddress, let b = slice.baseAddress else { return true }
          return memcmp(a, b, stored.count) == 0
        } ?? known.elementsEqual(slice)
      if same { return id }
    }
    let id = intern(String(decoding: slice, as: UTF8.self))
    byteIndex.set(id, for: hash)
    return id
  }
}

/// An open-addressing table from 64-bit hashes to name ids: the journal scanner looks up two
/// names a line, and `Dictionary` would hash each already-hashed key again with SipHash.
struct HashSlots: Sendable {
  private var hashes: [UInt64] = Array(repeating: 0, count: 64)
  private var ids: [Int32] = Array(repeating: -1, count: 64)
  private var count = 0

  /// The id stored for `hash`, nil if none.
  @inline(__always)
  func value(for hash: UInt64) -> Int32? {
    let mask = ids.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while ids[slot] >= 0 {
      if hashes[slot] == hash { return ids[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Stores `id` for `hash`, replacing any earlier one.
  mutating func set(_ id: Int32, for hash: UInt64) {
    if (count + 1) * 2 > ids.count { grow() }
    let mask = ids.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while ids[slot] >= 0 {
      if hashes[slot] == hash {
        ids[slot] = id
        return
      }
      slot = (slot + 1) & mask
    }
    hashes[slot] = hash
    ids[slot] = id
    count += 1
  }

  private mutating func grow() {
    let old = zip(hashes, ids).filter { $0.1 >= 0 }
    hashes = Array(repeating: 0, count: ids.count * 2)
    ids = Array(repeating: -1, count: ids.count * 2)
    count = 0
    for (hash, id) in old { set(id, for: hash) }
  }
}
