import Foundation

extension ProgressDoctor {
  /// Repairs `learner`'s files, the journal being the source of truth: bad journal lines are
  /// moved to `journal.bad-TIME.jsonl` (the original journal kept as `journal.jsonl.bak-TIME`),
  /// and the snapshot is rebuilt from the journal (the old one kept as `progress.json.bak-TIME`).
  /// Settings are never rewritten. Returns one line per thing done.
  public func repair(_ learner: LearnerName) throws(ProgressError) -> [String] {
    let folder = root.appendingPathComponent(learner.value, isDirectory: true)
    let prefix = "Progress/\(learner.value)/"
    let stamp = ProgressDoctor.stamp(now)
    var done: [String] = []
    try LinkGuard.checkLearnerFolder(root: root, learner: learner.value)
    var lock: FileLock? = try FileLock(
      path: folder.appendingPathComponent(ProgressStore.lockFile).path, owner: learner.value,
      now: now, display: prefix + ProgressStore.lockFile)
    let journalURL = folder.appendingPathComponent(ProgressStore.journalFile)
    let scan = JournalScan(url: journalURL, now: now, tolerance: ProgressDoctor.futureTolerance)
    if !scan.badLines.isEmpty || scan.tornBytes != nil {
      let original = FileManager.default.contents(atPath: journalURL.path) ?? Data()
      let backup = ProgressDoctor.unusedName(in: folder, "journal.jsonl.bak-\(stamp)")
      let aside = ProgressDoctor.unusedName(in: folder, "journal.bad-\(stamp)", ".jsonl")
      var bad = Data()
      for line in scan.badLines { bad += line.bytes + Data([0x0A]) }
      if scan.tornBytes != nil { bad += scan.torn + Data([0x0A]) }
      try write(original, folder, backup)
      try write(bad, folder, aside)
      try write(scan.goodLines.reduce(Data(), +), folder, ProgressStore.journalFile)
      let count = scan.badLines.count + (scan.tornBytes == nil ? 0 : 1)
      let numbers = scan.badLines.map { String($0.number) }.joined(separator: ", ")
      done.append(
        "moved \(count) bad journal line\(count == 1 ? "" : "s")"
          + (numbers.isEmpty ? "" : " (line \(numbers))")
          + " to \(prefix)\(aside); the original journal is kept as \(prefix)\(backup)")
    }
    let snapshotURL = folder.appendingPathComponent(ProgressStore.snapshotFile)
    if FileManager.default.fileExists(atPath: snapshotURL.path) {
      let backup = ProgressDoctor.unusedName(in: folder, "progress.json.bak-\(stamp)")
      guard rename(snapshotURL.path, folder.appendingPathComponent(backup).path) == 0 else {
        throw .io(path: prefix + ProgressStore.snapshotFile, reason: "cannot keep a backup")
      }
      try? AtomicFile.syncFolder(folder.path)
      done.append("kept the old snapshot as \(prefix)\(backup)")
    }
    lock?.release()
    lock = nil
    let store = try ProgressStore(root: root, learner: learner, create: false, now: now)
    try store.saveSnapshot(now: now)
    try store.close(now: now)
    done.append(
      "rebuilt \(prefix)\(ProgressStore.snapshotFile) from the journal (\(store.progress.reviewCount) answers)"
    )
    return done
  }

  private func write(_ data: Data, _ folder: URL, _ name: String) throws(ProgressError) {
    do {
      try AtomicFile.write(data, to: folder.appendingPathComponent(name))
    } catch {
      throw .io(path: "Progress/\(folder.lastPathComponent)/\(name)", reason: error.reason)
    }
  }

  /// `base + ext`, or `base-2 + ext`, `base-3 + ext` … the first name no file in `folder` has:
  /// a backup never replaces an earlier one (two repairs in one second).
  static func unusedName(in folder: URL, _ base: String, _ ext: String = "") -> String {
    var name = base + ext
    var suffix = 2
    while FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
      name = "\(base)-\(suffix)\(ext)"
      suffix += 1
    }
    return name
  }

  /// `20240501T120000Z`: a time for backup file names.
  static func stamp(_ date: Date) -> String {
    JSONCoding.formatDate(date).filter { $0 != "-" && $0 != ":" }
  }
}
