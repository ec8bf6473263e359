/// 24 lanes of partial derivatives (w0 … w20 and three spare lanes that stay zero): two
/// vector registers' worth instead of SIMD32's four, which is what the fitter's time goes on.
struct FSRSGradient: Equatable, Sendable {
  var low: SIMD16<Double>
  var high: SIMD8<Double>

  static let zero = FSRSGradient(low: .zero, high: .zero)

  /// Lane `index` (0 … 23).
  @inline(__always) subscript(index: Int) -> Double {
    get { index < 16 ? low[index] : high[index - 16] }
    set {
      if index < 16 { low[index] = newValue } else { high[index - 16] = newValue }
    }
  }

  @inline(__always) static func + (a: FSRSGradient, b: FSRSGradient) -> FSRSGradient {
    FSRSGradient(low: a.low + b.low, high: a.high + b.high)
  }
  @inline(__always) static func - (a: FSRSGradient, b: FSRSGradient) -> FSRSGradient {
    FSRSGradient(low: a.low - b.low, high: a.high - b.high)
  }
  @inline(__always) static func += (a: inout FSRSGradient, b: FSRSGradient) { a = a + b }
  @inline(__always) static func * (c: Double, a: FSRSGradient) -> FSRSGradient {
    FSRSGradient(low: c * a.low, high: c * a.high)
  }
  @inline(__always) static func * (a: FSRSGradient, c: Double) -> FSRSGradient {
    FSRSGradient(low: a.low * c, high: a.high * c)
  }
  @inline(__always) static func / (a: FSRSGradient, c: Double) -> FSRSGradient {
    FSRSGradient(low: a.low / c, high: a.high / c)
  }
}
