import Foundation

/// A term the DEFT annotators marked (`Term`, `Alias-Term` or `Ordered-Term`), with the
/// sentence it stands in.
struct DeftTerm {
  var text: String
  var sentence: String
}

/// One numbered window of (usually) three sentences: its plain text from the `.txt` file and
/// its sentences and labelled terms from the `.deft` file.
struct DeftWindow {
  var number: Int
  var text: String
  var sentences: [String] = []
  var terms: [DeftTerm] = []
}

/// One DEFT file pair (`SPLIT/NAME.txt` and `SPLIT/NAME.deft`), read at run time only.
struct DeftFile {
  /// The labels counted as terms; `Referential-Term` ("this process") is left out.
  static let termLabels: Set<String> = ["Term", "Alias-Term", "Ordered-Term"]

  var name: String
  var split: String
  var windows: [DeftWindow]

  /// The subject: the name's first two parts ("t1_biology" of "t1_biology_0_202").
  var subject: String {
    let parts = name.split(separator: "_")
    return parts.count >= 2 ? "\(parts[0])_\(parts[1])" : name
  }

  /// Reads `folder/NAME.txt` and `folder/NAME.deft`; nil when either cannot be read.
  init?(folder: URL, name: String, split: String) {
    let base = folder.appendingPathComponent(name)
    guard
      let text = try? String(contentsOf: base.appendingPathExtension("txt"), encoding: .utf8),
      let deft = try? String(contentsOf: base.appendingPathExtension("deft"), encoding: .utf8)
    else { return nil }
    self.name = name
    self.split = split
    windows = DeftFile.windows(ofText: text)
    DeftFile.label(&windows, from: deft)
  }

  /// The windows of a `.txt` file: each line "N. sentences", the number taken off and
  /// whitespace runs collapsed.
  private static func windows(ofText text: String) -> [DeftWindow] {
    text.split(whereSeparator: \.isNewline).compactMap { line in
      let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
      guard let number = Int(digits), line.dropFirst(digits.count).hasPrefix(".") else {
        return nil
      }
      let rest = line.dropFirst(digits.count + 1)
      let words = rest.split(whereSeparator: \.isWhitespace)
      return DeftWindow(number: number, text: words.joined(separator: " "))
    }
  }

  /// Adds the `.deft` sentences and labelled terms to `windows`. A window starts at a
  /// sentence opening with its number and "." (the numbers are taken in the `.txt` order,
  /// so a year ending a sentence, "1951 .", is not mistaken for one).
  private static func label(_ windows: inout [DeftWindow], from deft: String) {
    var current: Int?
    for var sentence in sentences(of: deft) {
      if let next = nextWindow(after: current, in: windows, opening: sentence) {
        current = next
        sentence.removeFirst(2)
      }
      guard let index = current, !sentence.isEmpty else { continue }
      let text = joined(sentence)
      windows[index].sentences.append(text)
      windows[index].terms += spans(in: sentence).map { DeftTerm(text: joined($0), sentence: text) }
    }
  }

  /// The index of the window `sentence` opens, looking a few windows past `current` in case
  /// one is missing from the `.deft` file.
  private static func nextWindow(
    after current: Int?, in windows: [DeftWindow], opening sentence: [DeftToken]
  ) -> Int? {
    guard sentence.count >= 2, sentence[1].text == "." else { return nil }
    let start = (current ?? -1) + 1
    for index in start..<min(start + 4, windows.count)
    where String(windows[index].number) == sentence[0].text {
      return index
    }
    return nil
  }

  /// The `.deft` file's sentences: tokens, one a line, a blank line between sentences.
  private static func sentences(of deft: String) -> [[DeftToken]] {
    var result: [[DeftToken]] = []
    var sentence: [DeftToken] = []
    for line in deft.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      if let token = DeftToken(line: line) {
        sentence.append(token)
      } else if !sentence.isEmpty {
        result.append(sentence)
        sentence = []
      }
    }
    if !sentence.isEmpty { result.append(sentence) }
    return result
  }

  /// The runs of tokens tagged B-/I- with a term label; an I- tag with a different label from
  /// the run before starts a new run.
  private static func spans(in sentence: [DeftToken]) -> [[DeftToken]] {
    var result: [[DeftToken]] = []
    var label: String?
    for token in sentence {
      let tag = token.tag
      let name = String(tag.dropFirst(2))
      guard tag.hasPrefix("B-") || tag.hasPrefix("I-"), termLabels.contains(name) else {
        label = nil
        continue
      }
      if tag.hasPrefix("B-") || label != name || result.isEmpty {
        result.append([])
      }
      label = name
      result[result.count - 1].append(token)
    }
    return result
  }

  /// The tokens' text, with a space where the source had one (by their offsets).
  private static func joined(_ tokens: [DeftToken]) -> String {
    var text = ""
    var end: Int?
    for token in tokens {
      if let end, token.start > end || token.start < 0 { text += " " }
      text += token.text
      end = token.end
    }
    return text
  }
}

/// One line of a `.deft` file: `TOKEN SOURCE START END TAG TAG_ID ROOT_ID RELATION`.
struct DeftToken {
  var text: String
  var start: Int
  var end: Int
  var tag: String

  /// The token on `line`, or nil for a blank or malformed line. Works on UTF-8 bytes, as
  /// the files hold half a million lines.
  init?(line: Substring.UTF8View) {
    let fields = line.split(separator: tab, maxSplits: 5, omittingEmptySubsequences: false)
    guard fields.count >= 5 else { return nil }
    text = DeftToken.trimmed(fields[0])
    guard !text.isEmpty else { return nil }
    start = Int(DeftToken.trimmed(fields[2])) ?? -1
    end = Int(DeftToken.trimmed(fields[3])) ?? -1
    tag = DeftToken.trimmed(fields[4])
  }

  /// `field` without the spaces around it (the files pad fields with one).
  private static func trimmed(_ field: Substring.UTF8View) -> String {
    var field = field
    while field.first == space { field.removeFirst() }
    while field.last == space { field.removeLast() }
    return String(Substring(field))
  }
}

private let tab = UInt8(ascii: "\t")
private let space = UInt8(ascii: " ")
