import Foundation

/// Results filled in by concurrent workers (`DispatchQueue.concurrentPerform`), one slot each,
/// read once they are all done.
final class ResultSlots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]

  /// `count` empty slots.
  init(count: Int) { slots = Array(repeating: nil, count: count) }

  /// Fills slot `index`.
  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// Every slot, nil where no worker filled it.
  var values: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
