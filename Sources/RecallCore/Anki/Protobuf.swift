/// Reads the few protocol-buffer fields recall needs from Anki's binary configs (a note type's
/// kind, a package's version, the media list's entries). Unknown fields are skipped.
struct Protobuf {
  /// A field: its number and either a varint or a length-delimited payload.
  enum Value {
    case varint(UInt64)
    case bytes(ArraySlice<UInt8>)
  }

  /// The top-level fields of `bytes`, in order; nil when the message is malformed.
  static func fields(_ bytes: [UInt8]) -> [(number: Int, value: Value)]? {
    var result: [(Int, Value)] = []
    var index = 0
    func varint() -> UInt64? {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.count, shift < 64 {
        let byte = bytes[index]
        index += 1
        value |= UInt64(byte & 0x7F) << shift
        if byte & 0x80 == 0 { return value }
        shift += 7
      }
      return nil
    }
    while index < bytes.count {
      guard let key = varint() else { return nil }
      let number = Int(key >> 3)
      switch key & 7 {
      case 0:
        guard let value = varint() else { return nil }
        result.append((number, .varint(value)))
      case 1:
        guard index + 8 <= bytes.count else { return nil }
        index += 8
      case 2:
        guard let length = varint(), length <= UInt64(bytes.count - index) else { return nil }
        let end = index + Int(length)
        result.append((number, .bytes(bytes[index..<end])))
        index = end
      case 5:
        guard index + 4 <= bytes.count else { return nil }
        index += 4
      default: return nil
      }
    }
    return result
  }

  /// The varint field `number` of `bytes` (0 when absent, as protobuf's default).
  static func varint(_ number: Int, in bytes: [UInt8]) -> UInt64 {
    for field in fields(bytes) ?? [] where field.number == number {
      if case .varint(let value) = field.value { return value }
    }
    return 0
  }

  /// A varint encoded.
  static func encode(varint value: UInt64) -> [UInt8] {
    var value = value
    var bytes: [UInt8] = []
    repeat {
      var byte = UInt8(value & 0x7F)
      value >>= 7
      if value != 0 { byte |= 0x80 }
      bytes.append(byte)
    } while value != 0
    return bytes
  }
}
