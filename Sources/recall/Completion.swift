import CReadline
import Foundation

/// Offers completions for the word being typed, given the whole line before it.
typealias Completer = @Sendable (_ line: String, _ word: String) -> [String]

/// Bridges readline's C completion callback to a Swift `Completer`.
enum Completion {
  nonisolated(unsafe) private static var completer: Completer?
  nonisolated(unsafe) private static var matches: [String] = []

  /// Makes `completer` the one readline calls on Tab.
  static func install(_ completer: Completer?) {
    self.completer = completer
    // readline keeps the pointer: give it a copy that lives as long as the program.
    recall_rl_set_word_break_characters(strdup(" \t"))
    recall_rl_set_completion { text, start, _ in
      Completion.complete(text: text, start: start)
    }
  }

  private static func complete(
    text: UnsafePointer<CChar>?, start: Int32
  ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    recall_rl_set_attempted_completion_over(1)
    guard let completer, let text else { return nil }
    let word = String(cString: text)
    let line = recall_rl_line_buffer().map { String(cString: $0) } ?? ""
    let before = String(line.utf8.prefix(Int(start))) ?? ""
    matches = completer(before, word).filter { $0.hasPrefix(word) }.sorted()
    guard !matches.isEmpty else { return nil }
    return rl_completion_matches(text) { _, state in
      let index = Int(state)
      guard index < Completion.matches.count else { return nil }
      return strdup(Completion.matches[index])
    }
  }
}
