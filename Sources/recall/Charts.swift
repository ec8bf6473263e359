import Foundation
import Rainbow
import RecallCore

/// How charts are drawn: block characters and colour on a terminal, plain ASCII otherwise.
struct ChartStyle: Sendable {
  /// Block characters (▁▂▃▄▅▆▇█, heatmap shades) instead of ASCII.
  var unicode: Bool
  /// ANSI colours.
  var color: Bool

  /// Plain ASCII, no colour: for pipes, files, `TERM=dumb`, `NO_COLOR` and `--no-color`.
  static let ascii = ChartStyle(unicode: false, color: false)
  /// Block characters in colour.
  static let terminal = ChartStyle(unicode: true, color: true)

  /// The style suited to `screen`.
  static func of(_ screen: Screen) -> ChartStyle { screen.color ? .terminal : .ascii }

  func paint(_ text: String, _ style: (String) -> String) -> String {
    color ? style(text) : text
  }
}

/// Charts as lines of text, pure functions from numbers (at most 80 columns wide).
enum Charts {
  private static let eighths = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A vertical bar chart of `values` (one column of two characters each), `height` rows tall,
  /// with the largest value on the left axis and `from`/`to` labels under the ends.
  static func bars(
    _ values: [Int], height: Int = 6, from: String, to: String, style: ChartStyle
  ) -> [String] {
    let top = values.max() ?? 0
    let label = String(top)
    let pad = max(label.count, 1) + 1
    var lines: [String] = []
    for row in stride(from: height - 1, through: 0, by: -1) {
      var cells = ""
      for value in values {
        let level = top == 0 ? 0 : (value * height * 8 + top - 1) / top
        let fill = min(8, max(0, level - row * 8))
        cells += cell(fill: fill, value: value, row: row, style: style) + " "
      }
      let axis = row == height - 1 ? label : (row == 0 ? "0" : "")
      let prefix = String(repeating: " ", count: pad - axis.count) + axis + "|"
      lines.append(prefix + style.paint(cells, { $0.green }))
    }
    let width = values.count * 2
    lines.append(String(repeating: " ", count: pad) + "+" + String(repeating: "-", count: width))
    let gap = max(1, width - from.count - to.count)
    lines.append(
      String(repeating: " ", count: pad + 1) + from + String(repeating: " ", count: gap) + to)
    return lines
  }

  private static func cell(fill: Int, value: Int, row: Int, style: ChartStyle) -> String {
    if style.unicode {
      if fill == 0 { return row == 0 && value > 0 ? eighths[0] : " " }
      return eighths[fill - 1]
    }
    if fill >= 4 { return "#" }
    return row == 0 && value > 0 ? "." : " "
  }

  /// A calendar heatmap: one column per week (Sunday at the top), `counts` starting on study day
  /// `firstDay` (see `CivilDate`), shaded by quarters of the busiest day; month names above.
  static func heatmap(_ counts: [Int], firstDay: Int, style: ChartStyle) -> [String] {
    let lead = CivilDate.weekday(days: firstDay)
    let columns = (lead + counts.count + 6) / 7
    let top = counts.max() ?? 0
    var grid = [[String]](repeating: [String](repeating: " ", count: columns), count: 7)
    var months = [Character](repeating: " ", count: columns + 3)
    let names = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    for (index, count) in counts.enumerated() {
      let position = lead + index
      let column = position / 7
      grid[position % 7][column] = shade(count, top: top, style: style)
      let date = CivilDate.date(days: firstDay + index)
      let starts = date.day == 1 || (index == 0 && date.day < 20)
      if starts, column + 3 <= months.count,
        months[column..<(column + 3)].allSatisfy({ $0 == " " }),
        column == 0 || months[column - 1] == " "
      {
        for (k, letter) in names[date.month - 1].enumerated() { months[column + k] = letter }
      }
    }
    let labels = ["", "Mon", "", "Wed", "", "Fri", ""]
    var lines = ["    " + String(months)]
    while lines[0].hasSuffix(" ") { lines[0].removeLast() }
    for row in 0..<7 {
      let label = labels[row].padding(toLength: 4, withPad: " ", startingAt: 0)
      lines.append(label + grid[row].joined())
    }
    let legend = (0...4).map { shade($0 == 0 ? 0 : $0, top: 4, style: style) }.joined()
    lines.append("    less " + legend + " more")
    return lines
  }

  private static func shade(_ count: Int, top: Int, style: ChartStyle) -> String {
    let level = count == 0 || top == 0 ? 0 : min(4, (count * 4 + top - 1) / top)
    if style.unicode {
      let marks = ["·", "░", "▒", "▓", "█"]
      return level == 0 ? marks[0] : style.paint(marks[level], { $0.green })
    }
    return [".", "-", "+", "*", "#"][level]
  }

  /// A horizontal meter `width` cells wide filled to `share` (0…1).
  static func meter(_ share: Double, width: Int, style: ChartStyle) -> String {
    let clamped = share.isFinite ? min(1, max(0, share)) : 0
    let filled = Int((clamped * Double(width)).rounded())
    if style.unicode {
      return style.paint(String(repeating: "█", count: filled), { $0.green })
        + String(repeating: "░", count: width - filled)
    }
    return "[" + String(repeating: "#", count: filled)
      + String(repeating: ".", count: width - filled) + "]"
  }
}
