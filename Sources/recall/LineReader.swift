import CReadline
import Foundation

/// Where the shell and study sessions get a learner's lines from.
protocol LineReader: AnyObject {
  /// Shows `prompt` and returns the line typed, without its newline; nil at end of input (Ctrl-D).
  func readLine(prompt: String) -> String?
  /// Remembers `line` so Up recalls it (readers without history ignore it).
  func addHistory(_ line: String)
  /// Loads and from now on saves history in `file`.
  func useHistory(file: String)
}

extension LineReader {
  func addHistory(_ line: String) {}
  func useHistory(file: String) {}
}

/// Reads lines from a pipe or file without echoing prompts or input: for scripts and tests.
final class PlainLineReader: LineReader {
  private let output: Screen?

  /// A reader of standard input; prompts go to `output` when given (a pipe has nobody to see them).
  init(output: Screen? = nil) {
    self.output = output
  }

  func readLine(prompt: String) -> String? {
    if let output, !prompt.isEmpty { output.write(prompt) }
    guard let line = Swift.readLine(strippingNewline: true) else { return nil }
    if let output { output.write("\n") }
    return line
  }
}

/// Line editing, history and tab completion through GNU readline, for a terminal.
final class ReadlineLineReader: LineReader {
  private var historyFile: String?
  private let historyLimit: Int32

  /// A reader that loads and saves history in `historyFile` (capped at `historyLimit` lines)
  /// and completes words with `completer`.
  init(historyFile: String?, historyLimit: Int32 = 1000, completer: Completer?) {
    self.historyFile = historyFile
    self.historyLimit = historyLimit
    recall_rl_set_name("recall")
    Completion.install(completer)
    using_history()
    stifle_history(historyLimit)
    if let historyFile { _ = read_history(historyFile) }
  }

  func readLine(prompt: String) -> String? {
    guard let raw = readline(prompt) else { return nil }
    defer { free(raw) }
    return String(cString: raw)
  }

  func useHistory(file: String) {
    historyFile = file
    clear_history()
    _ = read_history(file)
  }

  func addHistory(_ line: String) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return }
    add_history(trimmed)
    if let historyFile {
      _ = write_history(historyFile)
      _ = history_truncate_file(historyFile, historyLimit)
    }
  }
}

/// Chooses the reader for standard input: readline on a terminal, plain lines otherwise.
func makeLineReader(screen: Screen, historyFile: String?, completer: Completer?) -> any LineReader {
  if isatty(STDIN_FILENO) == 1 {
    return ReadlineLineReader(historyFile: historyFile, completer: completer)
  }
  return PlainLineReader(output: nil)
}
