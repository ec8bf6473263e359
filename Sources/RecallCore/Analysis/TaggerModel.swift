/// The weights and tag dictionary of a trained tagger, in the tables the tagger reads, and their
/// compact binary file format.
///
/// File layout (all integers little-endian):
///
///     0  magic "RCPOSTAG"          8 bytes
///     8  format version            UInt16 (1)
///    10  tag count                 UInt8 (17)
///    11  feature set               UInt8 (1: the templates in TaggerFeatures)
///    12  weight scale              Float32 bits (a weight is its Int16 times this)
///    16  feature count F           UInt32
///    20  weight entry count E      UInt32
///    24  dictionary word count D   UInt32
///    28  reserved                  UInt32 (0)
///    32  FNV-1a of bytes 40…end    UInt64
///    40  F feature keys (UInt64, strictly ascending, non-zero), F entry counts (UInt8, 1…17),
///        E entry tags (UInt8, < 17), E weights (Int16), D word keys (UInt64, strictly ascending,
///        non-zero), D tags (UInt8, < 17); nothing after.
struct TaggerModel: Sendable {
  static let magic: [UInt8] = Array("RCPOSTAG".utf8)
  static let version: UInt16 = 1
  static let featureSet: UInt8 = 1
  static let headerSize = 40

  /// One place in the feature table: the high half of a feature key (0: empty; the low half
  /// chose the place) and where its weights are. Eight bytes, so more of the table stays cached.
  struct Slot {
    var check: UInt32 = 0
    /// The weights' first entry index shifted left 5 bits, or'd with their count.
    var value: UInt32 = 0

    /// The check stored for `key`: its high 32 bits, never 0.
    @inline(__always)
    static func check(_ key: UInt64) -> UInt32 {
      let high = UInt32(truncatingIfNeeded: key >> 32)
      return high == 0 ? 1 : high
    }
  }

  /// Open-addressing table of features, a power of two long.
  var slots: [Slot]
  /// The tag (high 16 bits) and weight (low 16 bits) of every entry.
  var entries: [UInt32]
  /// Open-addressing table of the tag dictionary's word keys (0: empty) and their tags.
  var wordKeys: [UInt64]
  var wordTags: [UInt8]
  /// What a weight of 1 is worth.
  var scale: Float
  /// How many features have weights.
  var featureCount: Int

  /// A feature's weights for some tags.
  struct Feature {
    var key: UInt64
    var weights: [(tag: UInt8, weight: Int16)]
  }

  /// The file bytes of a model with `features` and the tag dictionary `words` (word key → tag).
  static func encode(features: [Feature], words: [(key: UInt64, tag: UInt8)], scale: Float)
    -> [UInt8]
  {
    let features = features.filter { !$0.weights.isEmpty }.sorted { $0.key < $1.key }
    let words = words.sorted { $0.key < $1.key }
    var payload: [UInt8] = []
    var entryCount = 0
    for feature in features { payload.appendLittleEndian(feature.key) }
    for feature in features { payload.append(UInt8(feature.weights.count)) }
    for feature in features {
      for entry in feature.weights { payload.append(entry.tag) }
      entryCount += feature.weights.count
    }
    for feature in features {
      for entry in feature.weights { payload.appendLittleEndian(UInt16(bitPattern: entry.weight)) }
    }
    for word in words { payload.appendLittleEndian(word.key) }
    for word in words { payload.append(word.tag) }

    var bytes = magic
    bytes.appendLittleEndian(version)
    bytes.append(UInt8(UPOS.count))
    bytes.append(featureSet)
    bytes.appendLittleEndian(scale.bitPattern)
    bytes.appendLittleEndian(UInt32(features.count))
    bytes.appendLittleEndian(UInt32(entryCount))
    bytes.appendLittleEndian(UInt32(words.count))
    bytes.appendLittleEndian(UInt32(0))
    bytes.appendLittleEndian(FNV1a.hash(payload))
    return bytes + payload
  }

  /// The model in `bytes`, checked throughout: a wrong header, a count that does not fit the
  /// data, a bad tag or unsorted keys throw `.unreadableModel` (with an empty path).
  init(bytes: UnsafeRawBufferPointer) throws(TaggerError) {
    func fail(_ reason: String) -> TaggerError { .unreadableModel(path: "", reason: reason) }
    var reader = ByteReader(bytes: bytes)
    guard bytes.count >= Self.headerSize else { throw fail("only \(bytes.count) bytes") }
    guard Array(bytes[0..<8]) == Self.magic else { throw fail("not a recall tagger model") }
    reader.offset = 8
    let version = try reader.read(UInt16.self)
    guard version == Self.version else {
      throw fail("format version \(version), this recall reads \(Self.version)")
    }
    guard try reader.read(UInt8.self) == UInt8(UPOS.count) else { throw fail("wrong tag count") }
    guard try reader.read(UInt8.self) == Self.featureSet else { throw fail("other feature set") }
    scale = Float(bitPattern: try reader.read(UInt32.self))
    let featureCount = Int(try reader.read(UInt32.self))
    let entryCount = Int(try reader.read(UInt32.self))
    let wordCount = Int(try reader.read(UInt32.self))
    _ = try reader.read(UInt32.self)
    let checksum = try reader.read(UInt64.self)
    let expected = featureCount * 9 + entryCount * 3 + wordCount * 9
    guard bytes.count - Self.headerSize == expected else {
      throw fail("\(bytes.count) bytes where the header promises \(expected + Self.headerSize)")
    }
    guard entryCount < 1 << 27 else { throw fail("too many weights") }
    guard FNV1a.hash(UnsafeRawBufferPointer(rebasing: bytes[Self.headerSize...])) == checksum
    else { throw fail("checksum mismatch (corrupt file)") }

    self.featureCount = featureCount
    let keys = try reader.readKeys(featureCount)
    let capacity = Self.tableCapacity(for: featureCount + featureCount / 2)
    slots = [Slot](repeating: Slot(), count: capacity)
    var start = 0
    var counts: [Int] = []
    counts.reserveCapacity(featureCount)
    for _ in 0..<featureCount {
      let count = Int(try reader.read(UInt8.self))
      guard (1...UPOS.count).contains(count) else { throw fail("a feature with \(count) weights") }
      counts.append(count)
    }
    for (key, count) in zip(keys, counts) {
      var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
      while slots[slot].check != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Slot(check: Slot.check(key), value: UInt32(start << 5 | count))
      start += count
    }
    guard start == entryCount else { throw fail("weight counts add up to \(start)") }
    let entryTags = try reader.readTags(entryCount)
    entries = []
    entries.reserveCapacity(entryCount)
    for tag in entryTags {
      entries.append(UInt32(tag) << 16 | UInt32(try reader.read(UInt16.self)))
    }
    let words = try reader.readKeys(wordCount)
    let tags = try reader.readTags(wordCount)
    let wordCapacity = Self.tableCapacity(for: wordCount * 2)
    wordKeys = [UInt64](repeating: 0, count: wordCapacity)
    wordTags = [UInt8](repeating: 0, count: wordCapacity)
    for (key, tag) in zip(words, tags) {
      let slot = Self.emptySlot(for: key, in: wordKeys)
      wordKeys[slot] = key
      wordTags[slot] = tag
    }
  }

  /// A power of two above `count`, so that probing always meets an empty slot.
  private static func tableCapacity(for count: Int) -> Int {
    var capacity = 16
    while capacity <= count { capacity <<= 1 }
    return capacity
  }

  /// Where `key` (known not to be in `table`) goes.
  private static func emptySlot(for key: UInt64, in table: [UInt64]) -> Int {
    let mask = table.count - 1
    var slot = Int(truncatingIfNeeded: key) & mask
    while table[slot] != 0 { slot = (slot + 1) & mask }
    return slot
  }
}

/// Reads little-endian integers from a byte buffer, throwing instead of reading past its end.
private struct ByteReader {
  let bytes: UnsafeRawBufferPointer
  var offset = 0

  mutating func read<T: FixedWidthInteger>(_: T.Type) throws(TaggerError) -> T {
    let size = MemoryLayout<T>.size
    guard offset >= 0, bytes.count - offset >= size else {
      throw .unreadableModel(path: "", reason: "truncated")
    }
    var value: T = 0
    for index in 0..<size { value |= T(truncatingIfNeeded: bytes[offset + index]) << (8 * index) }
    offset += size
    return value
  }

  /// `count` keys that must be non-zero and strictly ascending.
  mutating func readKeys(_ count: Int) throws(TaggerError) -> [UInt64] {
    var keys: [UInt64] = []
    keys.reserveCapacity(count)
    var last: UInt64 = 0
    for _ in 0..<count {
      let key = try read(UInt64.self)
      guard key > last else { throw .unreadableModel(path: "", reason: "keys out of order") }
      keys.append(key)
      last = key
    }
    return keys
  }

  /// `count` tags that must all be valid.
  mutating func readTags(_ count: Int) throws(TaggerError) -> [UInt8] {
    var tags: [UInt8] = []
    tags.reserveCapacity(count)
    for _ in 0..<count {
      let tag = try read(UInt8.self)
      guard tag < UInt8(UPOS.count) else { throw .unreadableModel(path: "", reason: "bad tag") }
      tags.append(tag)
    }
    return tags
  }
}

extension [UInt8] {
  /// Appends `value`'s bytes, least significant first.
  mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
    for index in 0..<MemoryLayout<T>.size {
      append(UInt8(truncatingIfNeeded: value >> (8 * index)))
    }
  }
}
