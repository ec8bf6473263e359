import Foundation
import Testing

@testable import RecallCore
@testable import recall

/// A LineReader answering from a list, as a learner at a keyboard would.
final class ScriptedLineReader: LineReader {
  private var lines: [String]
  private(set) var prompts: [String] = []

  init(_ lines: [String]) { self.lines = lines }

  /// `^C` in the script stands for Ctrl-C.
  func read(prompt: String) -> LineInput {
    prompts.append(prompt)
    guard !lines.isEmpty else { return .end }
    let line = lines.removeFirst()
    return line == "^C" ? .interrupted : .line(line)
  }
}

@Suite struct StudyScriptTests {
  @Test func scriptedSessionSavesThreeAnswers() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    var output = ""
    let screen = Screen(color: false, width: 80) { output += $0 }
    let context = Context(home: home, screen: screen)
    let reader = ScriptedLineReader(["", "3", "", "good", "", "1", "q"])
    try runStudy(context: context, reader: reader, learner: "demo", request: StudyRequest())

    let lines = try journal(home: home, learner: "demo")
    #expect(lines.count == 3)
    #expect(lines.map { $0["rating"] as? Int } == [3, 3, 1])
    #expect(
      lines.map { $0["card"] as? String } == [
        "definition:stem-cells", "definition:embryonic-stem-cells", "definition:adult-stem-cells",
      ])
    #expect(lines.allSatisfy { ($0["at"] as? String)?.hasSuffix("Z") == true })
    #expect(output.contains("Q: What are stem cells?"))
    #expect(output.contains("A: Undifferentiated biological cells"))
    #expect(output.contains("Session over: answered 3 cards"))
    #expect(reader.prompts.contains { $0.hasPrefix("1 again") && $0.contains("· 4 easy") })

    // The snapshot written at the end agrees with the journal.
    let snapshot =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: home.appendingPathComponent("Progress/demo/progress.json")))
      as? [String: Any]
    #expect(snapshot?["review_count"] as? Int == 3)
    #expect(snapshot?["format_version"] as? Int == 2)
  }

  @Test func aGradeThatIsNotOneToFourIsAskedAgain() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    var output = ""
    let screen = Screen(color: false, width: 80) { output += $0 }
    let reader = ScriptedLineReader(["", "7", "maybe", "4", "q"])
    try runStudy(
      context: Context(home: home, screen: screen), reader: reader, learner: "demo",
      request: StudyRequest(deckName: "stem-cells"))
    #expect(try journal(home: home, learner: "demo").map { $0["rating"] as? Int } == [4])
    #expect(output.components(separatedBy: "Type 1–4").count == 3)
  }

  @Test func unknownShellCommandGetsTheClosestOne() {
    #expect(Shell.closest(to: "stdy") == "study")
    #expect(Shell.closest(to: "sta") == "stats")
    #expect(Shell.closest(to: "xyzzyplugh") == nil)
  }
}

extension Context {
  init(home: URL, screen: Screen) {
    var options = GlobalOptions()
    options.home = home.path
    self.init(options: options, screen: screen)
  }
}

@Suite struct StudyPromptTests {
  func run(_ lines: [String], request: StudyRequest = StudyRequest()) throws -> (
    output: String, home: URL
  ) {
    let home = try makeHome()
    var output = ""
    let screen = Screen(color: false, width: 80) { output += $0 }
    try runStudy(
      context: Context(home: home, screen: screen), reader: ScriptedLineReader(lines),
      learner: "demo",
      request: request)
    return (output, home)
  }

  @Test func undoAtThePromptTakesBackTheLastAnswerAndShowsTheCardAgain() throws {
    let (output, home) = try run(["", "4", "u", "", "1", "q"])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(output.contains("Undone: the answer to definition:stem-cells is taken back."))
    #expect(output.components(separatedBy: "Q: What are stem cells?").count == 3)
    let lines = try journal(home: home, learner: "demo")
    #expect(lines.map { $0["event"] as? String ?? "review" } == ["review", "undo", "review"])
    #expect(lines.last?["rating"] as? Int == 1)
  }

  @Test func aTypedDefinitionIsGradedByItsKeyWordsAndEnterAcceptsTheSuggestion() throws {
    // Every idea of the answer, one word spelt the British way: right, suggested Good.
    let (output, home) = try run([
      "Undifferentiated biological cells that can renew themselves and differentiate into specialised cell types",
      "", "q",
    ])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(output.contains("right: recalled 8 of 8 key words — suggested grade: 3 good"))
    #expect(try journal(home: home, learner: "demo").map { $0["rating"] as? Int } == [3])
  }

  @Test func aDefinitionHalfRecalledSuggestsHardAndListsWhatWasMissed() throws {
    let (output, home) = try run(["unspecialised cells that renew themselves", "", "q"])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(output.contains("partly right: recalled 3 of 8 key words — suggested grade: 2 hard"))
    #expect(
      output.contains("  missed: undifferentiated, biological, differentiate, specialized, types"))
    #expect(try journal(home: home, learner: "demo").map { $0["rating"] as? Int } == [2])
  }

  @Test func aWrongTypedAnswerSuggestsAgain() throws {
    let (output, home) = try run(["bone marrow", "", "q"])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(output.contains("wrong: recalled 0 of 8 key words — suggested grade: 1 again"))
    #expect(try journal(home: home, learner: "demo").map { $0["rating"] as? Int } == [1])
  }

  @Test func suspendAndBuryTakeTheCardOutOfTheSession() throws {
    let (output, home) = try run(
      ["s", "b", "", "3", "q"], request: StudyRequest(deckName: "stem-cells"))
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(output.contains("Suspended: this card will not come back until unsuspended."))
    #expect(output.contains("Buried until tomorrow."))
    let lines = try journal(home: home, learner: "demo")
    #expect(lines.map { $0["event"] as? String ?? "review" } == ["suspend", "bury", "review"])
    // The buried card's sibling was never gathered with it: the next term comes.
    #expect(lines.last?["card"] as? String == "definition:adult-stem-cells")
  }

  @Test func quittingEarlySaysHowManyNewCardsAreStillReadyToday() throws {
    let (output, home) = try run(["", "3", "q"])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(output.contains("demo: 5 cards to study: 5 new"))
    #expect(output.contains("New cards: 1 today (limit 20); 4 more are ready now"))
  }

  @Test func ctrlCCancelsTheCardOnScreenWithoutGradingIt() throws {
    let (output, home) = try run(["", "3", "", "^C"])
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(output.contains("Cancelled: the card on screen was not graded"))
    #expect(try journal(home: home, learner: "demo").count == 1)
  }

  @Test func theLimitEndsTheSessionAndNothingDueSaysWhatNext() throws {
    let (output, home) = try run(["", "4", "", "4"], request: StudyRequest(limit: 2))
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(output.contains("Session over: answered 2 cards"))
    var later = ""
    let screen = Screen(color: false, width: 80) { later += $0 }
    try runStudy(
      context: Context(home: home, screen: screen), reader: ScriptedLineReader([]), learner: "demo",
      request: StudyRequest(newCards: 0))
    #expect(later.contains("Nothing is due now. The next card is due in"))
    #expect(
      later.contains(
        "New cards: 2 today (limit 0); 3 more can come today with 'study --new 5'."))
    #expect(!later.contains("to study"))
  }
}

@Suite struct EditAtThePromptTests {
  @Test func editingACardFromThePromptKeepsItsIDAndTheGradeStillCounts() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    var output = ""
    let screen = Screen(color: false, width: 80) { output += $0 }
    try runStudy(
      context: Context(home: home, screen: screen),
      reader: ScriptedLineReader(["", "e", "What are stem cells, in one line?", "", "3", "q"]),
      learner: "demo", request: StudyRequest())
    let deck = try DeckStore.load(from: home.appendingPathComponent("Decks/stem-cells.json"))
    let card = try #require(deck.card(withID: "definition:stem-cells"))
    #expect(card.front == "What are stem cells, in one line?")
    #expect(card.back.hasPrefix("Undifferentiated biological cells"))
    #expect(output.contains("Saved in stem-cells.json"))
    #expect(
      try journal(home: home, learner: "demo").map { $0["card"] as? String } == [
        "definition:stem-cells"
      ])
  }
}

@Suite struct HistoryCacheRefreshTests {
  @Test func aSessionLeavesTheHistoryCacheReadyForStats() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let root = home.appendingPathComponent("Progress")
    let deck = try DeckStore.load(from: home.appendingPathComponent("Decks/stem-cells.json"))
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    let store = try ProgressStore(
      root: root, learner: LearnerName("demo"), readOnly: false, create: true, now: start)
    let scheduler = Scheduler(settings: SchedulerSettings())
    for k in 0..<1200 {
      let card = deck.cards[k % deck.cards.count].id
      let at = start.addingTimeInterval(Double(k) * 60)
      try store.record(
        store.progress.answer(card, deck: "stem-cells", rating: .good, at: at, scheduler: scheduler)
      )
    }
    try store.close(now: start.addingTimeInterval(86_400))
    let cache = root.appendingPathComponent("demo/history.cache")
    #expect(!FileManager.default.fileExists(atPath: cache.path))

    var output = ""
    try runStudy(
      context: Context(home: home, screen: Screen(color: false, width: 80) { output += $0 }),
      reader: ScriptedLineReader(["q"]), learner: "demo", request: StudyRequest())
    #expect(FileManager.default.fileExists(atPath: cache.path))
    let history = try JournalHistory.read(
      folder: root.appendingPathComponent("demo"), learner: "demo")
    #expect(history.standingCount == 1200)
  }
}
