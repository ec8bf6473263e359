/// The ranges a number read from one of recall's files must fall in: anything outside is
/// corruption (named with its file, line and field), never a crash later on.
public enum FileLimits {
  /// The largest count (answers, reps, lapses, journal lines or bytes) a file may hold:
  /// far beyond any real use, and far enough below `Int.max` that counting on cannot overflow.
  public static let maximumCount = 1_000_000_000_000_000
  /// How deeply arrays and objects may nest in any JSON file recall reads (its own files nest
  /// five levels at most); deeper input is refused before any reader recurses into it.
  public static let maximumNesting = 100
  /// The highest learning or relearning step index a memory state may hold.
  public static let maximumStep = 10_000
  /// FSRS difficulty bounds.
  public static let difficulty: ClosedRange<Double> = 1...10
  /// The largest stability, in days, a memory state may hold (FSRS's maximum interval is
  /// 36,500 days; stability can run above it, but not to a hundred million years).
  public static let maximumStability = 1e10

  /// Why `value` cannot be a count, nil when it can.
  public static func countProblem(_ value: Int) -> String? {
    (0...maximumCount).contains(value)
      ? nil : "\(value) is not a count (use 0 to \(maximumCount))"
  }
}
