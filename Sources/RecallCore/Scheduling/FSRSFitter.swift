import Foundation

/// The outcome of fitting FSRS-6 to a review history.
public struct FSRSFit: Hashable, Sendable {
  /// The 21 fitted parameters, within `SchedulerSettings`' bounds.
  public var parameters: [Double]
  /// Reviews in the histories fitted.
  public var reviews: Int
  /// Training items (reviews on a later study day than the card's previous review).
  public var items: Int
}

/// Fits FSRS-6's 21 parameters to review histories the way fsrs-rs does: initial stabilities
/// from each card's first rating and how the next review went, then Adam over the whole model
/// with gradients through each card's review sequence, parameters clamped to their bounds
/// after every step. Deterministic: the same histories and settings give the same parameters.
public struct FSRSFitter: Sendable {
  /// Passes over the training items.
  public var epochs: Int
  /// Training items per Adam step (whole cards are kept together).
  public var batchSize: Int
  /// Adam's starting learning rate, annealed to 0 on a cosine.
  public var learningRate: Double
  /// Seed of the shuffle of cards between batches.
  public var seed: UInt64

  /// A fitter with fsrs-rs's training settings.
  public init(
    epochs: Int = 5, batchSize: Int = 512, learningRate: Double = 4e-2, seed: UInt64 = 2023
  ) {
    self.epochs = epochs
    self.batchSize = batchSize
    self.learningRate = learningRate
    self.seed = seed
  }

  /// Fits parameters to `histories`, starting from FSRS-6's defaults.
  public func fit(_ histories: [FSRSCardHistory]) -> FSRSFit {
    let reviews = histories.reduce(0) { $0 + $1.steps.count }
    let trainable = histories.filter { $0.itemCount > 0 }
    let items = trainable.reduce(0) { $0 + $1.itemCount }
    var w = SchedulerSettings.defaultParameters
    let initial = Self.initialStabilities(histories)
    for rating in 0..<4 { w[rating] = initial[rating] }
    guard items > 0 else { return FSRSFit(parameters: w, reviews: reviews, items: 0) }
    w = Self.clamped(w)
    let weights = Self.recencyWeights(trainable)
    w = adam(from: w, histories: trainable, weights: weights, items: items)
    return FSRSFit(parameters: w, reviews: reviews, items: items)
  }

  /// Adam over mini-batches of whole cards, shuffled each epoch with the seed.
  private func adam(
    from start: [Double], histories: [FSRSCardHistory], weights: [[Double]], items: Int
  ) -> [Double] {
    var w = start
    var generator = SeededGenerator(seed: seed)
    let stepsPerEpoch = max(1, (items + batchSize - 1) / batchSize)
    let totalSteps = max(1, epochs * stepsPerEpoch)
    var m = SIMD32<Double>.zero
    var v = SIMD32<Double>.zero
    let (beta1, beta2, epsilon) = (0.9, 0.999, 1e-8)
    var t = 0
    var order = Array(histories.indices)
    for _ in 0..<epochs {
      order.shuffle(using: &generator)
      var cursor = 0
      while cursor < order.count {
        var batch: [Int] = []
        var batchItems = 0
        while cursor < order.count, batchItems < batchSize {
          batch.append(order[cursor])
          batchItems += histories[order[cursor]].itemCount
          cursor += 1
        }
        let gradient = Self.lossGradient(w, histories: histories, weights: weights, batch: batch)
        t += 1
        let rate =
          learningRate * 0.5
          * (1 + cos(Double.pi * Double(min(t - 1, totalSteps)) / Double(totalSteps)))
        m = beta1 * m + (1 - beta1) * gradient
        v = beta2 * v + (1 - beta2) * gradient * gradient
        let mHat = m / (1 - Foundation.pow(beta1, Double(t)))
        let vHat = v / (1 - Foundation.pow(beta2, Double(t)))
        let update = rate * mHat / (vHat.squareRoot() + epsilon)
        for index in 0..<21 { w[index] -= update[index] }
        w = Self.clamped(w)
      }
    }
    return w
  }

  /// Gradient of the recency-weighted mean log loss over the cards in `batch`.
  static func lossGradient(
    _ w: [Double], histories: [FSRSCardHistory], weights: [[Double]], batch: [Int]
  ) -> SIMD32<Double> {
    let model = FSRSModel(differentiating: w)
    var total = SIMD32<Double>.zero
    var weightSum = 0.0
    for card in batch {
      let history = histories[card]
      let cardWeights = weights[card]
      model.run(history) { index, p in
        let y = history.steps[index].rating > 1
        let q = p.clamped(1e-7, 1 - 1e-7)
        let loss = y ? (T0 - q.log()) : (T0 - (1.0 - q).log())
        let weight = cardWeights[index]
        total += weight * loss.gradient
        weightSum += weight
      }
    }
    return weightSum > 0 ? total / weightSum : total
  }

  private static let T0 = FSRSDual(constant: 0)

  /// Each item's weight, growing with how recent its review is among all items, as fsrs-rs
  /// weights recent reviews more: 0.25 for the oldest up to 1 for the newest.
  static func recencyWeights(_ histories: [FSRSCardHistory]) -> [[Double]] {
    var positions: [(time: Date, card: Int, index: Int)] = []
    for (card, history) in histories.enumerated() {
      for index in history.steps.indices.dropFirst() where history.steps[index].deltaDays > 0 {
        positions.append((history.steps[index].time, card, index))
      }
    }
    positions.sort { ($0.time, $0.card, $0.index) < ($1.time, $1.card, $1.index) }
    var weights = histories.map { [Double](repeating: 0, count: $0.steps.count) }
    let last = Double(max(1, positions.count - 1))
    for (rank, position) in positions.enumerated() {
      let x = Double(rank) / last
      weights[position.card][position.index] = 0.25 + 0.75 * x * x * x
    }
    return weights
  }

  /// `w` clamped to `SchedulerSettings`' bounds.
  static func clamped(_ w: [Double]) -> [Double] {
    w.indices.map {
      min(max(w[$0], SchedulerSettings.lowerBounds[$0]), SchedulerSettings.upperBounds[$0])
    }
  }
}
