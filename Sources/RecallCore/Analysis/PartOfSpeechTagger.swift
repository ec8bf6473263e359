import Foundation

/// Tags words with their universal part of speech (UPOS) using an averaged perceptron trained on
/// the Universal Dependencies English Web Treebank (about 95 % of words right on its test set).
///
/// Greedy left to right: each word's features (its spelling, affixes, shape, neighbours and the
/// two tags before it) are hashed to 64-bit keys and their weights summed; frequent unambiguous
/// words take their tag from a dictionary. A value type with immutable tables: share it freely.
public struct PartOfSpeechTagger: Sendable {
  let model: TaggerModel

  /// A tagger using the model file contents `model` (as written by `PerceptronTrainer`).
  /// Throws `.unreadableModel` (with an empty path) if the data is not such a model or is
  /// truncated or corrupt.
  public init(model: Data) throws(TaggerError) {
    let result: Result<TaggerModel, TaggerError> = model.withUnsafeBytes { bytes in
      do throws(TaggerError) {
        return .success(try TaggerModel(bytes: bytes))
      } catch {
        return .failure(error)
      }
    }
    self.model = try result.get()
  }

  /// How many features the model has weights for.
  public var featureCount: Int { model.featureCount }

  /// The tags of `words`, one for each, in order. The words are best given a sentence at a
  /// time; a longer run is split into sentences after ".", "!" and "?".
  public func tag(_ words: [Substring]) -> [UPOS] {
    var tags = [UPOS](repeating: .x, count: words.count)
    var infos: [WordInfo] = []
    infos.reserveCapacity(min(words.count, 4096) + 4)
    var start = 0
    while start < words.count {
      var end = start
      while end < words.count {
        let word = words[end]
        end += 1
        if word == "." || word == "?" || word == "!" { break }
      }
      infos.removeAll(keepingCapacity: true)
      infos.append(.start2)
      infos.append(.start1)
      for word in words[start..<end] { infos.append(WordInfo(word)) }
      infos.append(.end1)
      infos.append(.end2)
      tagSentence(infos, into: &tags, at: start)
      start = end
    }
    return tags
  }

  /// Tokenises `text` with `Tokenizer` and tags the tokens.
  public func tag(text: String) -> [Token] {
    var tokens = Tokenizer.tokenize(text)
    let tags = tag(tokens.map(\.text))
    for index in tokens.indices { tokens[index].tag = tags[index] }
    return tokens
  }

  /// The share of words in `sentences` whose predicted tag is their given tag (0 for none).
  public func accuracy(on sentences: [TaggedSentence]) -> Double {
    var right = 0
    var total = 0
    for sentence in sentences {
      let predicted = tag(sentence.words.map { Substring($0) })
      for (guess, gold) in zip(predicted, sentence.tags) where guess == gold { right += 1 }
      total += sentence.tags.count
    }
    return total == 0 ? 0 : Double(right) / Double(total)
  }

  /// Tags one sentence whose padded word facts are `infos`, writing from `tags[offset]` on.
  private func tagSentence(_ infos: [WordInfo], into tags: inout [UPOS], at offset: Int) {
    let count = infos.count - 4
    model.slots.withUnsafeBufferPointer { slots in
      model.entries.withUnsafeBufferPointer { entries in
        model.wordKeys.withUnsafeBufferPointer { wordKeys in
          model.wordTags.withUnsafeBufferPointer { wordTags in
            infos.withUnsafeBufferPointer { infos in
              guard let base = infos.baseAddress else { return }
              let slotMask = slots.count - 1
              let wordMask = model.wordKeys.count - 1
              var previous = TaggerFeatures.startTag1
              var beforePrevious = TaggerFeatures.startTag2
              withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.capacity) {
                features in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: UPOS.count) { scores in
                  withUnsafeTemporaryAllocation(
                    of: TaggerModel.Slot.self, capacity: TaggerFeatures.capacity
                  ) { places in
                    guard let features = features.baseAddress, let places = places.baseAddress
                    else { return }
                    for index in 0..<count {
                      let word = base + index + 2
                      var best = -1
                      let exact = word.pointee.exact
                      var wordSlot = Int(truncatingIfNeeded: exact) & wordMask
                      while true {
                        let found = wordKeys[wordSlot]
                        if found == exact {
                          best = Int(wordTags[wordSlot])
                          break
                        }
                        if found == 0 { break }
                        wordSlot = (wordSlot + 1) & wordMask
                      }
                      if best < 0 {
                        scores.initialize(repeating: 0)
                        let featureCount = TaggerFeatures.extract(
                          word, isFirst: index == 0, previous: previous,
                          beforePrevious: beforePrevious, into: features)
                        // Every feature's first place is read before any is looked at, so the
                        // reads (mostly cache misses) overlap instead of waiting on each other.
                        for feature in 0..<featureCount {
                          places[feature] =
                            slots[Int(truncatingIfNeeded: features[feature]) & slotMask]
                        }
                        // Then the probes are finished: each feature's weights, or none (0).
                        for feature in 0..<featureCount {
                          let key = features[feature]
                          let check = TaggerModel.Slot.check(key)
                          var slot = Int(truncatingIfNeeded: key) & slotMask
                          var found = places[feature]
                          while found.check != check, found.check != 0 {
                            slot = (slot + 1) & slotMask
                            found = slots[slot]
                          }
                          places[feature].value = found.check == 0 ? 0 : found.value
                        }
                        // And the weights added (wrapping sums, so the order does not matter).
                        for feature in 0..<featureCount {
                          let value = Int(places[feature].value)
                          let first = value >> 5
                          for entry in entries[first..<(first + (value & 31))] {
                            scores[Int(entry >> 16)] &+= Int32(Int16(truncatingIfNeeded: entry))
                          }
                        }
                        best = 0
                        for tag in 1..<UPOS.count where scores[tag] > scores[best] { best = tag }
                      }
                      tags[offset + index] = UPOS(rawValue: UInt8(best)) ?? .x
                      beforePrevious = previous
                      previous = UInt64(best)
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
