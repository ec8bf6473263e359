import Foundation
import Testing

/// A real pseudo-terminal: the binary runs inside a detached tmux session that the test
/// types into (send-keys) and reads (capture-pane).
final class TmuxSession {
  let name = "recall-test-\(UUID().uuidString.prefix(8))"
  let socket: String

  init(command: String, width: Int = 80, height: Int = 30) throws {
    socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
    // The server tmux starts would hold a captured pipe open forever: start it detached from ours.
    try tmux(
      [
        "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
        command + "; echo recall-exited-$?; sleep 60",
      ],
      capture: false)
  }

  deinit {
    _ = try? tmux(["kill-server"], capture: false)
    try? FileManager.default.removeItem(atPath: socket)
  }

  /// Runs a tmux client. Every descriptor above 2 is closed first: a tmux server started by
  /// the client would otherwise inherit Foundation's pipes (and hold other tests' pipes open).
  @discardableResult
  func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
    let closeAndRun =
      "for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done; exec tmux \"$@\""
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", closeAndRun, "bash", "-S", socket] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["TERM"] =
      environment["TERM"].flatMap { $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
    process.environment = environment
    process.standardError = FileHandle.nullDevice
    guard capture else {
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      return ""
    }
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Types keys: text, or tmux key names such as `Enter`, `Tab`, `Up`, `C-d`.
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// The visible screen.
  func screen() throws -> String {
    try tmux(["capture-pane", "-p", "-t", name])
  }

  /// The visible screen with its colour escape sequences.
  func screenWithEscapes() throws -> String {
    try tmux(["capture-pane", "-p", "-e", "-t", name])
  }

  /// Waits until the screen shows `text` (up to `timeout` seconds); returns the screen.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record("timed out waiting for \(text.debugDescription); the screen was:\n\(last)")
    return last
  }
}

/// tmux must be installed for these tests (`make test` installs it).
let hasTmux = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

@Suite(.serialized) struct TerminalTests {
  func shell(_ home: URL) -> String {
    "cd \(home.path) && NO_COLOR=1 \(recallBinary().path) --home \(home.path) --learner ana"
  }

  @Test(.enabled(if: hasTmux)) func tabCompletesCommandsAndDeckNames() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try TmuxSession(command: shell(home))
    try terminal.waitFor("recall>")
    try terminal.send("sta", "Tab")
    try terminal.waitFor("recall> stats")
    try terminal.send("C-u", "quiz --ki", "Tab")
    try terminal.waitFor("recall> quiz --kinds")
    try terminal.send("C-u", "study st", "Tab")
    try terminal.waitFor("recall> study stem-cells")
    try terminal.send("Enter")
    try terminal.waitFor("Q: What are stem cells?")
  }

  @Test(.enabled(if: hasTmux)) func studyAtTheTerminalRevealsGradesAndQuits() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try TmuxSession(command: shell(home))
    try terminal.waitFor("recall>")
    try terminal.send("study", "Enter")
    try terminal.waitFor("(Enter to reveal")
    try terminal.send("Enter")
    let revealed = try terminal.waitFor("4 easy")
    #expect(revealed.contains("A: Undifferentiated biological cells"))
    try terminal.send("3", "Enter")
    try terminal.waitFor("Saved: good")
    // Undo takes the answer back and shows the card again.
    try terminal.waitFor("Q: What are embryonic stem cells?")
    try terminal.send("u", "Enter")
    try terminal.waitFor("Undone: the answer to definition:stem-cells is taken back.")
    try terminal.send("Enter")
    try terminal.waitFor("Undifferentiated biological cells")
    try terminal.send("4", "Enter")
    try terminal.waitFor("Saved: easy")
    try terminal.send("q", "Enter")
    try terminal.waitFor("Session over: answered 1 card")
    try terminal.send("C-d")
    try terminal.waitFor("recall-exited-0")
    let lines = try journal(home: home, learner: "ana")
    #expect(lines.map { $0["event"] as? String ?? "review" } == ["review", "undo", "review"])
    #expect(lines.last?["rating"] as? Int == 4)
  }

  @Test(.enabled(if: hasTmux)) func upRecallsTheLastCommandAfterARestart() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    do {
      let first = try TmuxSession(command: shell(home))
      try first.waitFor("recall>")
      try first.send("decks", "Enter")
      try first.waitFor("Stem cell types (6 cards)")
      try first.send("quit", "Enter")
      try first.waitFor("recall-exited-0")
    }
    let second = try TmuxSession(command: shell(home))
    try second.waitFor("recall>")
    try second.send("Up")
    try second.waitFor("recall> quit")
    try second.send("Up")
    try second.waitFor("recall> decks")
  }

  @Test(.enabled(if: hasTmux)) func ctrlCCancelsTheCardAndTheLineButNeverTheProgram() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try TmuxSession(command: shell(home))
    try terminal.waitFor("recall>")
    try terminal.send("study", "Enter")
    try terminal.waitFor("Q: What are stem cells?")
    try terminal.send("Enter")
    try terminal.waitFor("4 easy")
    try terminal.send("3", "Enter")
    try terminal.waitFor("Q: What are embryonic stem cells?")
    try terminal.send("C-c")
    try terminal.waitFor("Cancelled: the card on screen was not graded")
    try terminal.waitFor("Session over: answered 1 card")
    // At the shell prompt, Ctrl-C drops the half-typed line and the shell goes on.
    try terminal.send("lear")
    try terminal.send("C-c")
    try terminal.send("decks", "Enter")
    let screen = try terminal.waitFor("Stem cell types (6 cards)")
    #expect(!screen.contains("Unknown command"))
    try terminal.send("C-d")
    try terminal.waitFor("recall-exited-0")
    #expect(try journal(home: home, learner: "ana").count == 1)
  }

  @Test(.enabled(if: hasTmux)) func aQuizOfFiveMixedQuestionsEndsWithTheScore() throws {
    let home = try makeHome(decks: ["regenerative-medicine"])
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try TmuxSession(command: shell(home), height: 60)
    try terminal.waitFor("recall>")
    try terminal.send("quiz --count 5", "Enter")
    try terminal.waitFor("Quiz: What Is Regenerative Medicine?, 5 questions")
    for number in 1...5 {
      try terminal.waitFor("\(number). ")
      try terminal.send("a", "Enter")
    }
    let screen = try terminal.waitFor("Score: ")
    #expect(screen.contains("/5"))
    // Quiz answers count as reviews unless --practice.
    try terminal.send("C-d")
    try terminal.waitFor("recall-exited-0")
    #expect(try journal(home: home, learner: "ana").count == 5)
  }

  @Test(.enabled(if: hasTmux)) func colourOnATerminalButNotUnderNoColorOrDumbTerminals() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let binary = recallBinary().path
    var run = 0
    func firstScreen(_ environment: String) throws -> String {
      run += 1
      let terminal = try TmuxSession(
        command:
          "cd \(home.path) && env -u NO_COLOR \(environment) \(binary) --home \(home.path) --learner learner\(run)"
      )
      try terminal.waitFor("recall>")
      try terminal.send("study", "Enter")
      try terminal.waitFor("Q: What are stem cells?")
      return try terminal.screenWithEscapes()
    }
    #expect(try firstScreen("TERM=xterm-256color").contains("\u{1B}["))
    #expect(try !firstScreen("TERM=xterm-256color NO_COLOR=1").contains("\u{1B}["))
    #expect(try !firstScreen("TERM=dumb").contains("\u{1B}["))
  }
}
