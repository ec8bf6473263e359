import Foundation

extension FSRSFitter {
  /// Training items longer than this many reviews (the item's review and all before it) are
  /// left out of training, as fsrs-rs leaves them out.
  static let maximumItemLength = 256

  /// The training items of one card in a mini-batch: the indices of its reviews that are items
  /// of the batch, ascending, each with its recency weight.
  struct CardItems: Hashable, Sendable {
    var card: Int
    var indices: [Int]
    var weights: [Double]
  }

  /// A mini-batch of training items, grouped by card so that each card is run once, up to its
  /// last item in the batch.
  struct Batch: Hashable, Sendable {
    var cards: [CardItems]
    /// Training items in the batch.
    var items: Int
  }

  /// The training items of `histories` (card and review index) in the order of their reviews'
  /// times; ties go by card, then by review.
  static func itemsInTimeOrder(_ histories: [FSRSCardHistory]) -> [(card: Int, index: Int)] {
    var positions: [(time: Date, card: Int, index: Int)] = []
    for (card, history) in histories.enumerated() {
      for index in history.steps.indices.dropFirst() where history.steps[index].deltaDays > 0 {
        positions.append((history.steps[index].time, card, index))
      }
    }
    positions.sort { ($0.time, $0.card, $0.index) < ($1.time, $1.card, $1.index) }
    return positions.map { ($0.card, $0.index) }
  }

  /// Each item's weight, growing with how recent its review is among all items, as fsrs-rs
  /// weights recent reviews more: 0.25 for the oldest up to 1 for the newest. Items longer than
  /// `maximumItemLength` are weighted first, then get 0: they are not trained on.
  static func recencyWeights(_ histories: [FSRSCardHistory]) -> [[Double]] {
    let positions = itemsInTimeOrder(histories)
    var weights = histories.map { [Double](repeating: 0, count: $0.steps.count) }
    let last = Double(max(1, positions.count - 1))
    for (rank, position) in positions.enumerated() where position.index < maximumItemLength {
      let x = Double(rank) / last
      weights[position.card][position.index] = 0.25 + 0.75 * x * x * x
    }
    return weights
  }

  /// fsrs-rs's mini-batches: the items (in time order) sorted by length, equal lengths keeping
  /// their order, and cut into runs of `batchSize`, so that a batch holds items with about as
  /// many reviews before them; the fit shuffles the order of the batches, not their items.
  /// Items with weight 0 (too long) are left out.
  static func lengthSortedBatches(
    _ histories: [FSRSCardHistory], weights: [[Double]], batchSize: Int
  ) -> [Batch] {
    let items = itemsInTimeOrder(histories).enumerated()
      .filter { weights[$0.element.card][$0.element.index] > 0 }
      // An item's length is its review's index + 1; the rank keeps the sort stable.
      .sorted { ($0.element.index, $0.offset) < ($1.element.index, $1.offset) }
      .map(\.element)
    let size = max(1, batchSize)
    return stride(from: 0, to: items.count, by: size).map { start in
      let chunk = items[start..<min(start + size, items.count)]
        .sorted { ($0.card, $0.index) < ($1.card, $1.index) }
      var cards: [CardItems] = []
      for item in chunk {
        let weight = weights[item.card][item.index]
        if cards.last?.card == item.card {
          cards[cards.count - 1].indices.append(item.index)
          cards[cards.count - 1].weights.append(weight)
        } else {
          cards.append(CardItems(card: item.card, indices: [item.index], weights: [weight]))
        }
      }
      return Batch(cards: cards, items: chunk.count)
    }
  }
}
