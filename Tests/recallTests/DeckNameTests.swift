import Foundation
import Testing

/// Deck commands write only `Decks/NAME.json`, and never lose each other's changes.
@Suite struct DeckNameTests {
  private func csv(_ home: URL) throws -> String {
    let file = home.appendingPathComponent("c.csv")
    try Data("front,back\nWhat is a cell?,The unit of life\n".utf8).write(to: file)
    return file.path
  }

  @Test func aDeckNameThatIsAPathIsRefused() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let file = try csv(home)
    let escape = home.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("escape.json")
    for name in ["../../escape", "sub/dir/deep", "/tmp/abs", ".hidden", "a\u{1B}[2Jb"] {
      let result = try runRecall(["deck", "import", file, "--into", name, "--home", home.path])
      #expect(result.status == 2, "\(name)")
      #expect(result.stderr.contains("is not allowed"), "\(name): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1)
      let add = try runRecall([
        "deck", "add", name, "--front", "F", "--back", "B", "--home", home.path,
      ])
      #expect(add.status == 2, "\(name)")
    }
    #expect(!FileManager.default.fileExists(atPath: escape.path))
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("sub").path))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("Decks").path)
        == ["stem-cells.json"])
  }

  @Test func aNameEndingInJsonIsStillADeckInDecks() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let stray = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .appendingPathComponent("biology.json")
    let existed = FileManager.default.fileExists(atPath: stray.path)
    defer { if !existed { try? FileManager.default.removeItem(at: stray) } }
    let result = try runRecall([
      "deck", "import", try csv(home), "--into", "biology.json", "--home", home.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      FileManager.default.fileExists(atPath: home.appendingPathComponent("Decks/biology.json").path)
    )
    #expect(FileManager.default.fileExists(atPath: stray.path) == existed)
  }

  @Test func concurrentAddsAreAllKept() throws {
    let home = try makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let count = 20
    // Every process is started before any is waited for, so they really run at once.
    let processes = (0..<count).map { index in
      let process = Process()
      process.executableURL = recallBinary()
      process.arguments = [
        "deck", "add", "bio", "--front", "Question \(index)?", "--back", "Answer \(index)",
        "--home", home.path,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      return process
    }
    for process in processes { try process.run() }
    for process in processes { process.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: count))
    let deck =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: home.appendingPathComponent("Decks/bio.json"))) as? [String: Any]
    #expect((deck?["cards"] as? [Any])?.count == count)
  }
}

extension DeckNameTests {
  @Test func aLinkedDecksFolderIsNotWrittenThrough() throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let elsewhere = home.deletingLastPathComponent()
      .appendingPathComponent("decks-elsewhere-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    let decks = home.appendingPathComponent("Decks")
    try FileManager.default.removeItem(at: decks)
    try FileManager.default.createSymbolicLink(at: decks, withDestinationURL: elsewhere)
    let add = try runRecall([
      "deck", "add", "bio", "--front", "F", "--back", "B", "--home", home.path,
    ])
    #expect(add.status == 2)
    #expect(add.stderr.contains("Decks is a symbolic link"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
  }
}
