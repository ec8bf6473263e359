import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A `recall` process started with `posix_spawn`, its standard input and output on pipes,
/// so a test can feed it, read what it acknowledged, and kill it at any moment.
///
/// Every pipe is made close-on-exec: only the child's own ends (dup2'd to 0, 1 and 2)
/// survive the exec, so no other process started meanwhile inherits them.
final class ChildProcess {
  let pid: pid_t
  private var stdinFD: Int32
  private let stdoutFD: Int32
  private let stderrFD: Int32
  /// Everything read from standard output so far.
  private(set) var output = Data()
  private(set) var errors = Data()
  private var reaped = false

  /// Starts `recall arguments` with `environment` added to the test's own.
  init(_ arguments: [String], environment: [String: String] = [:]) throws {
    var input: [Int32] = [0, 0]
    var out: [Int32] = [0, 0]
    var err: [Int32] = [0, 0]
    guard cloexecPipe(&input), cloexecPipe(&out), cloexecPipe(&err) else {
      throw POSIXError(.EMFILE)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input[0], 0)
    posix_spawn_file_actions_adddup2(&actions, out[1], 1)
    posix_spawn_file_actions_adddup2(&actions, err[1], 2)
    var env = ProcessInfo.processInfo.environment
    env["RECALL_LEARNER"] = nil
    env["RECALL_HOME"] = nil
    for (key, value) in environment { env[key] = value }
    let path = recallBinary().path
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var child: pid_t = 0
    let result = posix_spawn(&child, path, &actions, nil, argv, envp)
    close(input[0])
    close(out[1])
    close(err[1])
    guard result == 0 else {
      close(input[1])
      close(out[0])
      close(err[0])
      throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL)
    }
    pid = child
    stdinFD = input[1]
    stdoutFD = out[0]
    stderrFD = err[0]
  }

  deinit {
    if !reaped {
      // A test that stopped early: no child is left running or unreaped.
      _ = Glibc.kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
    closeInput()
    close(stdoutFD)
    close(stderrFD)
  }

  /// Writes `text` to the child's standard input.
  func send(_ text: String) {
    guard stdinFD >= 0 else { return }
    var bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return write(stdinFD, base + written, buffer.count - written)
      }
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else { return }
      written += result
    }
  }

  /// Closes the child's standard input (it reads end of file).
  func closeInput() {
    if stdinFD >= 0 {
      close(stdinFD)
      stdinFD = -1
    }
  }

  /// Reads standard output until `text` has appeared `count` times or it ends; false at its end.
  @discardableResult
  func waitFor(_ text: String, count: Int = 1) -> Bool {
    while occurrences(of: text) < count {
      guard readMore() else { return false }
    }
    return true
  }

  /// How many times `text` appears in the output read so far.
  func occurrences(of text: String) -> Int {
    String(decoding: output, as: UTF8.self).components(separatedBy: text).count - 1
  }

  private func readMore() -> Bool {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let result = buffer.withUnsafeMutableBytes { read(stdoutFD, $0.baseAddress, $0.count) }
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else { return false }
      output.append(contentsOf: buffer[0..<result])
      return true
    }
  }

  /// Sends SIGKILL.
  func kill() { _ = Glibc.kill(pid, SIGKILL) }

  /// Waits for the child to end, reading the rest of its output; returns the wait status.
  @discardableResult
  func wait() -> Int32 {
    closeInput()
    while readMore() {}
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let result = buffer.withUnsafeMutableBytes { read(stderrFD, $0.baseAddress, $0.count) }
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else { break }
      errors.append(contentsOf: buffer[0..<result])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    reaped = true
    return status
  }

  /// The output as text.
  var text: String { String(decoding: output, as: UTF8.self) }
  /// The standard error as text (after `wait`).
  var errorText: String { String(decoding: errors, as: UTF8.self) }
}

/// A pipe whose two ends are close-on-exec (Glibc's Swift module does not export `pipe2`;
/// the flag is set at once, so only a spawn in that instant could inherit them).
private func cloexecPipe(_ fds: inout [Int32]) -> Bool {
  guard pipe(&fds) == 0 else { return false }
  for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
  return true
}

/// Writes a deck of `count` basic cards named `name` into `home/Decks`.
func writeBasicDeck(home: URL, name: String = "basics", count: Int) throws {
  let cards = (0..<count).map { index in
    """
        {"id": "basic:term-\(index)", "kind": "basic", "term": "term \(index)", \
    "front": "What is term \(index)?", "back": "Answer \(index).", "tags": []}
    """
  }
  let text = """
    {
      "format_version": 1,
      "title": "\(count) basics",
      "cards": [
    \(cards.joined(separator: ",\n"))
      ]
    }
    """
  let folder = home.appendingPathComponent("Decks", isDirectory: true)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).json"))
}
