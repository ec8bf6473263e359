import Foundation
import RecallCore

/// Prints how long `recall generate` takes on the shared article and on a ~1 MB article made
/// of the test articles repeated (median of several runs), and how fast the part-of-speech
/// tagger reads the 1 MB article.
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
  benchmarkTagging(large)
}

/// Prints the tagger's speed on `text` on one core, tokenising included and not (median of
/// five runs): tokens per second.
private func benchmarkTagging(_ text: String) {
  guard let tagger = try? PartOfSpeechTagger.bundled.get() else {
    print("tagging: the bundled tagger model cannot be read")
    return
  }
  let words = Tokenizer.tokenize(text).map(\.text)
  var tokenising: [Double] = []
  var tagging: [Double] = []
  var checksum = 0
  for _ in 0..<5 {
    var start = DispatchTime.now().uptimeNanoseconds
    checksum &+= tagger.tag(text: text).count
    tokenising.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    start = DispatchTime.now().uptimeNanoseconds
    checksum &+= tagger.tag(words).count
    tagging.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  let whole = tokenising.sorted()[2]
  let tagOnly = tagging.sorted()[2]
  print(
    String(
      format:
        "tagging, 1 MB article, one core: %.2f million tokens/s (%.1f ms for %d tokens); "
        + "with tokenising %.2f million tokens/s (%.1f ms)  [checksum %d]",
      Double(words.count) / tagOnly / 1e6, tagOnly * 1e3, words.count,
      Double(words.count) / whole / 1e6, whole * 1e3, checksum))
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
