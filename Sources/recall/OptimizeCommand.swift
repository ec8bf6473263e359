import ArgumentParser
import Foundation
import RecallCore

/// `recall optimize`: fit FSRS-6's parameters to a learner's own answers and schedule them
/// with the fit from then on; `--reset` goes back to the defaults.
struct OptimizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "optimize",
    abstract: "Fit the scheduler's FSRS-6 parameters to a learner's own answers.",
    discussion: """
      Fits the 21 parameters to every answer in the learner's journal (undone answers left \
      out), shows how the defaults, the parameters in use and the fit predict those answers \
      (log loss, RMSE over bins: lower is better) and the reviews due on each of the next 7 \
      days with the parameters in use and with the fit (every card answered Good). When the \
      fit predicts better, it is saved in the learner's settings and used from then on for \
      study, quizzes and forecasts. With too little history nothing changes and recall says \
      how many more answers it needs. --reset goes back to FSRS-6's defaults.

      Examples:
        recall optimize --learner ana
        recall optimize --learner ana --reset
      """
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Go back to FSRS-6's default parameters.")
  var reset = false

  @Flag(help: "Print the figures as one JSON object (fields in docs/SCHEDULE.md).")
  var json = false

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let learner = try global.requiredLearner()
    let now = Clock.now()
    do {
      let name = try LearnerName(learner)
      // The learner's lock is held from reading to saving: no answer comes in between.
      let store = try ProgressStore(
        root: context.progressRoot, learner: name, create: false, now: now)
      var settings = try loadSettings(folder: store.folder, learner: learner)
      let output: OptimizeText
      if reset {
        output = .reset(learner: learner, removed: settings.fittedParameters)
        if settings.fittedParameters != nil {
          settings.fittedParameters = nil
          try SettingsStore.save(settings, folder: store.folder, learner: learner)
        }
      } else {
        let history = try JournalHistory.read(folder: store.folder, learner: learner)
        let optimization = LearnerOptimization(
          history: history, progress: store.progress, settings: settings, now: now)
        let previous = settings.fittedParameters
        var saved = false
        if optimization.outcome == .better {
          settings.fittedParameters = optimization.parameters(fittedAt: now)
          try SettingsStore.save(settings, folder: store.folder, learner: learner)
          saved = true
        }
        output = .fit(
          learner: learner, optimization: optimization, previous: previous,
          saved: saved, file: "Progress/\(learner)/\(SettingsStore.fileName)")
      }
      try store.close(now: now)
      for line in json ? [output.json] : output.lines(style: ChartStyle.of(screen)) {
        screen.line(line)
      }
    } catch {
      throw fail("\(error)")
    }
  }
}
