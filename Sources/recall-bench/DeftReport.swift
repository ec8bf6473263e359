import Foundation

/// The printed parts of a DEFT run: the table of scores and the biology dev examples.
extension DeftRun {
  /// One row per subject and split, a total per split and, with both splits, a grand total.
  func printTable(splits: [String]) {
    let header = ["subject", "split", "windows", "labelled", "found", "generated", "labelled"]
    print("deft: found = labelled terms the generator names in the same window;")
    print("      labelled = generated terms that are labelled terms of their window")
    printRow(header)
    var all = DeftScore()
    for split in splits {
      let subjects = scores[split] ?? [:]
      var total = DeftScore()
      for (subject, score) in subjects.sorted(by: { $0.key < $1.key }) {
        printRow(subject, split, score)
        total.add(score)
      }
      printRow("total", split, total)
      all.add(total)
    }
    if splits.count > 1 { printRow("total", "all", all) }
  }

  /// The first missed labelled terms and unlabelled generated terms of biology dev.
  func printExamples() {
    let width = 220
    let sections = [
      ("missed labelled terms", missed), ("generated terms with no label", unlabelled),
    ]
    for (title, examples) in sections where !examples.isEmpty {
      print(
        "\nfirst \(DeftRun.exampleCount) \(title), \(DeftRun.exampleSubject) \(DeftRun.exampleSplit):"
      )
      for example in examples.prefix(DeftRun.exampleCount) {
        let sentence =
          example.sentence.count > width
          ? String(example.sentence.prefix(width - 1)) + "…" : example.sentence
        print("  \(example.id)  \"\(example.term)\"\n      \(sentence)")
      }
    }
  }

  private func printRow(_ subject: String, _ split: String, _ score: DeftScore) {
    printRow([
      subject, split, "\(score.windows)", "\(score.labelled)",
      TermMatching.share(score.found, of: score.labelled), "\(score.generated)",
      TermMatching.share(score.matching, of: score.generated),
    ])
  }

  private func printRow(_ cells: [String]) {
    let widths = [14, 6, 8, 9, 15, 10, 15]
    let padded = zip(cells, widths).enumerated().map { index, pair in
      let (cell, width) = pair
      let space = String(repeating: " ", count: max(0, width - cell.count))
      return index < 2 ? cell + space : space + cell
    }
    print(padded.joined(separator: " "))
  }
}
