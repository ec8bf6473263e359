import Foundation
import Testing

/// `recall generate` run as a user runs it: the built binary, its files, output and exit code.
@Suite struct GenerateCommandTests {
  private struct Run {
    var status: Int32
    var output: String
    var errors: String
  }

  private static var recall: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("recall")
  }

  private static var repository: URL {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/", url.lastPathComponent != "Tests" { url.deleteLastPathComponent() }
    return url.deletingLastPathComponent()
  }

  private func run(_ arguments: [String], in folder: URL) throws -> Run {
    let process = Process()
    process.executableURL = Self.recall
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData, as: UTF8.self))
  }

  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("recall-generate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
    return folder
  }

  @Test func writesAPrettyDeckWithTheSourceRelativeToIt() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = Self.repository.appendingPathComponent(
      "Tests/Fixtures/articles/regenerative-medicine.txt")
    try FileManager.default.copyItem(
      at: article, to: folder.appendingPathComponent("sources/regen.txt"))
    let result = try run(
      ["generate", "sources/regen.txt", "-o", "deck.json", "--report"], in: folder)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("line 23: embryonic stem cells (ESCs)"))
    #expect(result.output.contains("Not used:"))
    // Every definition names the rule that found it; every rejection says why, typed.
    #expect(result.output.contains("(list-item)"))
    #expect(result.output.contains("(examples)"))
    #expect(result.output.contains("the description does not define the term"))
    let text = try String(contentsOf: folder.appendingPathComponent("deck.json"), encoding: .utf8)
    #expect(text.contains("\"format_version\" : 1"))
    #expect(text.contains("\"source\" : \"sources/regen.txt\""))
    #expect(text.contains("\"title\" : \"What Is Regenerative Medicine?\""))
  }

  @Test func aMissingTaggerModelIsOneLineAndExitCodeTwo() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "Osmosis is the movement of water across a membrane.".write(
      to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let missing = folder.appendingPathComponent("no-such.model").path
    let result = try runRecall(
      [
        "generate", folder.appendingPathComponent("a.txt").path, "-o",
        folder.appendingPathComponent("deck.json").path,
      ],
      environment: ["RECALL_TAGGER_MODEL": missing])
    #expect(result.status == 2)
    #expect(result.stderr.contains("tagger model not found at \(missing)"))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("deck.json").path))
  }

  @Test func aCorruptTaggerModelIsOneLineAndExitCodeTwo() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "Osmosis is the movement of water across a membrane.".write(
      to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let corrupt = folder.appendingPathComponent("bad.model")
    try Data("not a model at all".utf8).write(to: corrupt)
    let result = try runRecall(
      [
        "generate", folder.appendingPathComponent("a.txt").path, "-o",
        folder.appendingPathComponent("deck.json").path,
      ],
      environment: ["RECALL_TAGGER_MODEL": corrupt.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("is unusable"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func badArticleFailsWithExitCodeTwoAndWritesNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00]).write(to: folder.appendingPathComponent("a.bin"))
    let result = try run(["generate", "a.bin", "-o", "deck.json"], in: folder)
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("recall: a.bin: this is a binary file"))
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("deck.json").path))
  }

  @Test func kindsLimitTheCardsAndUnknownKindsAreRefused() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "# Notes\n\nOsmosis is the diffusion of water across a membrane.\n".write(
      to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    let result = try run(["generate", "a.md", "-o", "d.json", "--kinds", "definition"], in: folder)
    #expect(result.status == 0)
    let deck = try String(contentsOf: folder.appendingPathComponent("d.json"), encoding: .utf8)
    #expect(deck.contains("definition:osmosis") && !deck.contains("reverse:osmosis"))
    let bad = try run(["generate", "a.md", "-o", "e.json", "--kinds", "essay"], in: folder)
    #expect(bad.status != 0)
    #expect(bad.errors.contains("unknown card kind 'essay'"))
  }

  @Test func helpShowsAnExample() throws {
    let result = try run(["generate", "--help"], in: FileManager.default.temporaryDirectory)
    #expect(
      result.output.contains("recall generate Decks/sources/what-is-regenerative-medicine.txt"))
  }
}
