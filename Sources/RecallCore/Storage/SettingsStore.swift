import Foundation

/// Reads and writes a learner's `settings.json`.
public enum SettingsStore {
  /// The settings file's name inside the learner's folder.
  public static let fileName = "settings.json"

  /// The settings of the learner whose folder is `folder`; the defaults when there is no file.
  public static func load(folder: URL, learner: String) throws(ProgressError) -> LearnerSettings {
    let url = folder.appendingPathComponent(fileName)
    let path = "Progress/\(learner)/\(fileName)"
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return LearnerSettings()
    }
    var settings: LearnerSettings
    do {
      settings = try JSONCoding.decode(LearnerSettings.self, from: data)
    } catch {
      throw .corrupt(path: path, issue: error)
    }
    if settings.formatVersion > LearnerSettings.currentFormatVersion {
      throw .unsupportedVersion(path: path, version: settings.formatVersion)
    }
    if let problem = settings.problem() {
      throw .corrupt(
        path: path,
        issue: JSONIssue(
          line: JSONLocator.line(of: [DeckStore.Key(problem.field)], in: data),
          field: problem.field,
          message: problem.message))
    }
    if var issue = settings.unusableParameters {
      issue.file = path
      // A missing field is placed at the block that lacks it.
      var path = keys(issue.field)
      while issue.line == nil, !path.isEmpty {
        issue.line = JSONLocator.line(of: path, in: data)
        path.removeLast()
      }
      settings.unusableParameters = issue
    }
    return settings
  }

  /// `fitted_parameters.weights[4]` as the keys `JSONLocator` follows.
  private static func keys(_ field: String) -> [DeckStore.Key] {
    var keys: [DeckStore.Key] = []
    for part in field.split(separator: ".") {
      let pieces = part.split(separator: "[")
      if let name = pieces.first { keys.append(DeckStore.Key(String(name))) }
      for index in pieces.dropFirst() {
        if let value = Int(index.dropLast()) { keys.append(DeckStore.Key(value)) }
      }
    }
    return keys
  }

  /// Checks `settings` and writes them atomically into `folder`.
  public static func save(_ settings: LearnerSettings, folder: URL, learner: String)
    throws(ProgressError)
  {
    let path = "Progress/\(learner)/\(fileName)"
    if let problem = settings.problem() {
      throw .invalidSetting(field: problem.field, message: problem.message)
    }
    let data: Data
    do {
      data = try JSONCoding.fileEncoder().encode(settings)
    } catch {
      throw .io(path: path, reason: "cannot encode the settings: \(error)")
    }
    try LinkGuard.checkLearnerFolder(root: folder.deletingLastPathComponent(), learner: learner)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .io(path: path, reason: "cannot create the learner's folder")
    }
    do {
      try AtomicFile.write(data + Data("\n".utf8), to: folder.appendingPathComponent(fileName))
    } catch {
      if error.isDiskFull { throw .diskFull(path: path) }
      throw .io(path: path, reason: error.reason)
    }
  }
}
