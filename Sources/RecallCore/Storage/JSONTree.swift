/// A JSON document as `JSONTokenizer` reads it: values whose strings and numbers are still
/// bytes, for the readers that turn them into recall's types without `JSONDecoder` (the fast
/// reader of journal lines and snapshots, replay input).
///
/// Built without recursion; nested no deeper than the tokeniser allows.
enum JSONTree {
  /// One value.
  enum Value {
    /// A string's UTF-8 bytes, escapes decoded.
    case string(ArraySlice<UInt8>)
    /// A number's text.
    case number(ArraySlice<UInt8>)
    case bool(Bool)
    case null
    case object(Object)
    case array([Value])
  }

  /// An object's members in the order written. Journal lines and card states have a dozen
  /// keys at most, found faster by a look along the list than by hashing a `String` made for
  /// each.
  struct Object {
    private(set) var keys: [ArraySlice<UInt8>] = []
    private(set) var values: [Value] = []
    /// True when a key is written twice (readers that must agree with `JSONDecoder` give up).
    private(set) var hasDuplicateKeys = false
    /// Keys seen, kept only once an object is large (a snapshot's cards), for duplicates.
    private var large: Set<ArraySlice<UInt8>>?

    var count: Int { keys.count }

    /// The value of the first member named `key`, nil when absent.
    subscript(key: String) -> Value? {
      let found = key.utf8.withContiguousStorageIfAvailable { wanted in
        keys.firstIndex { $0.count == wanted.count && $0.elementsEqual(wanted) }
      }
      guard let index = found ?? keys.firstIndex(where: { $0.elementsEqual(key.utf8) }) else {
        return nil
      }
      return values[index]
    }

    /// Adds a member at the end.
    mutating func add(_ key: ArraySlice<UInt8>, _ value: Value) {
      if var seen = large {
        large = nil  // so that `seen` is the only reference and grows in place
        if !seen.insert(key).inserted { hasDuplicateKeys = true }
        large = seen
      } else {
        if keys.contains(key) { hasDuplicateKeys = true }
        if keys.count == 16 { large = Set(keys + [key]) }
      }
      keys.append(key)
      values.append(value)
    }

    /// Each member's key, as text, and value.
    var members: some Sequence<(String, Value)> {
      zip(keys.lazy.map { String(decoding: $0, as: UTF8.self) }, values)
    }
  }

  /// The document in `bytes`, or the syntax error that stopped the tokeniser.
  static func parse(_ bytes: ArraySlice<UInt8>, allowsTrailingCommas: Bool = false)
    throws(JSONSyntaxError) -> Value
  {
    var tokens = JSONTokenizer(bytes, allowsTrailingCommas: allowsTrailingCommas)
    // The open containers, innermost last, each kind on its own stack so that adding to the
    // innermost one mutates it in place.
    var isObject: [Bool] = []
    var objects: [Object] = []
    var arrays: [[Value]] = []
    var keys: [ArraySlice<UInt8>] = []
    var document = Value.null
    while let token = try tokens.next() {
      let value: Value
      switch token {
      case .objectStart:
        isObject.append(true)
        objects.append(Object())
        continue
      case .arrayStart:
        isObject.append(false)
        arrays.append([])
        continue
      case .key(let key):
        keys.append(key)
        continue
      case .objectEnd:
        isObject.removeLast()
        value = .object(objects.removeLast())
      case .arrayEnd:
        isObject.removeLast()
        value = .array(arrays.removeLast())
      case .string(let text): value = .string(text)
      case .number(let text): value = .number(text)
      case .bool(let flag): value = .bool(flag)
      case .null: value = .null
      }
      switch isObject.last {
      case true?: objects[objects.count - 1].add(keys.removeLast(), value)
      case false?: arrays[arrays.count - 1].append(value)
      case nil: document = value
      }
    }
    return document
  }
}
