import Foundation
import Testing

@testable import recall

@Suite struct ChartsTests {
  private let values = [
    0, 3, 7, 1, 0, 12, 5, 5, 9, 2, 0, 0, 4, 8, 1, 6, 3, 0, 2, 11, 7, 5, 3, 1, 0, 9, 4, 2, 6, 10,
  ]

  @Test func asciiChartsHaveOnlyAsciiAndFitEightyColumns() {
    var lines = Charts.bars(values, from: "30 days ago", to: "today", style: .ascii)
    lines += Charts.heatmap((0..<365).map { $0 % 9 }, firstDay: 19_000, style: .ascii)
    lines.append(Charts.meter(0.4, width: 20, style: .ascii))
    #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
    #expect(lines.allSatisfy { $0.count <= 80 })
  }

  @Test func tallestBarReachesTheTopRowAndEmptyDaysStayBlank() {
    let lines = Charts.bars([0, 4, 8], height: 4, from: "a", to: "b", style: .ascii)
    #expect(lines[0] == " 8|    # ")
    #expect(lines[3] == " 0|  # # ")
  }

  @Test func terminalChartsUseBlocks() {
    let lines = Charts.bars([1, 8], height: 1, from: "a", to: "b", style: .terminal)
    #expect(lines[0].contains("█"))
    let heat = Charts.heatmap(
      [0, 1, 5], firstDay: 0, style: ChartStyle(unicode: true, color: false))
    #expect(heat.joined().contains("█"))
  }

  @Test func heatmapPutsWeeksInColumnsWithSundayOnTop() {
    // Day 3 after 1970-01-01 is a Sunday: 7 days fill exactly one column.
    let lines = Charts.heatmap([1, 2, 3, 4, 5, 6, 7], firstDay: 3, style: .ascii)
    let rows = lines[1...7].map { String($0.dropFirst(4)) }
    #expect(rows.allSatisfy { $0.count == 1 })
    #expect(rows.first == "-")
    #expect(rows.last == "#")
  }
}
