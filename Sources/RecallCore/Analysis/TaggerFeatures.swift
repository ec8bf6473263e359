/// The averaged perceptron's feature templates, shared by the trainer and the tagger so that
/// both compute exactly the same keys.
enum TaggerFeatures {
  /// The most features one word can have.
  static let capacity = 32

  /// The tag value standing for "before the sentence" one and two places back.
  static let startTag1: UInt64 = 17
  static let startTag2: UInt64 = 18

  /// Seeds, one for each template; any fixed distinct numbers do.
  private static func template(_ index: UInt64) -> UInt64 {
    index &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
  }

  /// Writes the keys of the features of the word at `word` (a pointer into a padded array: two
  /// entries before it and two after it are readable) to `out`, given the tags predicted for the
  /// two words before it, and returns how many it wrote.
  @inline(__always)
  static func extract(
    _ word: UnsafePointer<WordInfo>, isFirst: Bool, previous: UInt64, beforePrevious: UInt64,
    into out: UnsafeMutablePointer<UInt64>
  ) -> Int {
    let w = word.pointee
    let p1 = word[-1]
    let p2 = word[-2]
    let n1 = word[1]
    let n2 = word[2]
    out[0] = FeatureKey.mix(template(0), 0)
    out[1] = FeatureKey.mix(template(1), w.norm)
    out[2] = FeatureKey.mix(template(2), w.suffix3)
    out[3] = FeatureKey.mix(template(3), w.suffix2)
    out[4] = FeatureKey.mix(template(4), w.suffix1)
    out[5] = FeatureKey.mix(template(5), w.prefix1)
    out[6] = FeatureKey.mix(template(6), w.prefix3)
    out[7] = FeatureKey.mix(template(7), w.shape)
    out[8] = FeatureKey.mix(template(8), UInt64(w.flags) | (isFirst ? 0x100 : 0))
    out[9] = FeatureKey.mix(template(9), previous)
    out[10] = FeatureKey.mix(template(10), beforePrevious)
    out[11] = FeatureKey.mix(FeatureKey.mix(template(11), previous), beforePrevious)
    out[12] = FeatureKey.mix(FeatureKey.mix(template(12), previous), w.norm)
    out[13] = FeatureKey.mix(template(13), p1.norm)
    out[14] = FeatureKey.mix(template(14), p1.suffix3)
    out[15] = FeatureKey.mix(template(15), p2.norm)
    out[16] = FeatureKey.mix(template(16), n1.norm)
    out[17] = FeatureKey.mix(template(17), n1.suffix3)
    out[18] = FeatureKey.mix(template(18), n2.norm)
    out[19] = FeatureKey.mix(FeatureKey.mix(template(19), p1.norm), w.norm)
    out[20] = FeatureKey.mix(FeatureKey.mix(template(20), w.norm), n1.norm)
    out[21] = FeatureKey.mix(template(21), n1.shape)
    out[22] = FeatureKey.mix(FeatureKey.mix(template(22), previous), w.suffix3)
    out[23] = FeatureKey.mix(template(23), w.exact)
    out[24] = FeatureKey.mix(FeatureKey.mix(template(24), previous), n1.norm)
    return 25
  }
}
