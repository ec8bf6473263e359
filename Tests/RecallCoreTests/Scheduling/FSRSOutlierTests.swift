import Foundation
import Testing

@testable import RecallCore

/// Cards with an unusual start are left out of the fit, as fsrs-rs leaves them out.
@Suite struct FSRSOutlierTests {
  /// `count` cards first rated `rating`, next seen `days` later (and once more after that).
  func cards(_ count: Int, rating: Int, days: Int, from start: Int = 0) -> [FSRSCardHistory] {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)
    return (start..<start + count).map { index in
      FSRSCardHistory(
        cardID: "r\(rating)-d\(days)-\(index)",
        steps: [
          FSRSStep(rating: rating, deltaDays: 0, time: t0),
          FSRSStep(rating: 3, deltaDays: days, time: t0 + Double(days) * 86_400),
          FSRSStep(rating: 3, deltaDays: 5, time: t0 + Double(days + 5) * 86_400),
        ])
    }
  }

  @Test func rareStartsAndLongGapsGoCommonOnesStay() {
    let common = cards(400, rating: 3, days: 1) + cards(200, rating: 3, days: 3)
    let rare = cards(3, rating: 3, days: 17) + cards(9, rating: 3, days: 40)
    let longGap = cards(50, rating: 3, days: 150)
    let lone = cards(30, rating: 1, days: 1)
    let noItem = [FSRSCardHistory(cardID: "once", steps: [common[0].steps[0]])]
    let kept = FSRSFitter.withoutOutliers(common + rare + longGap + lone + noItem)
    let ids = Set(kept.map(\.cardID))
    #expect(common.allSatisfy { ids.contains($0.cardID) })
    #expect(!rare.contains { ids.contains($0.cardID) })
    #expect(!longGap.contains { ids.contains($0.cardID) })
    // 30 Again cards: the first 20 (at least) of a rating go, then a group of 30 is whole: kept.
    #expect(lone.allSatisfy { ids.contains($0.cardID) })
    #expect(ids.contains("once"))
  }

  @Test func amongEquallyRareStartsTheShorterGapGoesFirst() {
    // 430 cards first rated Good: 21 (5 %) are to go. The two groups of 15 are equally rare;
    // the one with the shorter gap goes, which leaves the quota met and the other kept.
    let shorter = cards(15, rating: 3, days: 2)
    let longer = cards(15, rating: 3, days: 9)
    let kept = FSRSFitter.withoutOutliers(cards(400, rating: 3, days: 1) + shorter + longer)
    let ids = Set(kept.map(\.cardID))
    #expect(kept.count == 415)
    #expect(!shorter.contains { ids.contains($0.cardID) })
    #expect(longer.allSatisfy { ids.contains($0.cardID) })
  }

  @Test func afterAFirstEasyAGapUpToAYearIsKept() {
    let kept = FSRSFitter.withoutOutliers(
      cards(500, rating: 4, days: 200) + cards(25, rating: 4, days: 10))
    #expect(kept.count == 500)
  }
}
