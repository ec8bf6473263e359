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
      FileHandle.standardOutput.write(Data(text.utf8))
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
  FileHandle.standardError.write(Data("recall: \(message)\n".utf8))
}
