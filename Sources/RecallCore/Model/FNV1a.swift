/// 64-bit FNV-1a: a hash that is the same in every process and on every machine (unlike
/// Swift's `Hasher`), for fuzz seeds, deterministic shuffles and file checks.
public struct FNV1a: Sendable {
  /// The hash of what has been combined so far.
  public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  /// A hash of nothing yet.
  public init() {}

  /// Mixes in one byte.
  @inline(__always)
  public mutating func combine(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  /// Mixes in `bytes`, in order.
  @inline(__always)
  public mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    for byte in bytes { combine(byte) }
  }

  /// The hash of `bytes`.
  @inline(__always)
  public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    var hasher = FNV1a()
    hasher.combine(bytes)
    return hasher.value
  }
}
