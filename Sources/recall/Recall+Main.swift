import ArgumentParser
import Foundation

extension Recall {
  /// Parses the command line and runs the command. Input the parser refuses (an unknown
  /// option, a learner name that could not name a folder…) leaves, like all bad input, with
  /// the parser's message and exit code 2.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(2)
    }
  }
}
