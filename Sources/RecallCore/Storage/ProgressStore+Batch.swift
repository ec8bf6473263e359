import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ProgressStore {
  /// Appends `entries` to the journal all at once: the journal with the new lines is written to
  /// a temporary file, fsynced and renamed over the journal, so a crash or a full disk leaves
  /// the journal as it was or with every entry, never some of them. Then a snapshot is written.
  /// For imports of a whole history; an answer at a time goes through `record`.
  public func recordAll(_ entries: [JournalEntry], now: Date) throws(ProgressError) {
    guard !isReadOnly, journalFD >= 0 else {
      throw .io(path: display(journalURL), reason: "opened read-only; nothing can be recorded")
    }
    guard !entries.isEmpty else { return }
    // Encoded on every core, in order: the lines of an import are independent.
    let parts = min(entries.count, ProcessInfo.processInfo.activeProcessorCount * 4)
    let slots = ResultSlots<Result<Data, ProgressError>>(count: parts)
    let shown = display(journalURL)
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let encoder = JSONCoding.lineEncoder()
      var chunk = Data()
      let range = (entries.count * part / parts)..<(entries.count * (part + 1) / parts)
      do {
        for entry in entries[range] {
          if case .review(let record) = entry {
            chunk.append(contentsOf: JournalLineWriter.line(record))
          } else {
            chunk.append(try encoder.encode(entry))
          }
          chunk.append(0x0A)
        }
        slots.set(part, .success(chunk))
      } catch {
        slots.set(part, .failure(.io(path: shown, reason: "cannot encode an answer: \(error)")))
      }
    }
    var added = Data()
    for slot in slots.values {
      switch slot {
      case .success(let chunk): added.append(chunk)
      case .failure(let error): throw error
      case nil: throw .io(path: display(journalURL), reason: "an answer was not encoded")
      }
    }
    let lastStart = added.dropLast().lastIndex(of: 0x0A).map { $0 + 1 } ?? added.startIndex
    let lastLine = Data(added[lastStart...])
    var whole = Data(ProgressStore.readAll(journalFD, from: 0, count: journalSize))
    guard whole.count == journalSize else {
      throw .io(path: display(journalURL), reason: "the journal changed while it was read")
    }
    whole.append(added)
    do throws(AtomicFile.Failure) {
      try AtomicFile.write(whole, to: journalURL)
    } catch {
      if error.isDiskFull { throw .diskFull(path: display(journalURL)) }
      throw .io(path: display(journalURL), reason: error.reason + "; nothing was imported")
    }
    let fd = Glibc.open(journalURL.path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
    guard fd >= 0 else {
      throw .io(path: display(journalURL), reason: String(cString: strerror(errno)))
    }
    Glibc.close(journalFD)
    journalFD = fd
    journalSize = whole.count
    journalLines += entries.count
    journalTail = JournalTail(line: lastLine)
    for entry in entries { progress.apply(entry) }
    answersSinceSnapshot += entries.count
    try saveSnapshot(now: now)
  }
}
