import Foundation
import Rainbow

/// Where the program's text goes, with colour only on a terminal and wrapping to its width.
final class Screen {
  /// True when text may be coloured.
  let color: Bool
  /// Columns to wrap to.
  let width: Int
  private let sink: (String) -> Void

  /// A screen writing through `sink`.
  init(color: Bool, width: Int, sink: @escaping (String) -> Void) {
    self.color = color
    self.width = max(20, width)
    self.sink = sink
  }

  /// The screen of standard output: colour when it is a terminal and neither `NO_COLOR`
  /// nor `--no-color` says otherwise, and not under `TERM=dumb`.
  static func standard(noColor: Bool) -> Screen {
    let environment = ProcessInfo.processInfo.environment
    let terminal = isatty(STDOUT_FILENO) == 1
    let dumb = environment["TERM"] == "dumb"
    let color = terminal && !noColor && environment["NO_COLOR"].map(\.isEmpty) ?? true && !dumb
    return Screen(color: color, width: terminalWidth()) { text in
      FileHandle.standardOutput.write(Data(terminalSafe(text, keepingColour: color).utf8))
    }
  }

  /// Writes `text` as is.
  func write(_ text: String) { sink(text) }

  /// Writes `text` and a newline.
  func line(_ text: String = "") { sink(text + "\n") }

  /// Writes `text` wrapped to the width, each line after the first indented by `indent` spaces.
  func paragraph(_ text: String, indent: Int = 0) {
    line(wrap(text, indent: indent))
  }

  /// `text` wrapped at word boundaries to the screen width.
  func wrap(_ text: String, indent: Int = 0) -> String {
    var lines: [String] = []
    for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var current = ""
      for word in source.split(separator: " ") {
        let limit = width - (lines.isEmpty && current.isEmpty ? 0 : indent)
        if !current.isEmpty && visibleCount(current) + 1 + visibleCount(String(word)) > limit {
          lines.append(current)
          current = String(word)
        } else {
          current += current.isEmpty ? String(word) : " " + word
        }
      }
      lines.append(current)
    }
    let pad = String(repeating: " ", count: indent)
    return lines.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }
      .joined(separator: "\n")
  }

  private func visibleCount(_ text: String) -> Int {
    text.count  // colour codes are added after wrapping
  }

  /// Paints `text` with `style` when colour is on.
  func paint(_ text: String, _ style: (String) -> String) -> String {
    color ? style(text) : text
  }

  /// The width of the terminal on standard output, or `COLUMNS`, or 80.
  static func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      return columns
    }
    return 80
  }
}

/// Writes a one-line error to standard error as `recall: message`.
func printError(_ message: String) {
  FileHandle.standardError.write(Data("recall: \(terminalSafe(message))\n".utf8))
}

/// Prints `text` and a newline on standard output, control characters shown (`terminalSafe`).
func printSafe(_ text: String) {
  FileHandle.standardOutput.write(Data((terminalSafe(text) + "\n").utf8))
}

/// `text` with every control character shown instead of obeyed: `ESC` as `^[`, `CR` as `^M`,
/// DEL as `^?`, C1 controls as `<U+009B>`. Card text, titles, file names and errors can then
/// never clear the screen, move the cursor, retitle the terminal or hide a link. Newlines,
/// tabs and the `CR` of a `CR LF` (CSV's line end) stay; with `keepingColour`, so do colour codes (`ESC[` digits and `;` then `m`), the
/// only sequences recall writes itself.
func terminalSafe(_ text: String, keepingColour: Bool = false) -> String {
  let scalars = Array(text.unicodeScalars)
  guard scalars.contains(where: isShownEscaped) else { return text }
  var out = String.UnicodeScalarView()
  var index = 0
  while index < scalars.count {
    let scalar = scalars[index]
    if keepingColour, scalar == "\u{1B}", let end = colourCodeEnd(scalars, from: index) {
      out.append(contentsOf: scalars[index...end])
      index = end + 1
      continue
    }
    let lineEnd = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
    if isShownEscaped(scalar) && !lineEnd {
      switch scalar.value {
      case 0x00...0x1F:
        out.append(
          contentsOf: "^\(Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value + 0x40)))"
            .unicodeScalars)
      case 0x7F: out.append(contentsOf: "^?".unicodeScalars)
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out.append(
          contentsOf: "<U+\(String(repeating: "0", count: 4 - hex.count) + hex)>".unicodeScalars)
      }
    } else {
      out.append(scalar)
    }
    index += 1
  }
  return String(out)
}

/// True for a control character a terminal would obey: all but newline and tab.
private func isShownEscaped(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x0A, 0x09: false
  case 0x00...0x1F, 0x7F...0x9F: true
  default: false
  }
}

/// The index of the `m` ending a colour code (`ESC[` digits and `;`) starting at `start`.
private func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
  guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
  var index = start + 2
  while index < scalars.count, index - start < 32 {
    let scalar = scalars[index]
    if scalar == "m" { return index }
    guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
    index += 1
  }
  return nil
}
