/// Terminal control sequences and control characters in an article are not text: an escape
/// such as `ESC[31m` or an OSC title or link would otherwise reach card text and card ids
/// (`definition:31mwidget-0m`) and, from there, a learner's terminal.
enum ArticleControls {
  /// `text` without escape sequences (CSI `ESC[…X`, OSC `ESC]…BEL` or `ESC]…ESC\`, and
  /// two-character `ESC X`), C1 controls (U+0080–U+009F, with CSI `U+009B` and OSC `U+009D`
  /// sequences) and other control characters; newlines, tabs and carriage returns stay, for
  /// the reader to handle as before.
  static func dropped(from text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar.value {
      case 0x1B:
        guard let next = pending else { break }
        pending = scalars.next()
        switch next {
        case "[": pending = skipCSI(&scalars, pending)
        case "]", "P", "_", "^": pending = skipString(&scalars, pending)
        default: break  // a two-character escape: both dropped
        }
      case 0x9B: pending = skipCSI(&scalars, pending)
      case 0x9D, 0x90, 0x9E, 0x9F: pending = skipString(&scalars, pending)
      default:
        if !isControl(scalar) { out.append(scalar) }
      }
    }
    return String(out)
  }

  /// True for a control character other than newline, tab and carriage return.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }

  /// Skips a CSI sequence's parameters and its final byte (`@`…`~`); returns what follows.
  private static func skipCSI(
    _ scalars: inout String.UnicodeScalarView.Iterator, _ first: Unicode.Scalar?
  ) -> Unicode.Scalar? {
    var current = first
    while let scalar = current {
      current = scalars.next()
      if (0x40...0x7E).contains(scalar.value) { return current }
      if !(0x20...0x3F).contains(scalar.value) { return current }  // malformed: stop here
    }
    return nil
  }

  /// Skips an OSC, DCS, PM or APC string up to BEL or `ESC \` (at most one line).
  private static func skipString(
    _ scalars: inout String.UnicodeScalarView.Iterator, _ first: Unicode.Scalar?
  ) -> Unicode.Scalar? {
    var current = first
    while let scalar = current {
      current = scalars.next()
      switch scalar.value {
      case 0x07, 0x9C: return current
      case 0x0A: return scalar  // unterminated: keep the newline and what follows
      case 0x1B:
        if current == "\\" { return scalars.next() }
        return current
      default: continue
      }
    }
    return nil
  }
}
