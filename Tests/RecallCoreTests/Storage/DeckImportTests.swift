import Foundation
import Testing

@testable import RecallCore

@Suite struct DeckImportTests {
  func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: fixturesFolder.appendingPathComponent("import/\(name)"))
  }

  func notes(_ name: String, _ format: ImportFormat) throws -> [ImportedNote] {
    try DeckImport.notes(fixture(name), path: name, format: format)
  }

  func message(_ name: String, _ format: ImportFormat = .csv) -> String {
    do {
      _ = try DeckImport.notes(fixture(name), path: name, format: format)
      return "no error"
    } catch {
      return "\(error)"
    }
  }
}

// MARK: - CSV and TSV
extension DeckImportTests {
  @Test func csvKeepsQuotedCommasAndNewlinesAndSkipsTheHeader() throws {
    let read = try notes("quoted.csv", .csv)
    #expect(
      read.map(\.front) == [
        "Capital of France, the country", "A poem line\nand its second line", "What is H2O?",
      ])
    #expect(read.map(\.back) == ["Paris", "Verse", "Water, \"the\" liquid"])
    #expect(read.map(\.line) == [2, 3, 5])
  }

  @Test func tsvReadsTabSeparatedRows() throws {
    let read = try notes("cards.tsv", .tsv)
    #expect(read.map(\.back) == ["The unit of life", "Skin"])
  }

  @Test func badRowsAreReportedWithTheirLine() {
    #expect(
      message("bad-rows.csv")
        == "bad-rows.csv: line 3: the back is missing; add it after a comma or remove the row")
    #expect(message("bad-after-quote.csv").hasPrefix("bad-after-quote.csv: line 4: "))
    let emptyBack = Data("front,back\nEmpty back,\"\"\n".utf8)
    #expect(
      throws: DeckError.importFailed(
        path: "x.csv", line: 2, problem: "the back is empty; fill it in or remove the row")
    ) {
      try DeckImport.notes(emptyBack, path: "x.csv", format: .csv)
    }
  }

  @Test func nonUTF8AndEmptyFilesAreRefused() {
    #expect(message("latin1.csv").hasPrefix("latin1.csv: line 2: the file is not UTF-8 text"))
    #expect(throws: DeckError.self) {
      try DeckImport.notes(Data("\n \n".utf8), path: "empty.csv", format: .csv)
    }
  }
}

// MARK: - Anki
extension DeckImportTests {
  @Test func ankiExportStripsHTMLAndKeepsTags() throws {
    let read = try notes("anki.txt", .anki)
    #expect(read.map(\.front) == ["What is mitosis?", "Tom & Jerry, quoted"])
    #expect(read.map(\.back) == ["Cell division\ninto two cells", "Cartoon\nduo"])
    #expect(read.first?.tags == ["biology/cells", "exam"])
    #expect(read.map(\.line) == [4, 5])
  }

  @Test func ankiSeparatorDirectiveIsHonoured() throws {
    let text = "#separator:semicolon\n#html:false\nFront <b>x</b>;Back\n"
    let read = try DeckImport.notes(Data(text.utf8), path: "a.txt", format: .anki)
    #expect(read.first?.front == "Front <b>x</b>")
    #expect(read.first?.back == "Back")
  }
}

// MARK: - Into a deck
extension DeckImportTests {
  @Test func importedCardsAreBasicWithIDsFromTheBack() throws {
    let result = try DeckImport.run(
      fixture("cards.csv"), path: "cards.csv", format: .csv, into: nil, title: "Bio",
      tags: ["imported"])
    #expect(result.deck.title == "Bio")
    #expect(result.added == ["basic:the-unit-of-life", "basic:skin"])
    #expect(result.deck.cards.allSatisfy { $0.kind == .basic && $0.tags == ["imported"] })
    #expect(DeckValidator.firstProblem(in: result.deck) == nil)
  }

  @Test func collidingBacksFallBackToTheFrontThenANumber() throws {
    let text = "Q one,Same\nQ two,Same\nSame,Same\n"
    let result = try DeckImport.run(
      Data(text.utf8), path: "x.csv", format: .csv, into: nil, title: "T")
    #expect(result.added == ["basic:same", "basic:q-two", "basic:same-2"])
  }

  @Test func importingAgainSkipsDuplicates() throws {
    let first = try DeckImport.run(
      fixture("cards.csv"), path: "cards.csv", format: .csv, into: nil, title: "Bio")
    let second = try DeckImport.run(
      fixture("cards.csv"), path: "cards.csv", format: .csv, into: first.deck, title: "Bio")
    #expect(second.added.isEmpty)
    #expect(second.duplicates.map(\.line) == [2, 3])
    #expect(second.deck.cards.count == 2)
  }
}

// MARK: - Line endings
extension DeckImportTests {
  @Test func windowsLineEndingsAreRead() throws {
    let text = "#separator:tab\r\n#html:true\r\nFront one\tBack one\r\nFront two\tBack two\r\n"
    let read = try DeckImport.notes(Data(text.utf8), path: "a.txt", format: .anki)
    #expect(read.map(\.back) == ["Back one", "Back two"])
    #expect(read.map(\.line) == [3, 4])
  }
}
