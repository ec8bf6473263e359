import Foundation
import RecallCore

/// Prints how long `recall generate` takes on the shared article and on a ~1 MB article made
/// of the test articles repeated (median of several runs).
func benchmarkGeneration() {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let shared = root.appendingPathComponent("Decks/sources/what-is-regenerative-medicine.txt")
  let fixtures = root.appendingPathComponent("Tests/Fixtures/articles")
  guard let article = try? String(contentsOf: shared, encoding: .utf8) else {
    print("generation: cannot read \(shared.path)")
    return
  }
  let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
  let samples = names.filter { !$0.hasSuffix(".json") }.sorted().compactMap { name in
    try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
  }
  var large = ""
  while large.utf8.count < 1_000_000, !samples.isEmpty {
    for sample in samples { large += sample + "\n\n" }
  }
  // RECALL_GENERATION_RUNS=N times the shared article N times and skips the 1 MB article
  // (for profiling the small case).
  let runs = ProcessInfo.processInfo.environment["RECALL_GENERATION_RUNS"].flatMap { Int($0) }
  report("generation, shared article", bytes: article.utf8.count, runs: runs ?? 50) {
    _ = try? Generator().generate(text: article)
  }
  if runs != nil { return }
  report("generation, 1 MB article", bytes: large.utf8.count, runs: 5) {
    _ = try? Generator().generate(text: large)
  }
}

private func report(_ name: String, bytes: Int, runs: Int, _ body: () -> Void) {
  var times: [Double] = []
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  }
  let median = times.sorted()[times.count / 2]
  print(String(format: "%@: %.2f ms median of %d runs (%d bytes)", name, median, runs, bytes))
}
