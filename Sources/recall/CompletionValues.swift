import ArgumentParser
import Foundation
import RecallCore

/// What an argument's value can be completed with. Argument definitions name these, so the
/// shell's Tab (`ShellCompletion`) and the scripts of `--generate-completion-script` offer the
/// same values.
enum CompletionValues {
  /// The deck names in the home of the words typed.
  static var decks: CompletionKind {
    .custom { words, _, _ in DeckStore(home: home(words)).names() }
  }

  /// The tags of every deck in the home of the words typed.
  static var tags: CompletionKind {
    .custom { words, _, _ in
      let store = DeckStore(home: home(words))
      return Array(Set(store.names().flatMap { (try? store.load($0).allTags) ?? [] })).sorted()
    }
  }

  /// The learners in the home of the words typed.
  static var learners: CompletionKind {
    .custom { words, _, _ in ProgressStore.learners(root: ProgressStore.root(home: home(words))) }
  }

  /// What `recall card` does to a card.
  static var cardActions: CompletionKind {
    .list(CardChange.Kind.allCases.filter { $0 != .undo }.map(\.rawValue))
  }

  /// The home the words name with `--home`, else `RECALL_HOME`, else the current folder.
  static func home(_ words: [String]) -> URL {
    let index = words.lastIndex(of: "--home").map { $0 + 1 }
    return GlobalOptions.homeURL(index.flatMap { $0 < words.count ? words[$0] : nil })
  }
}
