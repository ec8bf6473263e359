import Foundation
import Testing

@testable import RecallCore

/// A long glossary costs time in proportion to its length, as prose does: eight times the
/// items may take about eight times as long, never the sixty-four times of a quadratic step.
/// (A ratio of two runs, not a time limit: it holds on a slow or a fast machine.)
@Suite struct GlossaryScalingTests {
  private func glossary(_ count: Int) -> String {
    let words = ["alpha", "beta", "gamma", "delta", "kappa", "sigma", "omega", "theta"]
    var text = "# Glossary\n\n"
    for index in 0..<count {
      let a = words[index % words.count]
      let b = words[(index / words.count) % words.count]
      text +=
        "- **\(a.capitalized)\(index) \(b):** a kind of \(b) structure that stores \(a) energy in cells.\n"
    }
    return text
  }

  private func seconds(_ text: String) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try Generator().generate(text: text)
    #expect(result.definitions.count > 0)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  @Test func eightTimesTheItemsTakeFarLessThanSixtyFourTimesTheTime() throws {
    _ = try seconds(glossary(20))  // loads the tagger
    let small = try min(seconds(glossary(250)), seconds(glossary(250)))
    let large = try seconds(glossary(2000))
    #expect(large / small < 24, "250 items: \(small) s, 2,000 items: \(large) s")
  }
}
