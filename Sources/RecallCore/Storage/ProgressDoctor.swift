import Foundation

/// Checks a learner's progress files without changing them: snapshot, journal, settings,
/// lock, torn lines set aside, and progress on cards that are no longer in their deck.
public struct ProgressDoctor {
  /// How far in the future a journal time may be (clock skew) before it is a problem.
  public static let futureTolerance: TimeInterval = 24 * 3600

  /// `home/Progress`.
  public let root: URL
  /// The decks in `home/Decks`.
  public let decks: DeckStore
  /// The time of the check.
  public let now: Date

  /// A doctor for the recall home `home`.
  public init(home: URL, now: Date) {
    root = ProgressStore.root(home: home)
    decks = DeckStore(home: home)
    self.now = now
  }

  /// The ids of cards `progress` has answers for in `deckName` that `deck` no longer holds, sorted.
  public static func orphanCards(progress: LearnerProgress, deck: Deck, deckName: String)
    -> [String]
  {
    guard let states = progress.decks[deckName] else { return [] }
    let ids = Set(deck.cards.map(\.id))
    return states.keys.filter { !ids.contains($0) }.sorted()
  }

  /// Everything found in `learner`'s files; no problems means the learner is healthy.
  public func check(_ learner: LearnerName) -> [ProgressFinding] {
    let folder = root.appendingPathComponent(learner.value, isDirectory: true)
    let prefix = "Progress/\(learner.value)/"
    var findings: [ProgressFinding] = []
    func add(
      _ severity: ProgressFinding.Severity, _ file: String, _ issue: JSONIssue,
      repairable: Bool = false
    ) {
      let path = file.isEmpty ? String(prefix.dropLast()) : prefix + file
      findings.append(ProgressFinding(severity, path: path, issue: issue, repairable: repairable))
    }
    do {
      try LinkGuard.checkLearnerFolder(root: root, learner: learner.value)
    } catch {
      findings.append(
        ProgressFinding(.problem, path: prefix, issue: JSONIssue(message: "\(error)")))
      return findings
    }
    guard FileManager.default.fileExists(atPath: folder.path) else {
      add(.problem, "", JSONIssue(message: "no such learner folder"))
      return findings
    }
    let lockPath = folder.appendingPathComponent(ProgressStore.lockFile).path
    do {
      _ = try FileLock(path: lockPath, owner: learner.value, now: now, display: prefix + ".lock")
    } catch {
      if case .locked(_, let holder) = error {
        add(.note, ProgressStore.lockFile, JSONIssue(message: "in use by \(holder)"))
      } else if case .symbolicLink = error {
        findings.append(
          ProgressFinding(.problem, path: prefix, issue: JSONIssue(message: "\(error)")))
        return findings
      } else {
        add(.problem, ProgressStore.lockFile, JSONIssue(message: "\(error)"))
      }
    }
    let snapshotData = FileManager.default.contents(
      atPath: folder.appendingPathComponent(ProgressStore.snapshotFile).path)
    if let snapshotData {
      do {
        let snapshot = try ProgressSnapshot.read(snapshotData)
        if snapshot.formatVersion > ProgressSnapshot.currentFormatVersion {
          add(
            .problem, ProgressStore.snapshotFile,
            JSONIssue(
              field: "format_version",
              message: "\(snapshot.formatVersion) is newer than this recall understands"))
        }
      } catch {
        add(.problem, ProgressStore.snapshotFile, error, repairable: true)
      }
    }
    let journal = JournalScan(
      url: folder.appendingPathComponent(ProgressStore.journalFile), now: now,
      tolerance: ProgressDoctor.futureTolerance)
    for bad in journal.badLines {
      add(.problem, ProgressStore.journalFile, bad.issue, repairable: true)
    }
    if let first = journal.futureLines.first {
      let count = journal.futureLines.count
      add(
        .note, ProgressStore.journalFile,
        JSONIssue(
          line: first, field: "at",
          message:
            "\(count) line\(count == 1 ? " is" : "s are") dated more than a day after this machine's clock; the answers are kept (check the clock)"
        ))
    }
    if let torn = journal.tornBytes {
      add(
        .note, ProgressStore.journalFile,
        JSONIssue(
          line: journal.lineCount + 1,
          message:
            "the last line (\(torn) bytes) was cut short by a crash; the next session sets it aside"
        ))
    }
    for file in ProgressDoctor.files(in: folder, prefix: "journal.torn-") {
      add(
        .note, file,
        JSONIssue(message: "a journal line cut short by a crash, set aside (not progress)"))
    }
    do {
      let settings = try SettingsStore.load(folder: folder, learner: learner.value)
      if let issue = settings.unusableParameters {
        add(
          .note, SettingsStore.fileName,
          JSONIssue(
            line: issue.line, field: issue.field,
            message:
              "\(issue.message); the learner is scheduled with FSRS-6's default parameters ('recall optimize' fits them again)"
          ))
      }
    } catch {
      if case .corrupt(_, let issue) = error {
        add(.problem, SettingsStore.fileName, issue)
      } else {
        add(.problem, SettingsStore.fileName, JSONIssue(message: "\(error)"))
      }
    }
    guard !findings.contains(where: { $0.severity == .problem }) else { return findings }
    // The files are each valid: open them together (snapshot offset and tail, replay).
    let store: ProgressStore
    do {
      store = try ProgressStore(
        root: root, learner: learner, readOnly: true, create: false, now: now)
    } catch {
      if case .corrupt(let path, let issue) = error {
        findings.append(ProgressFinding(.problem, path: path, issue: issue, repairable: true))
      } else {
        add(.problem, "", JSONIssue(message: "\(error)"))
      }
      return findings
    }
    findings += orphanNotes(store.progress, learner: learner)
    return findings
  }

  /// Notes for decks missing from `Decks/` and cards that left their deck.
  func orphanNotes(_ progress: LearnerProgress, learner: LearnerName) -> [ProgressFinding] {
    var notes: [ProgressFinding] = []
    let path = "Progress/\(learner.value)/\(ProgressStore.journalFile)"
    for deckName in progress.decks.keys.sorted() {
      let count = progress.decks[deckName]?.count ?? 0
      guard let deck = try? decks.load(deckName) else {
        notes.append(
          ProgressFinding(
            .note, path: path,
            issue: JSONIssue(
              field: deckName,
              message: "deck \(deckName) is not in Decks/ (progress on \(count) cards kept)")))
        continue
      }
      let orphans = ProgressDoctor.orphanCards(progress: progress, deck: deck, deckName: deckName)
      guard !orphans.isEmpty else { continue }
      let shown = orphans.prefix(5).joined(separator: ", ") + (orphans.count > 5 ? ", …" : "")
      notes.append(
        ProgressFinding(
          .note, path: path,
          issue: JSONIssue(
            field: deckName,
            message: "\(orphans.count) cards are no longer in deck \(deckName) (kept): \(shown)")))
    }
    return notes
  }

  /// Files in `folder` whose names start with `prefix`, sorted.
  static func files(in folder: URL, prefix: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasPrefix(prefix) }.sorted()
  }
}
