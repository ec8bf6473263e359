import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Keeps recall's writes inside the home: the folders and files it writes under `Progress/`
/// must be real folders and files, never symbolic links (which could point anywhere).
///
/// Files are opened with `O_NOFOLLOW`; folders are checked with `lstat` before use.
public enum LinkGuard {
  /// Throws `.symbolicLink` when the item at `url` is a symbolic link; nothing when it is
  /// absent or anything else. `display` names it in the error.
  public static func refuseLink(_ url: URL, display: String) throws(ProgressError) {
    var info = stat()
    guard lstat(url.path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFLNK { throw .symbolicLink(path: display) }
  }

  /// Checks that `Progress/` and the learner's folder under it, those that exist, are real
  /// folders and not symbolic links.
  public static func checkLearnerFolder(root: URL, learner: String) throws(ProgressError) {
    try refuseFolderLink(root, display: "Progress")
    try refuseFolderLink(
      root.appendingPathComponent(learner, isDirectory: true), display: "Progress/\(learner)")
  }

  /// Throws `.symbolicLink` for a link and `.io` for anything other than a folder at `url`.
  static func refuseFolderLink(_ url: URL, display: String) throws(ProgressError) {
    var info = stat()
    guard lstat(url.path, &info) == 0 else { return }
    switch info.st_mode & S_IFMT {
    case S_IFLNK: throw .symbolicLink(path: display)
    case S_IFDIR: return
    default: throw .io(path: display, reason: "is not a folder; move it away")
    }
  }
}
