import Foundation
import RecallCore

/// Prints FSRS review updates per second (one core, this process), then py-fsrs's figure on
/// the same mix via `scripts/bench_pyfsrs.py` when python3 and fsrs are available.
///
/// Mix: 1,024 cards, each restarted as new every 24 reviews, cycling through learning, review and relearning with default settings
/// (fuzz on, seeded); ratings Again 10 %, Hard 15 %, Good 60 %, Easy 15 %; each review at
/// the card's due time plus an offset: a few minutes early, on time, hours or days late.
func benchmarkFSRS() {
  let updates = 20_000_000
  var best = 0.0
  var checksum = 0.0
  for _ in 0..<3 {
    let (rate, sum) = runSwiftFSRS(updates: updates)
    best = max(best, rate)
    checksum += sum
  }
  print("FSRS review updates/s (Swift, 1 core): \(Int(best))  [checksum \(checksum)]")
  print(pyFSRSFigure())
}

private func runSwiftFSRS(updates: Int) -> (rate: Double, checksum: Double) {
  let scheduler = Scheduler()
  let start = Date(timeIntervalSince1970: 1_714_564_800)
  var seed: UInt64 = 7
  func random() -> UInt64 {
    seed &+= 0x9E37_79B9_7F4A_7C15
    var z = seed
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  let ratings: [Rating] = (0..<4096).map { _ in
    switch random() % 100 {
    case 0..<10: .again
    case 10..<25: .hard
    case 25..<85: .good
    default: .easy
    }
  }
  let choices: [TimeInterval] = [-300, 0, 0, 3600 * 5, 86_400, 3 * 86_400]
  let offsets: [TimeInterval] = (0..<1024).map { _ in choices[Int(random() % 6)] }
  var cards = [MemoryState](repeating: .new(due: start), count: 1024)
  var checksum = 0.0
  let clock = ContinuousClock()
  let began = clock.now
  for i in 0..<updates {
    let index = i & 1023
    // Every card starts over as new after 24 reviews, so the mix keeps young cards.
    let card = (i >> 10) % 24 == 0 ? MemoryState.new(due: start) : cards[index]
    var at = card.due.addingTimeInterval(offsets[(i >> 3) & 1023])
    if let last = card.lastReview, at < last { at = last }
    let next = scheduler.review(card, rating: ratings[i & 4095], at: at, fuzzSeed: UInt64(i))
    checksum += next.stability ?? 0
    cards[index] = next
  }
  let elapsed = clock.now - began
  let seconds =
    Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  return (Double(updates) / seconds, checksum)
}

/// Runs `scripts/bench_pyfsrs.py` and returns its line of output, or why it could not.
private func pyFSRSFigure() -> String {
  let notInstalled = "py-fsrs: not installed (pip install fsrs==6.3.2)"
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let script = root.appendingPathComponent("scripts/bench_pyfsrs.py")
  guard run(["python3", "-c", "import fsrs"]) != nil,
    let output = run(["python3", script.path])
  else { return notInstalled }
  return "FSRS review updates/s (py-fsrs 6.3.2): \(output)"
}

/// Runs a command found on PATH; its trimmed stdout if it exits with 0, else nil.
private func run(_ arguments: [String]) -> String? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = FileHandle.nullDevice
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else { return nil }
  return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
