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
/// on mini-batches of training items of about the same length, with gradients through each
/// item's review sequence, parameters clamped to their bounds after every step. Deterministic:
/// the same histories and settings give the same parameters.
public struct FSRSFitter: Sendable {
  /// Passes over the training items.
  public var epochs: Int
  /// Training items per Adam step (items of about the same length go together).
  public var batchSize: Int
  /// Adam's starting learning rate, annealed to 0 on a cosine.
  public var learningRate: Double
  /// Seed of the shuffle of the order of the batches.
  public var seed: UInt64
  /// The learner's relearning steps: more than one caps w17 and w18 (see `clamped`).
  public var relearningSteps: Int

  /// Below this many training items the fit keeps FSRS-6's defaults (as fsrs-rs does).
  public static let minimumItems = 8
  /// Below this many items only the initial stabilities are fitted (as fsrs-rs does).
  public static let minimumItemsForTraining = 64

  /// A fitter with fsrs-rs's training settings.
  public init(
    epochs: Int = 5, batchSize: Int = 512, learningRate: Double = 4e-2, seed: UInt64 = 2023,
    relearningSteps: Int = 1
  ) {
    self.epochs = epochs
    self.batchSize = batchSize
    self.learningRate = learningRate
    self.seed = seed
    self.relearningSteps = relearningSteps
  }

  /// Fits parameters to `histories`, starting from FSRS-6's defaults.
  public func fit(_ histories: [FSRSCardHistory]) -> FSRSFit {
    let reviews = histories.reduce(0) { $0 + $1.steps.count }
    let trainable = histories.filter { $0.itemCount > 0 }
    let items = trainable.reduce(0) { $0 + $1.itemCount }
    var w = SchedulerSettings.defaultParameters
    guard items >= Self.minimumItems else {
      return FSRSFit(parameters: w, reviews: reviews, items: items)
    }
    // Cards with an unusual start are left out, unless that leaves too little to train on.
    let filtered = Self.withoutOutliers(trainable)
    let filteredItems = filtered.reduce(0) { $0 + $1.itemCount }
    let kept = filteredItems >= Self.minimumItemsForTraining ? filtered : trainable
    let keptItems = kept.reduce(0) { $0 + $1.itemCount }
    let initial = Self.initialStabilities(kept)
    for rating in 0..<4 { w[rating] = initial.stabilities[rating] }
    w = clamped(w)
    // Only each card's first later-day review, or too few items: fsrs-rs stops here too.
    guard items >= Self.minimumItemsForTraining, keptItems > kept.count else {
      return FSRSFit(parameters: w, reviews: reviews, items: items)
    }
    w = adam(from: w, histories: kept)
    // As fsrs-rs ends: the trained initial stabilities of the first ratings seen are made to
    // rise with the rating, and those of ratings never seen first are filled in from them.
    let trained = (0..<4).map { initial.counts[$0] > 0 ? w[$0] : nil }
    let smoothed = Self.smoothedAndFilled(trained, counts: initial.counts)
    for rating in 0..<4 { w[rating] = smoothed[rating] }
    return FSRSFit(parameters: w, reviews: reviews, items: items)
  }

  /// Adam over fsrs-rs's mini-batches of items of about the same length, the order of the
  /// batches shuffled each epoch with the seed; the parameters of the best epoch are kept.
  private func adam(from start: [Double], histories: [FSRSCardHistory]) -> [Double] {
    let weights = Self.recencyWeights(histories)
    let batches = Self.lengthSortedBatches(histories, weights: weights, batchSize: batchSize)
    let items = batches.reduce(0) { $0 + $1.items }
    guard items > 0 else { return start }
    var w = start
    var generator = SeededGenerator(seed: seed)
    let stepsPerEpoch = items / batchSize + 1
    let totalSteps = max(1, epochs * stepsPerEpoch)
    var m = [Double](repeating: 0, count: 21)
    var v = [Double](repeating: 0, count: 21)
    let (beta1, beta2, epsilon) = (0.9, 0.999, 1e-8)
    var t = 0
    var best = w
    var bestLoss = Double.infinity
    for _ in 0..<epochs {
      var order = Array(batches.indices)
      order.shuffle(using: &generator)
      for batch in order.map({ batches[$0] }) {
        var gradient = Self.lossGradient(w, histories: histories, batch: batch)
        // fsrs-rs's L2 pull towards the starting parameters, scaled by each parameter's spread
        // across learners and by the batch's share of the items.
        let share = Double(batch.items) / Double(items)
        for index in 0..<21 {
          let spread = Self.parameterSpread[index]
          gradient[index] += 2 * (w[index] - start[index]) / (spread * spread) * share
        }
        t += 1
        let rate =
          learningRate * 0.5
          * (1 + cos(Double.pi * Double(min(t - 1, totalSteps)) / Double(totalSteps)))
        let mScale = 1 - Foundation.pow(beta1, Double(t))
        let vScale = 1 - Foundation.pow(beta2, Double(t))
        for index in 0..<21 {
          let g = gradient[index]
          m[index] = beta1 * m[index] + (1 - beta1) * g
          v[index] = beta2 * v[index] + (1 - beta2) * g * g
          let mHat = m[index] / mScale
          let vHat = v[index] / vScale
          w[index] -= rate * mHat / (vHat.squareRoot() + epsilon)
        }
        w = clamped(w)
      }
      let loss = Self.epochLoss(
        w, start: start, histories: histories, weights: weights, items: items)
      if loss < bestLoss {
        bestLoss = loss
        best = w
      }
    }
    return best
  }

  /// Gradient of the recency-weighted log loss summed over the items of `batch` (summed, not
  /// averaged, as fsrs-rs does, which sets the weight of the pull to the start). Each card runs
  /// once, up to its last item in the batch.
  static func lossGradient(
    _ w: [Double], histories: [FSRSCardHistory], batch: Batch
  ) -> FSRSGradient {
    let model = FSRSModel(differentiating: w)
    var total = FSRSGradient.zero
    for items in batch.cards {
      guard let last = items.indices.last else { continue }
      let history = histories[items.card]
      var next = 0
      model.run(history, through: last) { index, p in
        guard next < items.indices.count, items.indices[next] == index else { return }
        let y = history.steps[index].rating > 1
        let q = p.clamped(1e-7, 1 - 1e-7)
        let loss = y ? (T0 - q.log()) : (T0 - (1.0 - q).log())
        total += items.weights[next] * loss.gradient
        next += 1
      }
    }
    return total
  }

  /// The recency-weighted log loss summed over all items plus the pull towards `start`, per
  /// item: what fsrs-rs compares after each epoch to keep the best parameters.
  static func epochLoss(
    _ w: [Double], start: [Double], histories: [FSRSCardHistory], weights: [[Double]], items: Int
  ) -> Double {
    let model = FSRSModel(parameters: w)
    var total = 0.0
    for (card, history) in histories.enumerated() {
      model.run(history) { index, p in
        let q = min(max(p, 1e-7), 1 - 1e-7)
        let y = history.steps[index].rating > 1
        total -= weights[card][index] * (y ? log(q) : log(1 - q))
      }
    }
    var penalty = 0.0
    for index in 0..<21 {
      let spread = parameterSpread[index]
      penalty += (w[index] - start[index]) * (w[index] - start[index]) / (spread * spread)
    }
    return (total + penalty) / Double(items)
  }

  private static let T0 = FSRSDual(constant: 0)

  /// How much each parameter varies between learners (fsrs-rs's standard deviations), the
  /// scale of the pull towards the starting parameters.
  static let parameterSpread: [Double] = [
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
    1.03, 0.31, 0.32, 0.14, 0.27,
  ]

  /// `w` clamped to the bounds fsrs-rs trains within: `SchedulerSettings`' bounds, except that
  /// w19 stays at least 0.01 and, with more than one relearning step, w17 and w18 at most
  /// √(−ln(S′) / steps), S′ being the stability a lapse leaves a card of stability 1 (difficulty
  /// 1, recall 0.7): then that lapse followed by the relearning steps, each multiplying the
  /// stability by e^(w17·w18), leaves the card no more stable than before it lapsed.
  func clamped(_ w: [Double]) -> [Double] {
    var lower = SchedulerSettings.lowerBounds
    let upper = SchedulerSettings.upperBounds
    lower[19] = 0.01
    var w = w.indices.map { min(max(w[$0], lower[$0]), upper[$0]) }
    if relearningSteps > 1 {
      let lapse = log(w[11]) + log(pow(2, w[13]) - 1) + 0.3 * w[14]
      let ceiling = min(max(0.01, -lapse / Double(relearningSteps)).squareRoot(), upper[17])
      w[17] = min(w[17], ceiling)
      w[18] = min(w[18], ceiling)
    }
    return w
  }
}
