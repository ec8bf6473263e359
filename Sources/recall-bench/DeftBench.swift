import Foundation
import RecallCore

/// Prints how well the generator finds the terms DEFT's annotators labelled in textbook
/// windows it was never tuned on, by subject and split: found % (labelled terms the generator
/// names in the same window) and labelled % (generated terms that are labelled there).
/// `recall-bench deft [--subject NAME] [--split dev|train]`; the corpus is read from
/// `../shared/data/deft/` beside the repository or `RECALL_DEFT_DIR`, and never copied in.
func benchmarkDeft() {
  let folder = BenchData.folder(variable: "RECALL_DEFT_DIR", relative: "../shared/data/deft")
  guard BenchData.isFolder(folder) else {
    print("deft: no DEFT corpus at \(folder.path) (set RECALL_DEFT_DIR); skipped")
    return
  }
  let subject = BenchData.option("--subject")
  let splits = ["dev", "train"].filter { BenchData.option("--split") ?? $0 == $0 }
  let started = Date()
  var run = DeftRun()
  for split in splits {
    let splitFolder = folder.appendingPathComponent(split, isDirectory: true)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: splitFolder.path)) ?? []
    for name in names.filter({ $0.hasSuffix(".txt") }).sorted() {
      let base = String(name.dropLast(4))
      if let subject, !base.contains(subject) { continue }
      guard let file = DeftFile(folder: splitFolder, name: base, split: split) else {
        print("deft: cannot read \(split)/\(base).txt and .deft")
        continue
      }
      run.score(file)
    }
  }
  run.printTable(splits: splits)
  print(
    String(
      format: "deft: %.1f s in all, %.1f s generating (%@)", Date().timeIntervalSince(started),
      run.generationSeconds, folder.path))
  run.printExamples()
  // RECALL_DEFT_DUMP=FILE writes every generated term, a line each, to compare two runs.
  if let dump = ProcessInfo.processInfo.environment["RECALL_DEFT_DUMP"] {
    try? run.dump.joined(separator: "\n").write(toFile: dump, atomically: true, encoding: .utf8)
  }
}

/// Counts for a group of windows: a subject in a split, or a total.
struct DeftScore {
  var windows = 0
  var labelled = 0
  var found = 0
  var generated = 0
  var matching = 0

  mutating func add(_ other: DeftScore) {
    windows += other.windows
    labelled += other.labelled
    found += other.found
    generated += other.generated
    matching += other.matching
  }
}

/// A missed labelled term or an unlabelled generated term, shown so engineers see what fails.
struct DeftExample {
  var id: String
  var term: String
  var sentence: String
}

/// The scores gathered so far, and examples from biology dev.
struct DeftRun {
  /// Where examples are collected from, and how many are shown: `RECALL_DEFT_EXAMPLES_FROM`
  /// ("t4_psychology/train") and `RECALL_DEFT_EXAMPLES` (a count) change them.
  static let exampleSubject = exampleSource.first ?? "t1_biology"
  static let exampleSplit = exampleSource.dropFirst().first ?? "dev"
  static let exampleCount =
    ProcessInfo.processInfo.environment["RECALL_DEFT_EXAMPLES"].flatMap { Int($0) } ?? 15
  private static let exampleSource =
    (ProcessInfo.processInfo.environment["RECALL_DEFT_EXAMPLES_FROM"] ?? "t1_biology/dev")
    .split(separator: "/").map(String.init)

  var scores: [String: [String: DeftScore]] = [:]
  var generationSeconds = 0.0
  var missed: [DeftExample] = []
  var unlabelled: [DeftExample] = []
  /// True when `RECALL_DEFT_DUMP` asks for every generated term.
  static let dumps = ProcessInfo.processInfo.environment["RECALL_DEFT_DUMP"] != nil
  /// "window id, labelled or not, rule, term => meaning" for every generated term.
  var dump: [String] = []

  /// Generates from `file` (each window a paragraph) and scores it window by window.
  mutating func score(_ file: DeftFile) {
    let text = file.windows.map(\.text).joined(separator: "\n\n")
    let started = Date()
    let definitions: [Definition]
    do {
      definitions = try Generator().generate(text: text).definitions
    } catch {
      if case .noDefinitions = error {} else { print("deft: \(file.name): \(error)") }
      definitions = []
    }
    generationSeconds += Date().timeIntervalSince(started)
    // Window k is the paragraph on line 2k + 1.
    let byWindow = Dictionary(grouping: definitions) { ($0.line - 1) / 2 }
    let examples = file.subject == DeftRun.exampleSubject && file.split == DeftRun.exampleSplit
    var score = DeftScore()
    for (index, window) in file.windows.enumerated() {
      score.add(
        scoreWindow(
          window, id: "\(file.name)#\(window.number)", definitions: byWindow[index] ?? [],
          examples: examples))
    }
    let placed = byWindow.filter { $0.key >= 0 && $0.key < file.windows.count }
    score.generated += definitions.count - placed.values.map(\.count).reduce(0, +)
    scores[file.split, default: [:]][file.subject, default: DeftScore()].add(score)
  }

  private mutating func scoreWindow(
    _ window: DeftWindow, id: String, definitions: [Definition], examples: Bool
  ) -> DeftScore {
    var labels: [String: DeftTerm] = [:]
    for term in window.terms {
      let form = TermMatching.normalised(term.text)
      if !form.isEmpty, labels[form] == nil { labels[form] = term }
    }
    let names = definitions.map(TermMatching.names(of:))
    let generatedNames = names.reduce(into: Set<String>()) { $0.formUnion($1) }
    var score = DeftScore(windows: 1, labelled: labels.count, generated: definitions.count)
    for (form, term) in labels.sorted(by: { $0.key < $1.key }) {
      if generatedNames.contains(form) {
        score.found += 1
      } else if examples {
        missed.append(DeftExample(id: id, term: term.text, sentence: term.sentence))
      }
    }
    for (definition, forms) in zip(definitions, names) {
      let labelled = !forms.isDisjoint(with: labels.keys)
      if DeftRun.dumps {
        dump.append(
          "\(id)\t\(labelled ? "+" : "-")\t\(definition.rule.rawValue)\t\(definition.term) => "
            + definition.text.prefix(100))
      }
      if labelled {
        score.matching += 1
      } else if examples {
        let term = definition.term.lowercased()
        let sentence = window.sentences.first { $0.lowercased().contains(term) } ?? window.text
        let shown = definition.names.joined(separator: " / ")
        unlabelled.append(DeftExample(id: id, term: shown, sentence: sentence))
      }
    }
    return score
  }
}
