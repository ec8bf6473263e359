import ArgumentParser
import Foundation

/// Tab completion for the shell, read from the argument parser's own description of the
/// commands (the `--experimental-dump-help` tool information): commands, subcommands, options
/// and flags, and the values the definitions name (`CompletionValues`), so it cannot drift
/// from what the parser accepts.
struct ShellCompletion: Sendable {
  /// The root command as the parser describes it.
  let root: CommandInfo
  /// Words the shell knows besides the parser's commands.
  var shellWords = ["quit"]
  /// Options the shell gives every command itself.
  var shellOptions: Set<String> = ["--home", "--learner"]

  /// The completion of `Recall`'s commands; nil if the parser's description cannot be read.
  static func recall() -> ShellCompletion? {
    do {
      _ = try Recall.parseAsRoot(["--experimental-dump-help"])
    } catch {
      let text = Recall.fullMessage(for: error)
      guard let info = try? JSONDecoder().decode(ToolInfo.self, from: Data(text.utf8)) else {
        return nil
      }
      return ShellCompletion(root: info.command)
    }
    return nil
  }

  /// The words that can complete `word`, typed after `line` in the shell of `home`.
  func completions(line: String, word: String, home: URL) -> [String] {
    let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
    var command = root
    var path: [String] = []
    for name in words {
      guard let sub = command.subcommand(name) else { break }
      command = sub
      path.append(name)
    }
    if path.isEmpty {
      return words.isEmpty ? root.subcommandNames + shellWords : []
    }
    if command.commandName == "help" { return root.subcommandNames }
    let rest = Array(words.dropFirst(path.count))
    if let last = rest.last, let option = command.argument(named: last), option.kind == .option {
      return values(option, command: command, path: path, rest: rest, word: word, home: home)
    }
    if word.hasPrefix("-") {
      return command.visibleArguments.filter { $0.kind != .positional }
        .flatMap { $0.spellings }.filter { !shellOptions.contains($0) }
    }
    if let subcommands = command.subcommands, !subcommands.isEmpty {
      return command.subcommandNames
    }
    // The positional being typed: count the values given so far, skipping options' values.
    var position = 0
    var index = 0
    while index < rest.count {
      if let argument = command.argument(named: rest[index]) {
        index += argument.kind == .option ? 2 : 1
      } else {
        position += 1
        index += 1
      }
    }
    let positionals = command.positionals
    guard let last = positionals.last else { return [] }
    let argument = position < positionals.count ? positionals[position] : last
    guard position < positionals.count || last.isRepeating else { return [] }
    return values(argument, command: command, path: path, rest: rest, word: word, home: home)
  }

  /// The values `argument` names in its definition: a fixed list, or those its completion
  /// function gives, asked through the parser as the generated scripts ask it.
  private func values(
    _ argument: ArgumentInfo, command: CommandInfo, path: [String], rest: [String], word: String,
    home: URL
  ) -> [String] {
    switch argument.completionKind {
    case .list(let values): return values
    case .custom:
      let name: String
      if let spelling = argument.spellings.first {
        name = spelling
      } else if let index = command.allPositionals.firstIndex(of: argument) {
        name = "positional@\(index)"
      } else {
        return []
      }
      let typed = ["--home", home.path] + rest + [word]
      let request =
        ["---completion"] + path + ["--", name, "\(typed.count - 1)", "\(word.count)"]
        + typed
      do {
        _ = try Recall.parseAsRoot(request)
      } catch {
        return Recall.fullMessage(for: error).split(separator: "\n").map(String.init)
      }
      return []
    case .other, nil: return []
    }
  }
}

/// The parts of the parser's tool information (`ToolInfoV0`) completion reads.
struct ToolInfo: Decodable, Sendable {
  var command: CommandInfo
}

/// A command: its name, subcommands and arguments.
struct CommandInfo: Decodable, Sendable {
  var commandName: String
  var shouldDisplay: Bool?
  var subcommands: [CommandInfo]?
  var arguments: [ArgumentInfo]?

  /// The subcommand called `name`.
  func subcommand(_ name: String) -> CommandInfo? {
    subcommands?.first { $0.commandName == name }
  }

  /// The names of the subcommands shown in help.
  var subcommandNames: [String] {
    (subcommands ?? []).filter { $0.shouldDisplay ?? true }.map(\.commandName)
  }

  /// Arguments shown in help.
  var visibleArguments: [ArgumentInfo] { (arguments ?? []).filter(\.shouldDisplay) }

  /// Every positional argument, in order, as the parser numbers them.
  var allPositionals: [ArgumentInfo] { (arguments ?? []).filter { $0.kind == .positional } }

  /// Positional arguments shown in help, in order.
  var positionals: [ArgumentInfo] { allPositionals.filter(\.shouldDisplay) }

  /// The option or flag spelt `word` (`--deck`, `-o`).
  func argument(named word: String) -> ArgumentInfo? {
    guard word.hasPrefix("-") else { return nil }
    return arguments?.first { $0.kind != .positional && $0.spellings.contains(word) }
  }
}

/// An argument: positional, option (takes a value) or flag.
struct ArgumentInfo: Decodable, Equatable, Sendable {
  enum Kind: String, Decodable, Sendable { case positional, option, flag }

  /// How the argument's values complete.
  enum Completion: Decodable, Equatable, Sendable {
    case list([String])
    case custom
    case other

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: Key.self)
      if let list = try? container.nestedContainer(keyedBy: Key.self, forKey: Key("list")) {
        self = .list(try list.decode([String].self, forKey: Key("values")))
      } else if container.contains(Key("custom")) {
        self = .custom
      } else {
        self = .other
      }
    }
  }

  /// A JSON key.
  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// A name: `long` (`--deck`) or `short` (`-o`).
  struct Name: Decodable, Equatable, Sendable {
    var kind: String
    var name: String
  }

  var kind: Kind
  var shouldDisplay: Bool
  var isRepeating: Bool
  var names: [Name]?
  var valueName: String?
  var completionKind: Completion?

  /// How the argument is typed: `--deck`, `-o`.
  var spellings: [String] {
    (names ?? []).map { name in
      switch name.kind {
      case "long": "--" + name.name
      case "longWithSingleDash": "-" + name.name
      default: "-" + name.name
      }
    }
  }
}
