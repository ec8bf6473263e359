import ArgumentParser
import Foundation
import RecallCore

/// `recall doctor`: checks (and repairs) the learners' progress files.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check learners' progress files; --repair rebuilds them from the journal.",
    discussion: """
      Checks the snapshot, the journal, the settings and the lock of every learner (or the \
      one given), and progress on cards that left their deck. Each finding is one line: \
      path: line N: field: message. Exits 0 when healthy, 2 otherwise.

      --repair rebuilds the snapshot from the journal, keeping backups of what it replaces; \
      bad journal lines are moved to journal.bad-TIME.jsonl, never deleted.

      Example:
        recall doctor --learner ana --repair
      """
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Rebuild the snapshot from the journal and move bad journal lines aside.")
  var repair = false

  func run() throws {
    let screen = Screen.standard(noColor: global.noColor)
    let context = Context(options: global, screen: screen)
    let names: [String]
    if let learner = global.learnerName {
      names = [learner]
    } else {
      names = ProgressStore.learners(root: context.progressRoot)
    }
    let doctor = ProgressDoctor(home: context.home, now: Clock.now())
    var healthy = true
    for name in names {
      let learner: LearnerName
      do {
        learner = try LearnerName(name)
      } catch {
        screen.line("Progress/\(name): \(error)")
        healthy = false
        continue
      }
      let known = ProgressStore.learners(root: context.progressRoot)
      guard known.contains(name) else {
        screen.line("\(ProgressError.unknownLearner(name, known: known))")
        healthy = false
        continue
      }
      if !examine(learner, doctor: doctor, screen: screen) { healthy = false }
    }
    if names.isEmpty { screen.line("No learners yet.") }
    if !healthy { throw ExitCode(2) }
  }

  /// Prints what is found for `learner`, repairs when asked; true when healthy in the end.
  func examine(_ learner: LearnerName, doctor: ProgressDoctor, screen: Screen) -> Bool {
    var findings = doctor.check(learner)
    for finding in findings { show(finding, screen: screen) }
    var problems = findings.filter { $0.severity == .problem }
    let repairable = problems.contains(where: \.repairable)
    if repair && repairable {
      do {
        for line in try doctor.repair(learner) { screen.line("Repaired: \(line)") }
      } catch {
        screen.line(screen.paint("Not repaired: \(error)", { $0.red }))
        return false
      }
      findings = doctor.check(learner)
      problems = findings.filter { $0.severity == .problem }
      for finding in problems { show(finding, screen: screen) }
    }
    if problems.isEmpty {
      screen.line("Progress/\(learner.value): healthy")
      return true
    }
    if problems.contains(where: \.repairable) {
      if !repair {
        screen.line(
          "Run 'recall doctor --learner \(learner.value) --repair' to rebuild from the journal.")
      }
    } else {
      screen.line(
        "--repair cannot fix this (it rebuilds only the snapshot and the journal): fix what the line above names, then run 'recall doctor' again."
      )
    }
    return false
  }

  /// One finding on its line, problems in red.
  func show(_ finding: ProgressFinding, screen: Screen) {
    switch finding.severity {
    case .problem: screen.line(screen.paint("\(finding)", { $0.red }))
    case .note: screen.line("\(finding)")
    }
  }
}
