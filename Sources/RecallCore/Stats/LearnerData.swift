import Foundation

/// Everything statistics read about one learner: card states, answer history and settings.
public struct LearnerData: Sendable {
  /// Card progress (snapshot plus journal).
  public var progress: LearnerProgress
  /// Answers not undone.
  public var history: JournalHistory
  /// The learner's settings (desired retention, when days start).
  public var settings: LearnerSettings
  /// Things the learner should be told (a torn journal line).
  public var notices: [String]

  /// Study days as the learner's settings define them.
  public var studyDay: StudyDay { StudyDay(rolloverHour: settings.dayStartsAt) }

  /// Reads `learner` under `root` (`home/Progress`) without changing anything but the history
  /// cache; an unknown learner is `.unknownLearner` with the known ones.
  public static func load(root: URL, learner: String, now: Date, cache: Bool = true)
    throws(ProgressError) -> LearnerData
  {
    let name = try LearnerName(learner)
    let store = try ProgressStore(
      root: root, learner: name, readOnly: true, create: false, now: now)
    let folder = root.appendingPathComponent(learner, isDirectory: true)
    let history = try JournalHistory.read(folder: folder, learner: learner, cache: cache)
    let settings = try SettingsStore.load(folder: folder, learner: learner)
    let warnings = settings.unusableParameters.map { ["warning: \($0.warning)"] } ?? []
    return LearnerData(
      progress: store.progress, history: history, settings: settings,
      notices: store.notices + warnings)
  }
}
