import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Adds, renames and removes learners' folders under `Progress/`, and nothing outside it.
///
/// Names are `LearnerName`s, so they cannot climb out of the folder; a learner in use
/// (its lock held) is never renamed or removed; removal moves the folder to `Progress/.trash/`.
public struct LearnerDirectory {
  /// The trash folder's name inside `Progress/`.
  public static let trash = ".trash"

  /// `home/Progress`.
  public let root: URL

  /// The learners of `root` (`home/Progress`).
  public init(root: URL) {
    self.root = root
  }

  func folder(_ name: LearnerName) -> URL {
    root.appendingPathComponent(name.value, isDirectory: true)
  }

  func exists(_ name: LearnerName) -> Bool {
    FileManager.default.fileExists(atPath: folder(name).path)
  }

  /// Creates the folder of a new learner; refuses a name already taken.
  public func add(_ name: LearnerName) throws(ProgressError) {
    guard !exists(name) else { throw .learnerExists(name.value) }
    try LinkGuard.checkLearnerFolder(root: root, learner: name.value)
    do {
      try FileManager.default.createDirectory(at: folder(name), withIntermediateDirectories: true)
      try AtomicFile.syncFolder(root.path)
    } catch {
      throw .io(path: "Progress/\(name.value)", reason: "cannot create the folder: \(error)")
    }
  }

  /// Renames learner `old` to `new`; refuses when `old` is in use or `new` exists.
  public func rename(_ old: LearnerName, to new: LearnerName, now: Date) throws(ProgressError) {
    guard exists(old) else {
      throw .unknownLearner(old.value, known: ProgressStore.learners(root: root))
    }
    guard !exists(new) else { throw .learnerExists(new.value) }
    try LinkGuard.checkLearnerFolder(root: root, learner: old.value)
    let lock = try FileLock(
      path: folder(old).appendingPathComponent(ProgressStore.lockFile).path, owner: old.value,
      now: now)
    defer { lock.release() }
    try move(folder(old), to: folder(new), display: "Progress/\(old.value)")
  }

  /// Moves learner `name` to `Progress/.trash/NAME-TIME/` and returns that folder;
  /// refuses when the learner is in use.
  @discardableResult
  public func remove(_ name: LearnerName, now: Date) throws(ProgressError) -> URL {
    guard exists(name) else {
      throw .unknownLearner(name.value, known: ProgressStore.learners(root: root))
    }
    try LinkGuard.checkLearnerFolder(root: root, learner: name.value)
    let lock = try FileLock(
      path: folder(name).appendingPathComponent(ProgressStore.lockFile).path, owner: name.value,
      now: now)
    defer { lock.release() }
    let trash = root.appendingPathComponent(LearnerDirectory.trash, isDirectory: true)
    try LinkGuard.refuseFolderLink(trash, display: "Progress/\(LearnerDirectory.trash)")
    do {
      try FileManager.default.createDirectory(at: trash, withIntermediateDirectories: true)
    } catch {
      throw .io(path: "Progress/\(LearnerDirectory.trash)", reason: "cannot create: \(error)")
    }
    var target = trash.appendingPathComponent("\(name.value)-\(ProgressDoctor.stamp(now))")
    var suffix = 2
    while FileManager.default.fileExists(atPath: target.path) {
      target = trash.appendingPathComponent("\(name.value)-\(ProgressDoctor.stamp(now))-\(suffix)")
      suffix += 1
    }
    try move(folder(name), to: target, display: "Progress/\(name.value)")
    try? AtomicFile.syncFolder(trash.path)
    return target
  }

  private func move(_ from: URL, to: URL, display: String) throws(ProgressError) {
    guard Glibc.rename(from.path, to.path) == 0 else {
      throw .io(path: display, reason: "cannot move: \(String(cString: strerror(errno)))")
    }
    try? AtomicFile.syncFolder(root.path)
  }
}
