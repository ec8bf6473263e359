import Foundation

extension PartOfSpeechTagger {
  /// The tagger with the model shipped with recall, loaded once on first use (thread-safe), or
  /// why it could not be loaded. The model file is looked for at `$RECALL_TAGGER_MODEL`, then
  /// in the resource folder beside the running executable, then in the source tree.
  public static let bundled: Result<PartOfSpeechTagger, TaggerError> = Result {
    () throws(TaggerError) -> PartOfSpeechTagger in
    let path = try TaggerModelFile.locate()
    return try PartOfSpeechTagger(contentsOf: path)
  }

  /// A tagger using the model file at `path`; throws `.missingModel` if there is no file
  /// there and `.unreadableModel` if it cannot be read or used.
  public init(contentsOf path: String) throws(TaggerError) {
    guard FileManager.default.fileExists(atPath: path) else { throw .missingModel(path: path) }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
    } catch {
      throw .unreadableModel(path: path, reason: error.localizedDescription)
    }
    do {
      try self.init(model: data)
    } catch {
      throw error.at(path: path)
    }
  }
}

/// Where the shipped tagger model file is.
enum TaggerModelFile {
  static let name = "pos-tagger.model"
  static let environmentVariable = "RECALL_TAGGER_MODEL"

  /// The model's path: `$RECALL_TAGGER_MODEL` if set (even if nothing is there), else the
  /// first existing of the candidates; throws `.missingModel` naming the resource path if none.
  static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(TaggerError) -> String {
    if let path = environment[environmentVariable], !path.isEmpty { return path }
    return try locate(resource: name)
  }

  /// The path of the shipped resource file `resource`, the first existing candidate.
  static func locate(resource name: String) throws(TaggerError) -> String {
    let candidates = candidates(name)
    if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) {
      return found
    }
    throw .missingModel(path: candidates.first ?? name)
  }

  /// Where SwiftPM puts the resource beside the executable (and, for the test runner, beside
  /// its bundle), then the source tree this file was compiled from.
  static func candidates(_ name: String = name) -> [String] {
    var folders: [URL] = []
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first ?? ""
    if !executable.isEmpty {
      var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        .deletingLastPathComponent()
      // Test runners run from inside …/recallPackageTests.xctest/Contents/MacOS on macOS.
      for _ in 0..<4 {
        folders.append(folder)
        folder = folder.deletingLastPathComponent()
      }
    }
    var paths = folders.flatMap { folder in
      [
        "recall_RecallCore.resources", "recall_RecallCore.bundle",
        "recall_RecallCore.bundle/Contents/Resources",
      ]
      .map { folder.appendingPathComponent($0).appendingPathComponent(name).path }
    }
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Resources")
      .appendingPathComponent(name)
    paths.append(source.path)
    return paths
  }
}
