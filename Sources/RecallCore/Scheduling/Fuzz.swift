import Foundation

extension Scheduler {
  /// A stable fuzz seed for the `reviewCount`-th review (0-based) of the card `cardID`:
  /// 64-bit FNV-1a over the UTF-8 bytes of `cardID`, one 0xFF byte, then `reviewCount` as
  /// 8 little-endian bytes (two's complement). Independent of process and platform.
  public static func fuzzSeed(cardID: String, reviewCount: Int) -> UInt64 {
    var hash = FNV1a()
    hash.combine(cardID.utf8)
    hash.combine(0xFF)
    var count = UInt64(bitPattern: Int64(reviewCount))
    for _ in 0..<8 {
      hash.combine(UInt8(truncatingIfNeeded: count))
      count >>= 8
    }
    return hash.value
  }

  /// The interval range py-fsrs's fuzz draws from for an interval of `days` (before its final
  /// rounding, which can reach `upper + 1` while staying within the maximum interval).
  /// Nil below 2.5 days, where no fuzz applies.
  public func fuzzRange(days: Int) -> ClosedRange<Int>? {
    guard Double(days) >= 2.5 else { return nil }
    let d = Double(days)
    var delta = 1.0
    delta += 0.15 * max(min(d, 7.0) - 2.5, 0.0)
    delta += 0.1 * max(min(d, 20.0) - 7.0, 0.0)
    delta += 0.05 * max(d - 20.0, 0.0)
    var lower = Int((d - delta).rounded(.toNearestOrEven))
    var upper = Int((d + delta).rounded(.toNearestOrEven))
    lower = max(2, lower)
    upper = min(upper, k.maximumInterval)
    lower = min(lower, upper)
    return lower...upper
  }

  /// `days` spread as py-fsrs does it, with the uniform draw taken from `seed`.
  func fuzzedInterval(_ days: Int, seed: UInt64) -> Int {
    guard let range = fuzzRange(days: days) else { return days }
    var generator = SeededGenerator(seed: seed)
    let width = Double(range.upperBound - range.lowerBound + 1)
    let drawn = (generator.nextUnit() * width + Double(range.lowerBound)).rounded(.toNearestOrEven)
    return min(Int(drawn), k.maximumInterval)
  }
}
