import CZstd
import Foundation

/// Zstandard compression through libzstd, bounded so that a hostile frame cannot fill memory.
enum Zstd {
  /// Why data did not decompress.
  enum Failure: Error {
    /// The output would exceed the bound.
    case tooLarge
    /// libzstd's reason.
    case invalid(String)
  }

  /// `data` decompressed (any number of frames), refusing to produce more than `limit` bytes.
  static func decompress(_ data: Data, limit: Int) throws(Failure) -> Data {
    guard let stream = ZSTD_createDStream() else { throw .invalid("out of memory") }
    defer { ZSTD_freeDStream(stream) }
    ZSTD_initDStream(stream)
    var output = Data()
    let chunk = ZSTD_DStreamOutSize()
    var buffer = [UInt8](repeating: 0, count: chunk)
    var last: Int = 0
    let failure: Failure? = data.withUnsafeBytes { raw -> Failure? in
      var input = ZSTD_inBuffer(src: raw.baseAddress, size: raw.count, pos: 0)
      while true {
        let produced = buffer.withUnsafeMutableBytes { out -> (Int, Int) in
          var target = ZSTD_outBuffer(dst: out.baseAddress, size: out.count, pos: 0)
          let result = ZSTD_decompressStream(stream, &target, &input)
          return (result, target.pos)
        }
        if ZSTD_isError(produced.0) != 0 {
          return .invalid(String(cString: ZSTD_getErrorName(produced.0)))
        }
        last = produced.0
        if output.count + produced.1 > limit { return .tooLarge }
        output.append(contentsOf: buffer[0..<produced.1])
        if input.pos == input.size && produced.1 < chunk { return nil }
      }
    }
    if let failure { throw failure }
    if last != 0 { throw .invalid("the data is cut short") }
    return output
  }

  /// `data` compressed at `level`.
  static func compress(_ data: Data, level: Int32 = 3) throws(Failure) -> Data {
    let bound = ZSTD_compressBound(data.count)
    var output = [UInt8](repeating: 0, count: bound)
    let size = data.withUnsafeBytes { input in
      output.withUnsafeMutableBytes { out in
        ZSTD_compress(out.baseAddress, out.count, input.baseAddress, input.count, level)
      }
    }
    if ZSTD_isError(size) != 0 { throw .invalid(String(cString: ZSTD_getErrorName(size))) }
    return Data(output[0..<size])
  }
}
