import ArgumentParser
import Foundation
import RecallCore

/// `recall settings`: show or change a learner's retention, daily limits and day start.
struct SettingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "settings",
    abstract: "Show or change a learner's study settings.",
    discussion: """
      Desired retention is the probability of recall the scheduler aims for (0.70–0.99; \
      default 0.90). Above 0.97 the number of reviews grows steeply. Limits apply per deck; \
      with --deck they apply to that deck only.

      Examples:
        recall settings --learner ana
        recall settings --learner ana --retention 0.85 --new-per-day 10
        recall settings --learner ana --deck regenerative-medicine --reviews-per-day 50
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: "Desired retention, 0.70–0.99.")
  var retention: Double?

  @Option(name: .customLong("new-per-day"), help: "New cards a day.")
  var newPerDay: Int?

  @Option(name: .customLong("reviews-per-day"), help: "Reviews a day.")
  var reviewsPerDay: Int?

  @Option(
    name: .customLong("day-starts"), help: "Hour (0–23, local time) at which a study day starts.")
  var dayStarts: Int?

  @Option(
    help: ArgumentHelp("Apply the limits to this deck only.", valueName: "name"),
    completion: CompletionValues.decks)
  var deck: String?

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let learner = try global.requiredLearner()
    let folder: URL
    var settings: LearnerSettings
    do {
      let name = try LearnerName(learner)
      folder = context.progressRoot.appendingPathComponent(name.value)
      settings = try loadSettings(folder: folder, learner: learner)
    } catch {
      throw fail("\(error)")
    }
    let changing = [retention != nil, newPerDay != nil, reviewsPerDay != nil, dayStarts != nil]
      .contains(true)
    if let retention { settings.desiredRetention = retention }
    if let dayStarts { settings.dayStartsAt = dayStarts }
    if let deck {
      var limits = settings.decks[deck] ?? LearnerSettings.DeckLimits()
      if let newPerDay { limits.newPerDay = newPerDay }
      if let reviewsPerDay { limits.reviewsPerDay = reviewsPerDay }
      settings.decks[deck] = limits
    } else {
      if let newPerDay { settings.newPerDay = newPerDay }
      if let reviewsPerDay { settings.reviewsPerDay = reviewsPerDay }
    }
    if changing {
      do {
        try SettingsStore.save(settings, folder: folder, learner: learner)
      } catch {
        throw fail("\(error)")
      }
    }
    for warning in settings.warnings {
      screen.line(screen.paint("Warning: \(warning)", { $0.yellow }))
    }
    screen.line("\(learner)'s settings\(changing ? " (saved)" : ""):")
    screen.line("  desired retention  \(settings.desiredRetention)")
    screen.line("  new cards a day    \(settings.newPerDay)")
    screen.line("  reviews a day      \(settings.reviewsPerDay)")
    screen.line("  day starts at      \(settings.dayStartsAt):00")
    screen.line("  FSRS parameters    \(parameterSource(settings.fittedParameters))")
    for (name, limits) in settings.decks.sorted(by: { $0.key < $1.key }) {
      let parts = [
        limits.newPerDay.map { "\($0) new" }, limits.reviewsPerDay.map { "\($0) reviews" },
      ]
      screen.line("  deck \(name): " + parts.compactMap { $0 }.joined(separator: ", ") + " a day")
    }
  }
}
