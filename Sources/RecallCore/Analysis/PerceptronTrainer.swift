import Foundation

/// Trains the averaged-perceptron part-of-speech tagger from tagged sentences and writes its
/// model file contents; deterministic: the same sentences and options give the same bytes.
public struct PerceptronTrainer: Sendable {
  /// How to train.
  public struct Options: Sendable {
    /// The most passes over the training sentences.
    public var iterations = 8
    /// Seeds the shuffle of the sentences before each pass.
    public var seed: UInt64 = 0x5EED_0F_7A66
    /// A word goes in the tag dictionary if seen at least this often…
    public var dictionaryMinimumCount = 20
    /// …with this share of its occurrences having one tag.
    public var dictionaryMinimumShare = 0.97
    /// Quantised weights smaller than this in magnitude are dropped (of 32767 for the largest).
    public var minimumWeight = 1

    /// The default options: 8 passes, words seen 20 times with 97 % one tag in the dictionary.
    public init() {}
  }

  /// What training produced.
  public struct Outcome: Sendable {
    /// The model file contents; load them with `PartOfSpeechTagger(model:)`.
    public var model: Data
    /// The pass whose averaged weights were kept (the best on the development sentences).
    public var iterations: Int
    /// The accuracy on the development sentences after each pass (empty without them).
    public var developmentAccuracies: [Double]
    /// How many words the tag dictionary holds.
    public var dictionaryWords: Int
  }

  /// The options training uses.
  public var options: Options

  /// A trainer with `options`.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Trains on `sentences`, keeping the pass that does best on `development` (the last pass
  /// if it is empty); `progress` hears each pass's number, training accuracy and development
  /// accuracy.
  public func train(
    _ sentences: [TaggedSentence], development: [TaggedSentence] = [],
    progress: (Int, Double, Double?) -> Void = { _, _, _ in }
  ) throws(TaggerError) -> Outcome {
    let dictionary = tagDictionary(sentences)
    let padded = sentences.map { sentence in
      [WordInfo.start2, .start1] + sentence.words.map { WordInfo(bytes: $0.utf8) } + [.end1, .end2]
    }
    var weights = TrainingWeights()
    var order = Array(sentences.indices)
    var random = SplitMix64(seed: options.seed)
    var best: (model: [UInt8], iteration: Int, accuracy: Double)?
    var accuracies: [Double] = []
    let words = dictionary.map { (key: $0.key, tag: $0.value) }
    for iteration in 1...max(1, options.iterations) {
      random.shuffle(&order)
      var right = 0
      var total = 0
      for index in order {
        let gold = sentences[index].tags
        padded[index].withUnsafeBufferPointer { infos in
          guard let base = infos.baseAddress else { return }
          var previous = TaggerFeatures.startTag1
          var beforePrevious = TaggerFeatures.startTag2
          withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.capacity) {
            features in
            guard let features = features.baseAddress else { return }
            for position in gold.indices {
              let word = base + position + 2
              var guess: Int
              if let known = dictionary[word.pointee.exact] {
                guess = Int(known)
              } else {
                let count = TaggerFeatures.extract(
                  word, isFirst: position == 0, previous: previous, beforePrevious: beforePrevious,
                  into: features)
                let keys = UnsafeBufferPointer(start: features, count: count)
                guess = weights.predict(keys)
                weights.update(keys, gold: Int(gold[position].rawValue), guess: guess)
              }
              if guess == Int(gold[position].rawValue) { right += 1 }
              total += 1
              beforePrevious = previous
              previous = UInt64(guess)
            }
          }
        }
      }
      let model = weights.averagedModel(words: words, minimumWeight: options.minimumWeight)
      var developmentAccuracy: Double?
      if !development.isEmpty {
        let accuracy = try PartOfSpeechTagger(model: Data(model)).accuracy(on: development)
        developmentAccuracy = accuracy
        accuracies.append(accuracy)
        if best == nil || accuracy > best?.accuracy ?? 0 {
          best = (model, iteration, accuracy)
        }
      } else {
        best = (model, iteration, 0)
      }
      progress(iteration, total == 0 ? 0 : Double(right) / Double(total), developmentAccuracy)
    }
    return Outcome(
      model: Data(best?.model ?? []), iterations: best?.iteration ?? 0,
      developmentAccuracies: accuracies, dictionaryWords: dictionary.count)
  }

  /// The words seen often enough with almost always the same tag, by exact-spelling key.
  private func tagDictionary(_ sentences: [TaggedSentence]) -> [UInt64: UInt8] {
    var counts: [String: [Int]] = [:]
    for sentence in sentences {
      for (word, tag) in zip(sentence.words, sentence.tags) {
        counts[word, default: [Int](repeating: 0, count: UPOS.count)][Int(tag.rawValue)] += 1
      }
    }
    var dictionary: [UInt64: UInt8] = [:]
    for (word, tags) in counts {
      let total = tags.reduce(0, +)
      guard total >= options.dictionaryMinimumCount, let most = tags.max(),
        let tag = tags.firstIndex(of: most),
        Double(most) / Double(total) >= options.dictionaryMinimumShare
      else { continue }
      dictionary[WordInfo(bytes: word.utf8).exact] = UInt8(tag)
    }
    return dictionary
  }
}

/// A small, fast, seeded random number generator (SplitMix64) whose sequence never changes,
/// unlike the system's.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Shuffles `array` in place (Fisher–Yates with this generator's own draws, so the result
  /// does not depend on the standard library's shuffle).
  mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for index in stride(from: array.count - 1, to: 0, by: -1) {
      let other = Int(next() % UInt64(index + 1))
      array.swapAt(index, other)
    }
  }
}
