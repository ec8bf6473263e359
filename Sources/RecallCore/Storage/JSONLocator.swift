import Foundation

/// Finds where things are in a JSON text, so errors can name a line and column.
///
/// Foundation's decoders say *what* went wrong but not *where*; this reads the text with
/// `JSONTokenizer` (the tokeniser of every recall file) to find the first syntax error, or
/// the line of a value given its coding path.
public enum JSONLocator {
  /// A line and column, both counted from 1.
  public struct Position: Hashable, Sendable, CustomStringConvertible {
    /// Line, from 1.
    public var line: Int
    /// Column in characters (Unicode scalars), from 1.
    public var column: Int
    public var description: String { "line \(line), column \(column)" }
  }

  /// The first JSON syntax error in `data`, with its position, or nil when the text is valid JSON.
  public static func syntaxError(in data: Data) -> (position: Position, message: String)? {
    var tokens = JSONTokenizer([UInt8](data)[...])
    do {
      while try tokens.next() != nil {}
      return nil
    } catch {
      return (error.position, error.message)
    }
  }

  /// The line on which the value at `path` starts (keys and array indices), or nil.
  public static func line(of path: [any CodingKey], in data: Data) -> Int? {
    let target = path.map { key in key.intValue.map(PathPart.index) ?? .key(key.stringValue) }
    var tokens = JSONTokenizer([UInt8](data)[...])
    // The open arrays and objects: each one's path, and the index of an array's next item.
    var open: [(path: [PathPart], isArray: Bool, next: Int)] = []
    var key = ""
    while let token = try? tokens.next() {
      switch token {
      case .key(let bytes):
        key = String(decoding: bytes, as: UTF8.self)
        continue
      case .objectEnd, .arrayEnd:
        open.removeLast()
        continue
      default: break
      }
      // A value starts: the document, an array's next item, or the value of the last key.
      var path: [PathPart] = []
      if let container = open.last {
        path = container.path
        if container.isArray {
          path.append(.index(container.next))
          open[open.count - 1].next += 1
        } else {
          path.append(.key(key))
        }
      }
      if path == target { return tokens.position(of: tokens.tokenStart).line }
      if token == .objectStart || token == .arrayStart {
        open.append((path, token == .arrayStart, 0))
      }
    }
    return nil
  }

  /// `cards[3].front`: a coding path as a user reads it.
  public static func describe(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return text.isEmpty ? "(top level)" : text
  }

  enum PathPart: Equatable {
    case key(String)
    case index(Int)
  }
}
