import Foundation
import ZIPFoundation

/// The parts of an `.apkg` recall reads: the collection (as SQLite bytes) and the media map.
///
/// Anki writes two forms: the modern one (`meta` says version 3, `collection.anki21b` holds the
/// collection compressed with zstd, beside a stub `collection.anki2`) and the legacy one
/// (`collection.anki21`, or `collection.anki2` alone, uncompressed SQLite; media as JSON).
struct AnkiPackage {
  /// The most a collection may expand to (and a media map: a sixteenth of it).
  static let collectionLimit = 1 << 30
  /// The newest package version recall knows (`meta`'s version field).
  static let newestVersion = 3

  /// The SQLite file's bytes.
  var collection: Data
  /// The entry the collection came from.
  var entry: String
  /// How many media files the package names (recall imports none of them).
  var mediaCount: Int

  /// Reads the package at `url`, displayed as `path`.
  static func read(_ url: URL, path: String, limit: Int = collectionLimit) throws(AnkiError)
    -> AnkiPackage
  {
    let collectionLimit = limit
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw .notZip(path: path)
    }
    var entries: [String: Entry] = [:]
    for entry in archive { entries[entry.path] = entry }
    var version = 0
    if let meta = entries["meta"] {
      let bytes = try extract(meta, from: archive, limit: 1 << 16, path: path)
      version = Int(Protobuf.varint(1, in: [UInt8](bytes)))
      guard version <= newestVersion else {
        throw .unknownVersion(path: path, what: "package", version: version)
      }
    }
    let modern = version >= 3
    let name: String
    if modern {
      // The collection.anki2 beside it is a stub that only says to update Anki.
      guard entries["collection.anki21b"] != nil else { throw .noCollection(path: path) }
      name = "collection.anki21b"
    } else if let legacy = ["collection.anki21", "collection.anki2"].first(where: {
      entries[$0] != nil
    }) {
      name = legacy
    } else {
      throw .noCollection(path: path)
    }
    guard let entry = entries[name] else { throw .noCollection(path: path) }
    var collection = try extract(entry, from: archive, limit: collectionLimit, path: path)
    if name.hasSuffix("b") {
      collection = try decompressed(collection, entry: name, limit: collectionLimit, path: path)
    }
    var mediaCount = 0
    if let media = entries["media"] {
      var bytes = try extract(media, from: archive, limit: collectionLimit / 16, path: path)
      if modern {
        bytes = try decompressed(bytes, entry: "media", limit: collectionLimit / 16, path: path)
        mediaCount = (Protobuf.fields([UInt8](bytes)) ?? []).filter { $0.number == 1 }.count
      } else {
        let map = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any]
        mediaCount = map?.count ?? 0
      }
    }
    return AnkiPackage(collection: collection, entry: name, mediaCount: mediaCount)
  }

  /// The bytes of `entry`, refusing before writing anything when they would pass `limit`.
  private static func extract(_ entry: Entry, from archive: Archive, limit: Int, path: String)
    throws(AnkiError) -> Data
  {
    guard entry.uncompressedSize <= UInt64(limit) else {
      throw .tooLarge(path: path, entry: entry.path, limit: limit)
    }
    var data = Data()
    var tooLarge = false
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        if data.count + chunk.count > limit {
          tooLarge = true
          throw CocoaError(.fileReadTooLarge)
        }
        data.append(chunk)
      }
    } catch {
      if tooLarge { throw .tooLarge(path: path, entry: entry.path, limit: limit) }
      throw .corrupt(path: path, reason: "\(entry.path) cannot be read from the ZIP")
    }
    return data
  }

  private static func decompressed(_ data: Data, entry: String, limit: Int, path: String)
    throws(AnkiError) -> Data
  {
    do {
      return try Zstd.decompress(data, limit: limit)
    } catch {
      switch error {
      case .tooLarge: throw .tooLarge(path: path, entry: entry, limit: limit)
      case .invalid(let reason): throw .badZstd(path: path, entry: entry, reason: reason)
      }
    }
  }
}
