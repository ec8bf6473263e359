import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Durable file writes: whole-file replacement by rename, and fsynced appends.
public enum AtomicFile {
  /// A failed system call: which one and `errno`.
  public struct Failure: Error, Hashable, Sendable {
    /// The system call that failed.
    public var call: String
    /// The error number.
    public var code: Int32
    /// True when the disk is full or over quota.
    public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
    /// The system's text for the error.
    public var reason: String { "\(call): \(String(cString: strerror(code)))" }
  }

  /// Replaces `url` with `data` so that a crash leaves either the old file or the new one:
  /// temporary file, fsync, rename, fsync of the folder. The temporary file is made new
  /// (`O_EXCL | O_NOFOLLOW`), so a link left in its place is never written through, and the
  /// rename replaces a link at `url` instead of following it.
  public static func write(_ data: Data, to url: URL) throws(Failure) {
    let folder = url.deletingLastPathComponent().path
    let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    unlink(temporary)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw Failure(call: "open", code: errno) }
    do throws(Failure) {
      try writeAll(fd, data)
      guard fsync(fd) == 0 else { throw Failure(call: "fsync", code: errno) }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    guard rename(temporary, url.path) == 0 else {
      let failure = Failure(call: "rename", code: errno)
      unlink(temporary)
      throw failure
    }
    try syncFolder(folder)
  }

  /// Makes a rename or a new file in `folder` durable.
  public static func syncFolder(_ folder: String) throws(Failure) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw Failure(call: "open", code: errno) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw Failure(call: "fsync", code: errno) }
  }

  /// Writes all of `data` to `fd`, retrying short writes and interruptions.
  public static func writeAll(_ fd: Int32, _ data: Data) throws(Failure) {
    var failure: Failure?
    data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var written = 0
      while written < buffer.count {
        let result = Glibc.write(fd, base + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          failure = Failure(call: "write", code: errno)
          return
        }
        written += result
      }
    }
    if let failure { throw failure }
  }
}
