import CReadline
import Foundation

/// What came back from a prompt.
enum LineInput: Equatable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C: the learner cancelled the line (or the card).
  case interrupted
  /// End of input: Ctrl-D, or the end of a pipe.
  case end
}

/// Where the shell and study sessions get a learner's lines from.
protocol LineReader: AnyObject {
  /// Shows `prompt` and waits for a line, Ctrl-C or the end of input.
  func read(prompt: String) -> LineInput
  /// Remembers `line` so Up recalls it (readers without history ignore it).
  func addHistory(_ line: String)
  /// Loads and from now on saves history in `file`.
  func useHistory(file: String)
}

extension LineReader {
  /// The line typed at `prompt`; nil at end of input or after Ctrl-C.
  func readLine(prompt: String) -> String? {
    if case .line(let text) = read(prompt: prompt) { return text }
    return nil
  }

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

  func read(prompt: String) -> LineInput {
    if let output, !prompt.isEmpty { output.write(prompt) }
    guard let line = Swift.readLine(strippingNewline: true) else { return .end }
    if let output { output.write("\n") }
    return .line(line)
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
    recall_install_sigint_handler()
    Completion.install(completer)
    using_history()
    stifle_history(historyLimit)
    if let historyFile { _ = read_history(historyFile) }
  }

  func read(prompt: String) -> LineInput {
    var interrupted: Int32 = 0
    guard let raw = recall_readline(prompt, &interrupted) else {
      return interrupted != 0 ? .interrupted : .end
    }
    defer { free(raw) }
    return .line(String(cString: raw))
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
