import Foundation

/// FSRS-6's memory model as fsrs-rs trains it: stability and difficulty after each review of a
/// history, and the predicted recall of each later review. Generic so the same formulas give
/// plain predictions (`Double`) and predictions with gradients (`FSRSDual`).
struct FSRSModel<T: FSRSNumber> {
  let w: [T]
  let decay: T
  let factor: T
  let initialDifficultyEasy: T

  static var minimumStability: Double { 0.001 }
  static var maximumStability: Double { 36_500 }

  init(_ w: [T]) {
    self.w = w
    decay = w[20]
    // 0.9^(-1/decay) - 1
    factor = T(constant: 0.9).pow((T(constant: 1) / w[20]).negated) - 1.0
    initialDifficultyEasy = w[4] - (w[5] * 3.0).exp() + 1.0
  }

  /// Probability of recall `days` after a review that left stability `s`.
  func retrievability(days: Double, stability s: T) -> T {
    (factor * days / s + 1.0).pow(decay.negated)
  }

  func initialDifficulty(_ rating: Int) -> T {
    w[4] - (w[5] * Double(rating - 1)).exp() + 1.0
  }

  /// The state after a review rated `rating` `days` after the previous one (which left `s`, `d`).
  func step(s: T, d: T, rating: Int, days: Int) -> (s: T, d: T) {
    let newS: T
    if days == 0 {
      var growth = (w[17] * (w[18] + Double(rating - 3))).exp() * s.pow(w[19].negated)
      // Hard, Good and Easy never lower stability on the same day (as fsrs-rs and the scheduler).
      if rating >= 2 { growth = growth.maximum(T(constant: 1)) }
      newS = s * growth
    } else {
      let r = retrievability(days: Double(days), stability: s)
      if rating == 1 {
        let forget =
          w[11] * d.pow(w[12].negated) * ((s + 1.0).pow(w[13]) - 1.0)
          * (w[14] * (1.0 - r)).exp()
        newS = forget.minimum(s / (w[17] * w[18]).exp())
      } else {
        let hard = rating == 2 ? w[15] : T(constant: 1)
        let easy = rating == 4 ? w[16] : T(constant: 1)
        let increase =
          w[8].exp() * (11.0 - d) * s.pow(w[9].negated)
          * ((w[10] * (1.0 - r)).exp() - 1.0) * hard * easy
        newS = s * (increase + 1.0)
      }
    }
    let delta = w[6] * Double(3 - rating)
    let damped = d + (delta * (10.0 - d)).scaled(by: 1.0 / 9)
    let reverted = w[7] * initialDifficultyEasy + (1.0 - w[7]) * damped
    return (
      newS.clamped(Self.minimumStability, Self.maximumStability), reverted.clamped(1, 10)
    )
  }

  /// Runs `history` through the model and calls `predict` with the index of each review that
  /// is a training item (a later study day than the review before) and its predicted recall,
  /// stopping after review `last`.
  func run(_ history: FSRSCardHistory, through last: Int = .max, predict: (Int, T) -> Void) {
    guard let first = history.steps.first, (1...4).contains(first.rating) else { return }
    var s = w[first.rating - 1].clamped(Self.minimumStability, Self.maximumStability)
    var d = initialDifficulty(first.rating).clamped(1, 10)
    for index in history.steps.indices.dropFirst() {
      let review = history.steps[index]
      guard (1...4).contains(review.rating) else { continue }
      if review.deltaDays > 0 {
        predict(index, retrievability(days: Double(review.deltaDays), stability: s))
      }
      if index >= last { return }
      (s, d) = step(s: s, d: d, rating: review.rating, days: review.deltaDays)
    }
  }
}

extension FSRSModel where T == Double {
  /// Plain predictions from 21 parameters.
  init(parameters: [Double]) { self.init(parameters) }
}

extension FSRSModel where T == FSRSDual {
  /// Predictions with gradients with respect to the 21 parameters.
  init(differentiating parameters: [Double]) {
    self.init(parameters.enumerated().map { FSRSDual(parameter: $1, index: $0) })
  }
}
