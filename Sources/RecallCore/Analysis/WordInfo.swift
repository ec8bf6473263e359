/// The hashed facts about one word that the tagger's features are made of, computed in one
/// pass over its UTF-8 bytes without building any string.
///
/// Every hash is stable across processes and machines (FNV-1a and fixed mixing), so a model
/// trained once keeps working. Lower-casing is ASCII only; other bytes are kept as they are.
struct WordInfo: Sendable {
  /// The exact spelling, for the tag dictionary.
  var exact: UInt64
  /// The lower-cased word, or a class for numbers ("!YEAR", "!DIGITS").
  var norm: UInt64
  /// The last one, two and three lower-cased bytes.
  var suffix1: UInt64
  var suffix2: UInt64
  var suffix3: UInt64
  /// The first one and three lower-cased bytes.
  var prefix1: UInt64
  var prefix3: UInt64
  /// The word's shape: "Xxxx" for "Hello", "dd.d" for "12.5", runs cut at three.
  var shape: UInt64
  /// Bits: initial capital, all capitals, has a digit, has a hyphen, has a non-ASCII byte,
  /// has a period, has a lower-case letter.
  var flags: UInt8

  /// Padding before a sentence's first word and after its last.
  static let start2 = WordInfo(padding: 0x5354_4152_5432)
  static let start1 = WordInfo(padding: 0x5354_4152_5431)
  static let end1 = WordInfo(padding: 0x454E_4431)
  static let end2 = WordInfo(padding: 0x454E_4432)

  private init(padding: UInt64) {
    let value = FeatureKey.mix(padding, 0x7061_6464)
    exact = value
    norm = value
    suffix1 = value
    suffix2 = value
    suffix3 = value
    prefix1 = value
    prefix3 = value
    shape = value
    flags = 0x80
  }

  /// The facts about `word`.
  init(_ word: Substring) {
    if let info = word.utf8.withContiguousStorageIfAvailable({ WordInfo(bytes: $0) }) {
      self = info
    } else {
      self.init(bytes: word.utf8)
    }
  }

  /// The facts about the word whose UTF-8 bytes are `bytes`.
  init<Bytes: Sequence<UInt8>>(bytes: Bytes) {
    var exact = FNV1a()
    var lower = FNV1a()
    var shape = FNV1a()
    var count = 0
    var allDigits = true
    var firstIsDigit = false
    var lastShape: UInt8 = 0
    var run = 0
    var hasUpper = false
    var hasLower = false
    var flags: UInt8 = 0
    // The first three and the last three lower-cased bytes.
    var head: (UInt8, UInt8, UInt8) = (0, 0, 0)
    var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)
    for byte in bytes {
      exact.combine(byte)
      var low = byte
      var kind: UInt8
      switch byte {
      case 0x41...0x5A:
        low = byte | 0x20
        kind = 0x58  // X
        hasUpper = true
        if count == 0 { flags |= 1 }
      case 0x61...0x7A:
        kind = 0x78  // x
        hasLower = true
      case 0x30...0x39:
        kind = 0x64  // d
        flags |= 4
        if count == 0 { firstIsDigit = true }
      case 0x80...0xBF:
        kind = 0  // a continuation byte adds nothing to the shape
        flags |= 16
      case 0xC0...0xFF:
        kind = 0x75  // u: some non-ASCII character
        flags |= 16
      default:
        kind = byte
        if byte == 0x2D { flags |= 8 }
        if byte == 0x2E { flags |= 32 }
      }
      if kind != 0x64 { allDigits = false }
      lower.combine(low)
      if kind != 0 {
        if kind == lastShape {
          run += 1
        } else {
          lastShape = kind
          run = 1
        }
        if run <= 3 { shape.combine(kind) }
      }
      switch count {
      case 0: head.0 = low
      case 1: head.1 = low
      case 2: head.2 = low
      default: break
      }
      tail = (tail.1, tail.2, low)
      count += 1
    }
    if hasUpper && !hasLower { flags |= 2 }
    if hasLower { flags |= 64 }
    self.exact = FeatureKey.mix(exact.value, 0x6578_6163_74)
    if firstIsDigit {
      norm = allDigits && count == 4 ? 0x2159_4541_52 : 0x2144_4947_4954_53
    } else {
      norm = lower.value
    }
    suffix1 = Self.hash(tail.2)
    suffix2 = Self.hash(tail.1, tail.2)
    suffix3 = Self.hash(tail.0, tail.1, tail.2)
    prefix1 = Self.hash(head.0)
    prefix3 = Self.hash(head.0, head.1, head.2)
    self.shape = shape.value
    self.flags = flags
  }
}

extension WordInfo {
  /// The FNV-1a hash of up to three bytes (zeros stand for the bytes a short word lacks).
  @inline(__always)
  fileprivate static func hash(_ first: UInt8, _ second: UInt8 = 0, _ third: UInt8 = 0) -> UInt64 {
    var hasher = FNV1a()
    hasher.combine(first)
    hasher.combine(second)
    hasher.combine(third)
    return hasher.value
  }
}

/// Turns a feature template and its parts into the 64-bit key the model stores weights under.
enum FeatureKey {
  /// Mixes `value` into `seed` (a SplitMix64 finaliser); never returns 0, which marks an empty
  /// slot in the model's tables.
  @inline(__always)
  static func mix(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    var z = (seed &* 0x0000_0100_0000_01B3) ^ value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return z == 0 ? 1 : z
  }
}
