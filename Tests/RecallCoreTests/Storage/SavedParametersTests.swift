import Foundation
import Testing

@testable import RecallCore

/// Fitted parameters in `settings.json`: used when sound; otherwise the defaults, with a
/// one-line warning naming the file and the field, and never an unreadable settings file.
@Suite struct SavedParametersTests {
  static let fitted: [Double] = {
    var w = SchedulerSettings.defaultParameters
    w[0] = 0.5
    w[3] = 20
    return w
  }()

  /// Loads a settings file holding `retention` and then `block` as its `fitted_parameters`.
  func load(_ block: String) throws -> LearnerSettings {
    let folder = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = "{\n  \"desired_retention\": 0.85,\n  \"fitted_parameters\": \(block)\n}\n"
    try Data(text.utf8).write(to: folder.appendingPathComponent(SettingsStore.fileName))
    return try SettingsStore.load(folder: folder, learner: "ana")
  }

  func weights(_ values: [String]) -> String {
    "{\"weights\": [\(values.joined(separator: ", "))], \"fitted_at\": \"2026-12-01T10:00:00Z\", \"reviews\": 900, \"items\": 400}"
  }

  var fittedText: [String] { Self.fitted.map { "\($0)" } }

  /// The settings fell back to the defaults with a warning naming `field`; the other settings
  /// were kept.
  func expectFallBack(_ settings: LearnerSettings, field: String, saying words: String) {
    #expect(settings.fittedParameters == nil)
    #expect(settings.schedulerSettings.parameters == SchedulerSettings.defaultParameters)
    #expect(settings.desiredRetention == 0.85)
    let warning = settings.unusableParameters?.warning ?? ""
    #expect(warning.hasPrefix("Progress/ana/settings.json: line "), "\(warning)")
    #expect(warning.contains("\(field): "), "\(warning)")
    #expect(warning.contains(words), "\(warning)")
    #expect(warning.hasSuffix("using FSRS-6's default parameters"))
    #expect(!warning.contains("\n"))
  }

  @Test func soundParametersAreUsedByTheScheduler() throws {
    let settings = try load(weights(fittedText))
    #expect(settings.unusableParameters == nil)
    #expect(settings.fittedParameters?.weights == Self.fitted)
    #expect(settings.fittedParameters?.reviews == 900)
    #expect(settings.schedulerSettings.parameters == Self.fitted)
    #expect(settings.schedulerSettings.desiredRetention == 0.85)
    // A new card answered Easy takes the fitted w3 as its stability.
    let scheduler = Scheduler(settings: settings.schedulerSettings)
    let state = scheduler.review(.new(due: date()), rating: .easy, at: date())
    #expect(state.stability == 20)
  }

  @Test func savedParametersReadBackTheSame() throws {
    let folder = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var settings = LearnerSettings()
    settings.fittedParameters = FittedParameters(
      weights: Self.fitted, fittedAt: date(), reviews: 120, items: 70)
    try SettingsStore.save(settings, folder: folder, learner: "ana")
    let loaded = try SettingsStore.load(folder: folder, learner: "ana")
    #expect(loaded.fittedParameters == settings.fittedParameters)
    settings.fittedParameters = nil
    try SettingsStore.save(settings, folder: folder, learner: "ana")
    #expect(try SettingsStore.load(folder: folder, learner: "ana").fittedParameters == nil)
  }

  @Test func parametersOutOfBoundsAreRefusedOnSave() throws {
    let folder = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var settings = LearnerSettings()
    var weights = Self.fitted
    weights[4] = 120
    settings.fittedParameters = FittedParameters(
      weights: weights, fittedAt: date(), reviews: 1, items: 1)
    #expect(throws: ProgressError.self) {
      try SettingsStore.save(settings, folder: folder, learner: "ana")
    }
  }

  @Test func noBlockMeansDefaultsWithoutAWarning() throws {
    let settings = try load("null")
    #expect(settings.fittedParameters == nil)
    #expect(settings.unusableParameters == nil)
  }

  @Test func missingWeightsFallBack() throws {
    let settings = try load("{\"fitted_at\": \"2026-12-01T10:00:00Z\"}")
    expectFallBack(settings, field: "fitted_parameters.weights", saying: "missing")
  }

  @Test func twentyNumbersFallBack() throws {
    let settings = try load(weights(Array(fittedText.dropLast())))
    expectFallBack(
      settings, field: "fitted_parameters.weights", saying: "20 numbers given, 21 expected")
  }

  @Test func twentyTwoNumbersFallBack() throws {
    let settings = try load(weights(fittedText + ["0.5"]))
    expectFallBack(settings, field: "fitted_parameters.weights", saying: "22 numbers given")
  }

  @Test func aWordAmongTheNumbersFallsBack() throws {
    var values = fittedText
    values[7] = "\"fast\""
    let settings = try load(weights(values))
    expectFallBack(settings, field: "fitted_parameters.weights[7]", saying: "not a finite number")
  }

  @Test func notANumberFallsBack() throws {
    var values = fittedText
    values[2] = "\"NaN\""
    let settings = try load(weights(values))
    expectFallBack(
      settings, field: "fitted_parameters.weights[2]", saying: "NaN is not a finite number")
  }

  @Test func aNumberTooLargeForADoubleFallsBack() throws {
    var values = fittedText
    values[5] = "1e999"
    let settings = try load(weights(values))
    expectFallBack(settings, field: "fitted_parameters.weights[5]", saying: "not a finite number")
  }

  @Test func aParameterOutsideFSRS6BoundsFallsBack() throws {
    var values = fittedText
    values[4] = "120"
    let settings = try load(weights(values))
    expectFallBack(
      settings, field: "fitted_parameters.weights[4]",
      saying: "120.0 is outside FSRS-6's bounds 1.0…10.0")
    var negative = fittedText
    negative[20] = "0.05"
    expectFallBack(
      try load(weights(negative)), field: "fitted_parameters.weights[20]", saying: "outside")
  }

  @Test func weightsThatAreNotAListFallBack() throws {
    let settings = try load("{\"weights\": 3, \"fitted_at\": \"2026-12-01T10:00:00Z\"}")
    expectFallBack(settings, field: "fitted_parameters.weights", saying: "not a list of numbers")
  }

  @Test func aBlockThatIsNotAnObjectFallsBack() throws {
    let settings = try load("[0.2, 1.3]")
    expectFallBack(settings, field: "fitted_parameters", saying: "not an object")
  }

  @Test func anUnreadableDateFallsBack() throws {
    let block =
      "{\"weights\": [\(fittedText.joined(separator: ", "))], \"fitted_at\": \"yesterday\"}"
    let settings = try load(block)
    expectFallBack(settings, field: "fitted_parameters.fitted_at", saying: "not an ISO-8601")
  }

  @Test func theWarningNamesTheLineOfTheField() throws {
    let folder = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var lines = [
      "{", "  \"fitted_parameters\": {", "    \"fitted_at\": \"2026-12-01T10:00:00Z\",",
      "    \"weights\": [",
    ]
    var values = fittedText
    values[4] = "120"
    lines += values.enumerated().map { "      \($0.element)" + ($0.offset < 20 ? "," : "") }
    lines += ["    ]", "  }", "}"]
    try Data(lines.joined(separator: "\n").utf8).write(
      to: folder.appendingPathComponent(SettingsStore.fileName))
    let settings = try SettingsStore.load(folder: folder, learner: "ana")
    #expect(settings.unusableParameters?.line == 9)
    #expect(
      settings.unusableParameters?.warning.contains("line 9: fitted_parameters.weights[4]") == true)
  }

  @Test func doctorNotesUnusableParametersWithoutCallingThemAProblem() throws {
    let home = makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let folder = home.appendingPathComponent("Progress/ana", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data().write(to: folder.appendingPathComponent("journal.jsonl"))
    var values = fittedText
    values[4] = "120"
    try Data("{\"fitted_parameters\": \(weights(values))}".utf8).write(
      to: folder.appendingPathComponent(SettingsStore.fileName))
    let findings = ProgressDoctor(home: home, now: date()).check(try LearnerName("ana"))
    #expect(!findings.contains { $0.severity == .problem }, "\(findings)")
    let note = findings.first { $0.path.hasSuffix(SettingsStore.fileName) }
    #expect(note?.severity == .note)
    #expect(note.map { "\($0)" }?.contains("fitted_parameters.weights[4]") == true)
  }
}
