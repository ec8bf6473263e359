import Foundation

/// The project's `Tests/Fixtures` folder.
let fixturesFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures", isDirectory: true)

/// The project's root folder.
let projectFolder = fixturesFolder.deletingLastPathComponent().deletingLastPathComponent()

/// A temporary recall home holding a copy of the fixture decks in `Decks/`.
func makeHome(decks: [String] = ["stem-cells"]) throws -> URL {
  let home = FileManager.default.temporaryDirectory
    .appendingPathComponent("recall-e2e-\(UUID().uuidString)", isDirectory: true)
  let folder = home.appendingPathComponent("Decks", isDirectory: true)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  for deck in decks {
    try FileManager.default.copyItem(
      at: fixturesFolder.appendingPathComponent("decks/\(deck).json"),
      to: folder.appendingPathComponent("\(deck).json"))
  }
  return home
}

/// The `recall` binary built beside the tests.
func recallBinary() -> URL {
  var folder = Bundle.main.bundleURL
  for _ in 0..<4 {
    let candidate = folder.appendingPathComponent("recall")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder.deleteLastPathComponent()
  }
  return projectFolder.appendingPathComponent(".build/debug/recall")
}

/// What a run of the binary printed and how it exited.
struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `recall` with `arguments`, feeding `input` on a pipe.
func runRecall(_ arguments: [String], input: String = "", environment: [String: String] = [:])
  throws -> RunResult
{
  let process = Process()
  process.executableURL = recallBinary()
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  env["RECALL_LEARNER"] = nil
  env["RECALL_HOME"] = nil
  for (key, value) in environment { env[key] = value }
  process.environment = env
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  stdin.fileHandleForWriting.write(Data(input.utf8))
  try stdin.fileHandleForWriting.close()
  let out = stdout.fileHandleForReading.readDataToEndOfFile()
  let err = stderr.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return RunResult(
    status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
    stderr: String(decoding: err, as: UTF8.self))
}

/// The journal lines of `learner` in `home`, decoded as dictionaries.
func journal(home: URL, learner: String) throws -> [[String: Any]] {
  let url = home.appendingPathComponent("Progress/\(learner)/journal.jsonl")
  let text = try String(contentsOf: url, encoding: .utf8)
  return try text.split(separator: "\n").map { line in
    try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
  }
}
