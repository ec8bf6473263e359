import Foundation

/// Finds files in `Tests/Fixtures` from this source file's location.
enum Fixtures {
  /// The directory `Tests/Fixtures`, found by walking up from this file.
  static var directory: URL {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" {
      let candidate = dir.appendingPathComponent("Fixtures")
      if dir.lastPathComponent == "Tests",
        FileManager.default.fileExists(atPath: candidate.path)
      {
        return candidate
      }
      dir = dir.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures")
  }

  /// The contents of `Tests/Fixtures/<name>`.
  static func data(_ name: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(name))
  }
}
