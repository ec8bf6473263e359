import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An exclusive advisory lock (flock) on a separate lock file, held while the object lives.
///
/// The holder writes its process id and start time into the file so a second
/// process can say who holds it. The kernel drops the lock when the process dies.
public final class FileLock {
  /// The lock file.
  public let path: String
  private var fd: Int32

  /// Takes the lock on `path` without waiting; throws `.locked` naming the holder when taken.
  /// A lock file that is a symbolic link is refused (`.symbolicLink`, named `display`), never
  /// followed.
  /// With `wait`, waits for the holder to finish instead (for short writes such as a deck's).
  public init(
    path: String, owner learner: String, now: Date, display: String? = nil, wait: Bool = false
  ) throws(ProgressError) {
    self.path = path
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else {
      if errno == ELOOP { throw .symbolicLink(path: display ?? path) }
      throw .io(
        path: display ?? path,
        reason: "cannot open the lock file: \(String(cString: strerror(errno)))")
    }
    var result: Int32
    repeat {
      result = flock(fd, wait ? LOCK_EX : LOCK_EX | LOCK_NB)
    } while result != 0 && errno == EINTR
    if result != 0 {
      let code = errno
      let holder = FileLock.holder(of: path)
      close(fd)
      fd = -1
      if code == EWOULDBLOCK {
        throw .locked(learner: learner, holder: holder)
      }
      throw .io(path: path, reason: "cannot lock: \(String(cString: strerror(code)))")
    }
    let note = "pid \(getpid()) since \(JSONCoding.formatDate(now))\n"
    if ftruncate(fd, 0) == 0 {
      try? AtomicFile.writeAll(fd, Data(note.utf8))
    }
  }

  /// Who holds the lock on `path`, as written by the holder ("pid 123 since …").
  public static func holder(of path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)?.trimmingCharacters(
        in: .whitespacesAndNewlines),
      !text.isEmpty
    else { return "another process" }
    return "another recall (\(text))"
  }

  /// Releases the lock; also done when the object goes away.
  public func release() {
    guard fd >= 0 else { return }
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }

  deinit { release() }
}
