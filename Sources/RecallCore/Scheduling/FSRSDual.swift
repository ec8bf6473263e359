import Foundation

/// A number the FSRS model can run on: plain `Double` for predictions, `FSRSDual` for
/// predictions with their gradient with respect to the 21 parameters.
protocol FSRSNumber {
  init(constant: Double)
  var value: Double { get }
  static func + (lhs: Self, rhs: Self) -> Self
  static func - (lhs: Self, rhs: Self) -> Self
  static func * (lhs: Self, rhs: Self) -> Self
  static func / (lhs: Self, rhs: Self) -> Self
  func exp() -> Self
  func log() -> Self
  func pow(_ exponent: Self) -> Self
  /// `self + c` for a constant `c`.
  func shifted(by c: Double) -> Self
  /// `self · c` for a constant `c`.
  func scaled(by c: Double) -> Self
}

extension FSRSNumber {
  @inline(__always) static func + (lhs: Self, rhs: Double) -> Self { lhs.shifted(by: rhs) }
  @inline(__always) static func - (lhs: Double, rhs: Self) -> Self {
    rhs.scaled(by: -1).shifted(by: lhs)
  }
  @inline(__always) static func - (lhs: Self, rhs: Double) -> Self { lhs.shifted(by: -rhs) }
  @inline(__always) static func * (lhs: Self, rhs: Double) -> Self { lhs.scaled(by: rhs) }
  @inline(__always) static func * (lhs: Double, rhs: Self) -> Self { rhs.scaled(by: lhs) }
  /// `-self`.
  @inline(__always) var negated: Self { scaled(by: -1) }
  /// The smaller by value (its gradient goes with it).
  @inline(__always) func minimum(_ other: Self) -> Self { other.value < value ? other : self }
  /// The larger by value.
  @inline(__always) func maximum(_ other: Self) -> Self { other.value > value ? other : self }
  /// Clamped to `lower…upper` (a clamped value has no gradient).
  @inline(__always) func clamped(_ lower: Double, _ upper: Double) -> Self {
    if value < lower { return Self(constant: lower) }
    if value > upper { return Self(constant: upper) }
    return self
  }
}

extension Double: FSRSNumber {
  init(constant: Double) { self = constant }
  var value: Double { self }
  @inline(__always) func exp() -> Double { Foundation.exp(self) }
  @inline(__always) func log() -> Double { Foundation.log(self) }
  @inline(__always) func pow(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
  @inline(__always) func shifted(by c: Double) -> Double { self + c }
  @inline(__always) func scaled(by c: Double) -> Double { self * c }
}

/// A value with its partial derivatives with respect to w0 … w20 (forward-mode
/// differentiation).
struct FSRSDual: FSRSNumber {
  var value: Double
  var gradient: FSRSGradient

  init(constant: Double) {
    value = constant
    gradient = .zero
  }

  init(value: Double, gradient: FSRSGradient) {
    self.value = value
    self.gradient = gradient
  }

  /// Parameter `index` with value `value`: derivative 1 with respect to itself.
  init(parameter value: Double, index: Int) {
    self.value = value
    gradient = .zero
    gradient[index] = 1
  }

  @inline(__always) static func + (lhs: FSRSDual, rhs: FSRSDual) -> FSRSDual {
    FSRSDual(value: lhs.value + rhs.value, gradient: lhs.gradient + rhs.gradient)
  }
  @inline(__always) static func - (lhs: FSRSDual, rhs: FSRSDual) -> FSRSDual {
    FSRSDual(value: lhs.value - rhs.value, gradient: lhs.gradient - rhs.gradient)
  }
  @inline(__always) static func * (lhs: FSRSDual, rhs: FSRSDual) -> FSRSDual {
    FSRSDual(
      value: lhs.value * rhs.value, gradient: rhs.value * lhs.gradient + lhs.value * rhs.gradient)
  }
  @inline(__always) static func / (lhs: FSRSDual, rhs: FSRSDual) -> FSRSDual {
    let q = lhs.value / rhs.value
    return FSRSDual(value: q, gradient: (lhs.gradient - q * rhs.gradient) / rhs.value)
  }
  @inline(__always) func shifted(by c: Double) -> FSRSDual {
    FSRSDual(value: value + c, gradient: gradient)
  }
  @inline(__always) func scaled(by c: Double) -> FSRSDual {
    FSRSDual(value: value * c, gradient: gradient * c)
  }
  @inline(__always) func exp() -> FSRSDual {
    let e = Foundation.exp(value)
    return FSRSDual(value: e, gradient: e * gradient)
  }
  @inline(__always) func log() -> FSRSDual {
    FSRSDual(value: Foundation.log(value), gradient: gradient / value)
  }
  @inline(__always) func pow(_ exponent: FSRSDual) -> FSRSDual {
    let p = Foundation.pow(value, exponent.value)
    let lnBase = Foundation.log(value)
    return FSRSDual(
      value: p,
      gradient: p * (exponent.gradient * lnBase + exponent.value / value * gradient))
  }
}
