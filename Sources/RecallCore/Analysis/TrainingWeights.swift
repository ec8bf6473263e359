/// The perceptron's weights while training: current weights, and running totals for averaging
/// that are brought up to date lazily when a weight changes.
struct TrainingWeights {
  /// Each feature's row: weights for tag t are at row * tag count + t.
  private var rows: [UInt64: Int] = [:]
  private var keys: [UInt64] = []
  private var current: [Int32] = []
  private var totals: [Int64] = []
  private var stamps: [Int64] = []
  /// How many updates have been made (the averaging clock).
  private var clock: Int64 = 0

  /// The best-scoring tag for the features `keys` under the current weights (lowest on ties).
  func predict(_ keys: UnsafeBufferPointer<UInt64>) -> Int {
    var scores = [Int32](repeating: 0, count: UPOS.count)
    for key in keys {
      guard let row = rows[key] else { continue }
      let base = row * UPOS.count
      for tag in 0..<UPOS.count { scores[tag] &+= current[base + tag] }
    }
    var best = 0
    for tag in 1..<UPOS.count where scores[tag] > scores[best] { best = tag }
    return best
  }

  /// One training step: moves the features' weights towards `gold` and away from `guess`.
  mutating func update(_ features: UnsafeBufferPointer<UInt64>, gold: Int, guess: Int) {
    clock += 1
    guard gold != guess else { return }
    for key in features {
      let row: Int
      if let existing = rows[key] {
        row = existing
      } else {
        row = keys.count
        rows[key] = row
        keys.append(key)
        current.append(contentsOf: repeatElement(0, count: UPOS.count))
        totals.append(contentsOf: repeatElement(0, count: UPOS.count))
        stamps.append(contentsOf: repeatElement(0, count: UPOS.count))
      }
      adjust(row * UPOS.count + gold, by: 1)
      adjust(row * UPOS.count + guess, by: -1)
    }
  }

  private mutating func adjust(_ index: Int, by delta: Int32) {
    totals[index] += (clock - stamps[index]) * Int64(current[index])
    stamps[index] = clock
    current[index] += delta
  }

  /// The model file bytes of the averaged weights, quantised to Int16 (the largest magnitude
  /// becomes 32767) with weights below `minimumWeight` dropped, and the tag dictionary `words`.
  func averagedModel(words: [(key: UInt64, tag: UInt8)], minimumWeight: Int) -> [UInt8] {
    var averaged = [Int64](repeating: 0, count: totals.count)
    var largest: Int64 = 1
    for index in totals.indices {
      let total = totals[index] + (clock - stamps[index]) * Int64(current[index])
      averaged[index] = total
      largest = max(largest, total.magnitude > Int64.max ? Int64.max : Int64(total.magnitude))
    }
    var features: [TaggerModel.Feature] = []
    features.reserveCapacity(keys.count)
    for (row, key) in keys.enumerated() {
      var weights: [(tag: UInt8, weight: Int16)] = []
      for tag in 0..<UPOS.count {
        let total = averaged[row * UPOS.count + tag]
        let scaled = (total * 32767 + (total >= 0 ? largest / 2 : -largest / 2)) / largest
        if scaled.magnitude >= minimumWeight {
          weights.append((UInt8(tag), Int16(clamping: scaled)))
        }
      }
      if !weights.isEmpty { features.append(TaggerModel.Feature(key: key, weights: weights)) }
    }
    let scale = Float(Double(largest) / Double(max(clock, 1)) / 32767)
    return TaggerModel.encode(features: features, words: words, scale: scale)
  }
}
