// Trains recall's part-of-speech tagger on the Universal Dependencies English Web Treebank and
// writes the model file: recall-train-tagger [treebank folder] [model path] [iterations].
import Foundation
import RecallCore

let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("-h") || arguments.contains("--help") {
  print(
    """
    usage: recall-train-tagger [TREEBANK] [MODEL] [ITERATIONS]
      TREEBANK    folder with en_ewt-ud-{train,dev,test}.conllu (default ../shared/data/ud-english-ewt)
      MODEL       where to write the model (default Sources/RecallCore/Resources/pos-tagger.model)
      ITERATIONS  most training passes (default 8; the best on dev is kept)
    """)
  exit(0)
}
let folder = arguments.first ?? "../shared/data/ud-english-ewt"
let output = arguments.dropFirst().first ?? "Sources/RecallCore/Resources/pos-tagger.model"
var options = PerceptronTrainer.Options()
if let text = arguments.dropFirst(2).first {
  guard let iterations = Int(text), iterations > 0 else {
    FileHandle.standardError.write(Data("recall-train-tagger: bad iteration count \(text)\n".utf8))
    exit(2)
  }
  options.iterations = iterations
}

func load(_ split: String) -> [TaggedSentence] {
  let path = (folder as NSString).appendingPathComponent("en_ewt-ud-\(split).conllu")
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("recall-train-tagger: cannot read \(path)\n".utf8))
    exit(1)
  }
  return TaggedSentence.sentences(conllu: text)
}

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let train = load("train")
let dev = load("dev")
let test = load("test")
func tokens(_ sentences: [TaggedSentence]) -> Int { sentences.reduce(0) { $0 + $1.words.count } }
print("train \(train.count) sentences, \(tokens(train)) tokens")
print("dev \(dev.count) sentences, \(tokens(dev)) tokens; test \(test.count), \(tokens(test))")

let clock = ContinuousClock()
let started = clock.now
do {
  let outcome = try PerceptronTrainer(options: options).train(train, development: dev) {
    iteration, trainAccuracy, devAccuracy in
    let dev = devAccuracy.map { String(format: "%.2f %%", $0 * 100) } ?? "-"
    print(
      "pass \(iteration): train \(String(format: "%.2f %%", trainAccuracy * 100)), dev \(dev)"
        + String(format: " (%.1f s)", seconds(clock.now - started)))
  }
  let trainingTime = seconds(clock.now - started)
  let tagger = try PartOfSpeechTagger(model: outcome.model)
  try outcome.model.write(to: URL(fileURLWithPath: output))
  // The content words of everyday English, for telling a technical term from a plain word.
  let wordsPath = ((output as NSString).deletingLastPathComponent as NSString)
    .appendingPathComponent(CommonWords.fileName)
  let common = CommonWords.derive(from: train + dev + test)
  try Data(common.utf8).write(to: URL(fileURLWithPath: wordsPath))
  let lists = CommonWords(text: common)
  print("common words \(wordsPath): \(lists.words.count), \(lists.verbs.count) seen as verbs")
  let devAccuracy = tagger.accuracy(on: dev)
  let testAccuracy = tagger.accuracy(on: test)

  // Speed: tag the test sentences (gold tokens) repeatedly.
  let words = test.map { $0.words.map { Substring($0) } }
  var tagged = 0
  var checksum = 0
  let speedStart = clock.now
  while clock.now - speedStart < .seconds(2) {
    for sentence in words {
      checksum &+= Int(tagger.tag(sentence).last?.rawValue ?? 0)
      tagged += sentence.count
    }
  }
  let speed = Double(tagged) / seconds(clock.now - speedStart)

  // Tokenising and tagging running text: the test sentences joined, about 130 kB.
  let text = test.map { $0.words.joined(separator: " ") }.joined(separator: "\n")
  let textStart = clock.now
  var textTokens = 0
  var rounds = 0
  while clock.now - textStart < .seconds(1) {
    textTokens += tagger.tag(text: text).count
    rounds += 1
  }
  let textSeconds = seconds(clock.now - textStart) / Double(rounds)
  print("kept pass \(outcome.iterations) of \(options.iterations)")
  print(String(format: "dev UPOS accuracy %.2f %%", devAccuracy * 100))
  print(String(format: "test UPOS accuracy %.2f %%", testAccuracy * 100))
  print(
    "model \(output): \(outcome.model.count) bytes (\(String(format: "%.2f", Double(outcome.model.count) / 1_048_576)) MiB),"
      + " \(tagger.featureCount) features, \(outcome.dictionaryWords) dictionary words")
  print(String(format: "training %.1f s; tagging %.0f tokens/s", trainingTime, speed))
  print(
    String(
      format: "tag(text:) on %d bytes (%d tokens): %.1f ms", text.utf8.count, textTokens / rounds,
      textSeconds * 1000))
  if checksum == -1 { print("") }
} catch {
  FileHandle.standardError.write(Data("recall-train-tagger: \(error)\n".utf8))
  exit(1)
}
