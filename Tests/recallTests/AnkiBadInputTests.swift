import Foundation
import GRDB
import Testing
import ZIPFoundation

/// Damaged and hostile `.apkg` files: one line naming the file and the problem, exit code 2,
/// and no deck and no learner written.
@Suite struct AnkiBadInputTests {
  /// A package made by `build` in a new home; runs the import with a learner and checks that
  /// it failed with one line containing `problem`, writing nothing.
  func expectRefused(
    _ problem: String, environment: [String: String] = [:],
    _ build: (URL) throws -> Void
  ) throws {
    let home = try makeHome(decks: [])
    defer { try? FileManager.default.removeItem(at: home) }
    let package = home.appendingPathComponent("bad.apkg")
    try build(package)
    let result = try runRecall(
      ["deck", "import", package.path, "--into", "bio", "--learner", "ana", "--home", home.path],
      environment: environment)
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "stderr: \(result.stderr)")
    #expect(result.stderr.hasPrefix("recall: " + package.path + ": "), "stderr: \(result.stderr)")
    #expect(result.stderr.contains(problem), "stderr: \(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
    let decks = try FileManager.default.contentsOfDirectory(
      atPath: home.appendingPathComponent("Decks").path)
    #expect(decks.filter { !$0.hasPrefix(".") || $0.hasSuffix(".sqlite") }.isEmpty, "\(decks)")
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("Progress").path))
  }

  /// A ZIP holding `entries` (name → bytes).
  static func zip(_ entries: [String: Data], to url: URL) throws {
    let archive = try Archive(url: url, accessMode: .create)
    for (name, data) in entries.sorted(by: { $0.key < $1.key }) {
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
  }

  /// The legacy fixture's collection, changed by `sql`.
  static func legacyCollection(_ sql: String) throws -> Data {
    let source = try Archive(
      url: AnkiImportTests.packages.appendingPathComponent("legacy.apkg"), accessMode: .read)
    guard let entry = source["collection.anki21"] else { throw CocoaError(.fileNoSuchFile) }
    var bytes = Data()
    _ = try source.extract(entry) { bytes.append($0) }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "recall-anki-\(UUID().uuidString).sqlite")
    defer { try? FileManager.default.removeItem(at: file) }
    try bytes.write(to: file)
    let queue = try DatabaseQueue(path: file.path)
    try queue.write { try $0.execute(sql: sql) }
    try queue.close()
    return try Data(contentsOf: file)
  }
}

extension AnkiBadInputTests {
  @Test func notAZipIsRefused() throws {
    try expectRefused("not a ZIP archive") { url in
      try Data("front,back\nA,B\n".utf8).write(to: url)
    }
  }

  @Test func zipWithoutACollectionIsRefused() throws {
    try expectRefused("holds no Anki collection") { url in
      try Self.zip(["media": Data("{}".utf8), "notes.txt": Data("hello".utf8)], to: url)
    }
  }

  @Test func modernPackageWithOnlyTheStubIsRefused() throws {
    try expectRefused("holds no Anki collection") { url in
      try Self.zip(
        ["meta": Data([0x08, 0x03]), "collection.anki2": Self.legacyCollection("SELECT 1")],
        to: url)
    }
  }

  @Test func corruptSQLiteIsRefused() throws {
    try expectRefused("damaged or not an Anki collection") { url in
      let junk = Data("SQLite format 3\0".utf8) + Data(repeating: 0x5A, count: 8192)
      try Self.zip(["collection.anki21": junk, "media": Data("{}".utf8)], to: url)
    }
  }

  @Test func truncatedSQLiteIsRefused() throws {
    try expectRefused("damaged or not an Anki collection") { url in
      let whole = try Self.legacyCollection("SELECT 1")
      try Self.zip(
        ["collection.anki21": whole.prefix(whole.count / 3), "media": Data("{}".utf8)], to: url)
    }
  }

  @Test func badZstdIsRefused() throws {
    try expectRefused("collection.anki21b does not decompress") { url in
      try Self.zip(
        [
          "meta": Data([0x08, 0x03]), "collection.anki2": Data(),
          "collection.anki21b": Data([0x28, 0xB5, 0x2F, 0xFD]) + Data(repeating: 7, count: 100),
        ], to: url)
    }
  }

  @Test func unknownSchemaVersionIsRefused() throws {
    try expectRefused("unknown collection schema version 99") { url in
      try Self.zip(["collection.anki21": Self.legacyCollection("UPDATE col SET ver = 99")], to: url)
    }
  }

  @Test func unknownPackageVersionIsRefused() throws {
    try expectRefused("unknown package version 9") { url in
      try Self.zip(["meta": Data([0x08, 0x09]), "collection.anki21b": Data()], to: url)
    }
  }

  @Test func noteWithNoFieldsIsRefused() throws {
    try expectRefused("has no fields") { url in
      let sql = "UPDATE notes SET flds = '' WHERE id = (SELECT min(id) FROM notes)"
      try Self.zip(["collection.anki21": Self.legacyCollection(sql)], to: url)
    }
  }

  @Test func entryExpandingPastTheBoundIsRefusedBeforeWriting() throws {
    try expectRefused("would expand past", environment: ["RECALL_APKG_LIMIT_BYTES": "100000"]) {
      url in
      try Self.zip(["collection.anki21": Data(repeating: 0, count: 400_000)], to: url)
    }
  }

  @Test func zstdExpandingPastTheBoundIsRefused() throws {
    // 34 bytes of zstd that expand to 400,000 zero bytes.
    let bomb = try #require(Data(base64Encoded: "KLUv/QRoTAAACAABAPz/ORACAgAQAAIAEAAD1AAA2sqgwg=="))
    try expectRefused(
      "collection.anki21b would expand past", environment: ["RECALL_APKG_LIMIT_BYTES": "100000"]
    ) { url in
      try Self.zip(["meta": Data([0x08, 0x03]), "collection.anki21b": bomb], to: url)
    }
  }
}
