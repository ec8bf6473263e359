import Foundation

/// A cheap fingerprint of the journal line just before a snapshot's `journal_offset`.
///
/// On load, the bytes ending at the offset must hash to the same value: a journal that was
/// replaced, rewritten or cut short under the snapshot is detected instead of silently
/// mixing two histories.
public struct JournalTail: Codable, Hashable, Sendable {
  /// Length in bytes of the last line before the offset, its newline included.
  public var length: Int
  /// FNV-1a 64-bit hash of those bytes, as 16 hexadecimal digits.
  public var fnv1a: String

  /// The fingerprint of `line` (a whole journal line with its newline).
  public init<Bytes: Collection>(line: Bytes) where Bytes.Element == UInt8 {
    length = line.count
    fnv1a = JournalTail.hex(JournalTail.hash(line))
  }

  /// A fingerprint from its parts, as read from a file.
  public init(length: Int, fnv1a: String) {
    self.length = length
    self.fnv1a = fnv1a
  }

  /// True when `bytes` are the line this fingerprint was taken of.
  public func matches<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
    bytes.count == length && JournalTail.hex(JournalTail.hash(bytes)) == fnv1a.lowercased()
  }

  /// FNV-1a, 64 bits.
  static func hash<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    FNV1a.hash(bytes)
  }

  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
