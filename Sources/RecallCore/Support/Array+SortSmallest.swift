extension Array {
  /// Puts the `count` smallest elements of `self[start...]` at `start..<start + count`, in
  /// order, and the others after them in no particular order: what a full sort would put
  /// there, at a fraction of its cost when `count` is small (quickselect, then a sort of the
  /// few). `areInIncreasingOrder` must be a strict total order.
  mutating func sortSmallest(
    _ count: Int, from start: Int, by areInIncreasingOrder: (Element, Element) -> Bool
  ) {
    let end = Swift.min(self.count, start + Swift.max(0, count))
    guard start < end else { return }
    // Quickselect: afterwards nothing before `end` comes after anything from `end` on.
    var low = start
    var high = self.count - 1
    while end <= high, low < high {
      let middle = low + (high - low) / 2
      if areInIncreasingOrder(self[middle], self[low]) { swapAt(middle, low) }
      if areInIncreasingOrder(self[high], self[low]) { swapAt(high, low) }
      if areInIncreasingOrder(self[high], self[middle]) { swapAt(high, middle) }
      let pivot = self[middle]
      var i = low
      var j = high
      while i <= j {
        while areInIncreasingOrder(self[i], pivot) { i += 1 }
        while areInIncreasingOrder(pivot, self[j]) { j -= 1 }
        if i <= j {
          swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      // self[low...j] ≤ pivot ≤ self[i...high]; anything between equals the pivot.
      if end <= j {
        high = j
      } else if end >= i {
        low = i
      } else {
        break
      }
    }
    self[start..<end].sort(by: areInIncreasingOrder)
  }
}
