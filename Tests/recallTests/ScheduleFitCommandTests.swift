import Foundation
import Testing

/// `recall schedule --fit LOG` through the built binary.
@Suite struct ScheduleFitCommandTests {
  /// A small CSV log: 30 cards reviewed over a few weeks, a few forgotten.
  static let log: String = {
    var lines = ["card_id,review_rating,review_time,review_duration"]
    for card in 0..<30 {
      let days = [0, 1, 3, 8, 20]
      for (index, day) in days.enumerated() {
        let rating = index == 0 ? (card % 3 == 0 ? 1 : 3) : ((card + index) % 5 == 0 ? 1 : 3)
        let time = Date(timeIntervalSince1970: 1_714_564_800 + Double(day * 86_400 + card * 60))
        lines.append("\(card),\(rating),\(time.ISO8601Format()),4000")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  @Test func fitPrintsParametersAndScoresAsJSON() throws {
    let result = try runRecall(["schedule", "--fit", "-", "--json"], input: Self.log)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["parameters"] as? [Double])?.count == 21)
    #expect(object["reviews"] as? Int == 150)
    #expect(object["items"] as? Int == 120)
    let logLoss = try #require(object["log_loss"] as? [String: Double])
    #expect(logLoss["fitted"] ?? 1 <= (logLoss["default"] ?? 0) + 1e-9)
    #expect((object["rmse_bins"] as? [String: Double])?.keys.sorted() == ["default", "fitted"])
  }

  @Test func badRowExitsWithStatusTwoNamingLineAndField() throws {
    let input = "card_id,review_rating,review_time\n1,3,2024-05-01T12:00:00Z\n1,3,soon\n"
    let result = try runRecall(["schedule", "--fit", "-"], input: input)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("line 3, review_time: 'soon'"))
  }

  @Test func fitAndReplayTogetherAreRefused() throws {
    let result = try runRecall(["schedule", "--fit", "a.csv", "--replay", "b.json"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("either --replay FILE or --fit LOG"))
  }
}
