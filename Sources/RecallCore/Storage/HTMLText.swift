import Foundation

/// Turns the HTML of Anki fields into plain text.
enum HTMLText {
  /// `html` without tags: `<br>`, `<div>`, `<p>` and `<li>` start new lines; entities decoded.
  static func plain(_ html: String) -> String {
    var text = ""
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      text += entitiesDecoded(rest[..<open])
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      let name = rest[rest.index(after: open)..<close].lowercased()
        .prefix { $0.isLetter || $0 == "/" }
      if name == "br" {
        text += "\n"
      } else if ["div", "p", "li"].contains(name), !text.isEmpty, !text.hasSuffix("\n") {
        text += "\n"
      }
      rest = rest[rest.index(after: close)...]
    }
    text += entitiesDecoded(rest)
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
  ]

  /// `text` with `&amp;`, `&#39;`, `&#x27;` and the like replaced by their characters.
  static func entitiesDecoded(_ text: Substring) -> String {
    var result = ""
    var rest = text
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let after = rest[rest.index(after: ampersand)...]
      guard let semicolon = after.prefix(10).firstIndex(of: ";"),
        let character = entity(String(after[..<semicolon]))
      else {
        result += "&"
        rest = after
        continue
      }
      result += character
      rest = after[after.index(after: semicolon)...]
    }
    return result + rest
  }

  private static func entity(_ name: String) -> String? {
    if let known = named[name.lowercased()] { return known }
    guard name.hasPrefix("#") else { return nil }
    let digits = name.dropFirst()
    let value =
      digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
    return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
  }
}
