import Foundation

extension ProgressStore {
  /// The snapshot of the current state: card states up to the end of the journal.
  func currentSnapshot(now: Date) -> ProgressSnapshot {
    ProgressSnapshot(
      learner: learner.value, journalOffset: journalSize, journalLines: journalLines,
      journalTail: journalSize > 0 ? journalTail : nil, reviewCount: progress.reviewCount,
      savedAt: now, decks: progress.decks, undoable: progress.undoable)
  }

  /// Replaces the snapshot with the current state (atomically), waiting for it.
  public func saveSnapshot(now: Date) throws(ProgressError) {
    guard !isReadOnly else { return }
    let snapshot = currentSnapshot(now: now)
    let url = snapshotURL
    let path = display(url)
    var failure: ProgressError?
    snapshotQueue.sync {
      do throws(ProgressError) {
        try ProgressStore.write(snapshot, to: url, path: path)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    answersSinceSnapshot = 0
  }

  /// Writes the snapshot on the store's queue without waiting: its cost grows with the
  /// number of cards, and an answer must not wait for it. The journal already holds every
  /// answer, so a snapshot that fails only means a longer replay at the next start.
  func saveSnapshotInBackground(now: Date) {
    let snapshot = currentSnapshot(now: now)
    let url = snapshotURL
    let path = display(url)
    answersSinceSnapshot = 0
    snapshotQueue.async {
      try? ProgressStore.write(snapshot, to: url, path: path)
    }
  }

  /// Encodes `snapshot` and replaces the file at `url` with it.
  static func write(_ snapshot: ProgressSnapshot, to url: URL, path: String)
    throws(ProgressError)
  {
    let data: Data
    do {
      data = try JSONCoding.fileEncoder().encode(snapshot)
    } catch {
      throw .io(path: path, reason: "cannot encode the snapshot: \(error)")
    }
    do {
      try AtomicFile.write(data, to: url)
    } catch {
      // The answers are safe in the journal: only the snapshot is missing.
      let reason = error.isDiskFull ? "the disk is full" : error.reason
      throw .io(
        path: path,
        reason: "\(reason); the snapshot was not written (every answer is saved in the journal)")
    }
  }

  /// Removes temporary files left by a process killed while replacing a file
  /// (`.progress.json.tmp-PID`, `.journal.jsonl.tmp-PID` of a repair, …); only the lock holder
  /// calls this, so none is being written.
  func removeStaleTemporaryFiles() {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}
