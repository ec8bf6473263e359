import Foundation

/// The note types recall writes into a package: one per card kind, all of Basic's shape (one
/// card: the front, then the back) with the options of a choice under the question, except
/// cloze, which is of Anki's Cloze kind. The fields carry what a recall card holds, so that
/// importing the package back gives the same cards.
enum AnkiNoteTypes {
  /// Fields of the Basic-shaped types.
  static let basicFields = ["Front", "Back", "Term", "Choices", "Accept"]
  /// Fields of the cloze type.
  static let clozeFields = ["Text", "Back Extra", "Term", "Accept"]

  /// The note type's name for `kind`, as the Anki user sees it.
  static func name(_ kind: CardKind) -> String {
    kind == .truefalse ? "recall true/false" : "recall \(kind.rawValue)"
  }

  /// The note type's field values for `card`, as HTML.
  static func fields(_ card: Card) -> [String] {
    let accept = (card.accept ?? []).map(html).joined(separator: "<br>")
    if card.kind == .cloze {
      let answer = "{{c1::" + html(card.back) + "}}"
      let front = html(card.front)
      let text =
        front.range(of: ClozeText.blank).map { front.replacingCharacters(in: $0, with: answer) }
        ?? front + " " + answer
      return [text, "", html(card.term), accept]
    }
    let choices = (card.choices ?? []).map(html).joined(separator: "<br>")
    return [html(card.front), html(card.back), html(card.term), choices, accept]
  }

  /// `text` as field HTML: `&`, `<`, `>` escaped, line breaks as `<br>`.
  static func html(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: "<br>")
  }

  /// The `col.models` entry of the note type for `kind` with id `id` (schema 11).
  static func model(_ kind: CardKind, id: Int64, deck: Int64, modified: Int64) -> [String: Any] {
    let cloze = kind == .cloze
    let fields = cloze ? clozeFields : basicFields
    let question =
      cloze
      ? "{{cloze:Text}}"
      : "{{Front}}{{#Choices}}<br><br><div class=choices>{{Choices}}</div>{{/Choices}}"
    let answer =
      cloze
      ? "{{cloze:Text}}{{#Back Extra}}<br>{{Back Extra}}{{/Back Extra}}"
      : "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"
    return [
      "id": id, "name": name(kind), "type": cloze ? 1 : 0, "mod": modified / 1000, "usn": -1,
      "sortf": 0, "did": deck,
      "tmpls": [
        [
          "name": cloze ? "Cloze" : "Card 1", "ord": 0, "qfmt": question, "afmt": answer,
          "bqfmt": "", "bafmt": "", "did": NSNull(), "bfont": "", "bsize": 0,
        ]
      ],
      "flds": fields.enumerated().map { ord, name in
        [
          "name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20,
          "description": "", "plainText": false, "collapsed": false, "excludeFromSearch": false,
        ] as [String: Any]
      },
      "css":
        ".card {\n  font-family: arial;\n  font-size: 20px;\n  text-align: center;\n  color: black;\n  background-color: white;\n}\n.cloze {\n  font-weight: bold;\n  color: blue;\n}\n",
      "latexPre":
        "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
      "latexPost": "\\end{document}", "latexsvg": false,
      "req": [[0, "any", [0]]], "tags": [], "vers": [],
    ]
  }
}
