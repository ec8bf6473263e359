import Foundation

@testable import RecallCore

/// The project's `Tests/Fixtures` folder.
let fixturesFolder = Fixtures.directory

/// A fresh, empty temporary folder, removed by the caller with `cleanUp`.
func makeTemporaryFolder() -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("recall-tests-\(UUID().uuidString)", isDirectory: true)
  try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// The hand-written deck of stem cell types in `Tests/Fixtures/decks`.
func stemCellDeck() throws -> Deck {
  try DeckStore.load(from: fixturesFolder.appendingPathComponent("decks/stem-cells.json"))
}

/// 2024-05-01 12:00 UTC, plus `seconds`.
func date(_ seconds: TimeInterval = 0) -> Date {
  Date(timeIntervalSince1970: 1_714_564_800 + seconds)
}
