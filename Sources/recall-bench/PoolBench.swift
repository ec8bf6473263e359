import Foundation
import RecallCore

/// Prints how well the generator finds the terms of blind-labelled OpenStax articles: the
/// labels are `Tests/Fixtures/pool-labels/NAME.labels.json`, the articles are read at run time
/// from `../shared/articles/pool/` beside the repository or `RECALL_POOL_DIR` (never copied in).
func benchmarkPool() {
  let labelsFolder = BenchData.root.appendingPathComponent("Tests/Fixtures/pool-labels")
  let articles = BenchData.folder(variable: "RECALL_POOL_DIR", relative: "../shared/articles/pool")
  guard BenchData.isFolder(articles) else {
    print("pool: no articles at \(articles.path) (set RECALL_POOL_DIR); skipped")
    return
  }
  let names = (try? FileManager.default.contentsOfDirectory(atPath: labelsFolder.path)) ?? []
  // Articles 15 onwards come from outside the pool and are kept in the fixtures.
  let kept = BenchData.root.appendingPathComponent("Tests/Fixtures/blind-articles")
  var total = PoolScore()
  for name in names.filter({ $0.hasSuffix(".labels.json") }).sorted() {
    let url = labelsFolder.appendingPathComponent(name)
    guard let data = try? Data(contentsOf: url),
      let labels = try? JSONDecoder().decode(PoolLabels.self, from: data)
    else {
      print("pool: cannot read \(name)")
      continue
    }
    let article = articles.appendingPathComponent(labels.article)
    guard
      let text = (try? String(contentsOf: article, encoding: .utf8))
        ?? (try? String(contentsOf: kept.appendingPathComponent(labels.article), encoding: .utf8))
    else {
      print("pool: \(labels.article) is not in \(articles.path); skipped")
      continue
    }
    total.add(scorePool(labels, text: text))
  }
  if total.articles == 0 {
    print("pool: no labelled article found (labels in \(labelsFolder.path))")
    return
  }
  print(
    "pool total, \(total.articles) articles: labelled \(total.labelled), found "
      + "\(TermMatching.share(total.found, of: total.labelled)), generated \(total.generated), "
      + "matching a label \(TermMatching.share(total.matching, of: total.generated)), "
      + "junk \(total.junk)")
}

/// A blind labeller's terms for one article.
struct PoolLabels: Decodable {
  /// One term the article defines.
  struct Label: Decodable {
    var term: String
    var aliases: [String]?
    var abbreviation: String?
    var keyPhrase: String?
    var line: Int?

    var names: [String] { [term] + (aliases ?? []) + (abbreviation.map { [$0] } ?? []) }
  }

  var article: String
  var definitions: [Label]
  /// Words the labeller judged not to be defined terms; generating them is junk.
  var notTerms: [String]?
}

/// Counts for one article or for all of them.
struct PoolScore {
  var articles = 0
  var labelled = 0
  var found = 0
  var generated = 0
  var matching = 0
  var junk = 0

  mutating func add(_ other: PoolScore) {
    articles += other.articles
    labelled += other.labelled
    found += other.found
    generated += other.generated
    matching += other.matching
    junk += other.junk
  }
}

/// Generates from `text`, scores it against `labels` and prints the article's figures, missed
/// labels and unlabelled generated terms.
private func scorePool(_ labels: PoolLabels, text: String) -> PoolScore {
  let definitions: [Definition]
  do {
    definitions = try Generator().generate(text: text).definitions
  } catch {
    if case .noDefinitions = error {} else { print("pool: \(labels.article): \(error)") }
    definitions = []
  }
  let labelForms = labels.definitions.map { Set($0.names.map(TermMatching.normalised)) }
  let allLabelForms = labelForms.reduce(into: Set<String>()) { $0.formUnion($1) }
  let junkForms = Set((labels.notTerms ?? []).map(TermMatching.normalised))
  let generatedForms = definitions.map(TermMatching.names(of:))
  let allGenerated = generatedForms.reduce(into: Set<String>()) { $0.formUnion($1) }
  var score = PoolScore(
    articles: 1, labelled: labels.definitions.count, generated: definitions.count)
  var missed: [String] = []
  for (label, forms) in zip(labels.definitions, labelForms) {
    if !forms.isDisjoint(with: allGenerated) {
      score.found += 1
    } else {
      missed.append(
        "line \(label.line.map(String.init) ?? "?"): \(label.names.joined(separator: " / "))")
    }
  }
  var unlabelled: [String] = []
  for (definition, forms) in zip(definitions, generatedForms) {
    let isJunk = !forms.isDisjoint(with: junkForms)
    if isJunk { score.junk += 1 }
    if !forms.isDisjoint(with: allLabelForms) {
      score.matching += 1
    } else {
      let names = definition.names.joined(separator: " / ")
      unlabelled.append("line \(definition.line): \(names)\(isJunk ? "  [junk]" : "")")
    }
  }
  print(
    "\(labels.article): labelled \(score.labelled), found "
      + "\(TermMatching.share(score.found, of: score.labelled)), generated \(score.generated), "
      + "matching a label \(TermMatching.share(score.matching, of: score.generated)), "
      + "junk \(score.junk)")
  for line in missed { print("  missed     \(line)") }
  for line in unlabelled { print("  unlabelled \(line)") }
  return score
}
