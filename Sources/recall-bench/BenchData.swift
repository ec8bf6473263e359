import Foundation

/// Where the benchmarks find data that lives outside the project (licensed corpora and
/// articles that may not be copied in): an environment variable, or a folder relative to
/// the repository root.
enum BenchData {
  /// The repository root, found from this source file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The folder named by the environment variable `variable`, or else `relative` to the root.
  static func folder(variable: String, relative: String) -> URL {
    if let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty {
      return URL(fileURLWithPath: path, isDirectory: true)
    }
    return root.appendingPathComponent(relative, isDirectory: true).standardizedFileURL
  }

  /// True when `url` is an existing folder.
  static func isFolder(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// The value after `option` in the arguments (`--split dev`), or nil.
  static func option(_ option: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else {
      return nil
    }
    return arguments[index + 1]
  }
}
