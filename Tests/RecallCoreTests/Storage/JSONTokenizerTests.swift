import Foundation
import Testing

@testable import RecallCore

/// The one JSON tokeniser: what it accepts and refuses, where it says a text goes wrong, and
/// that it agrees with Foundation's strict parser on every mutated file.
@Suite struct JSONTokenizerTests {
  private func error(_ text: String, trailingCommas: Bool = false) -> String? {
    error(Array(text.utf8), trailingCommas: trailingCommas)
  }

  private func error(_ bytes: [UInt8], trailingCommas: Bool = false) -> String? {
    do {
      _ = try JSONTree.parse(bytes[...], allowsTrailingCommas: trailingCommas)
      return nil
    } catch {
      return "\(error.position): \(error.message)"
    }
  }

  private func string(_ text: String) throws -> String {
    guard case .string(let bytes) = try JSONTree.parse(Array(text.utf8)[...]) else {
      throw JSONSyntaxError(position: .init(line: 0, column: 0), message: "not a string")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func numbersAreReadAsJSONWritesThem() {
    for valid in ["0", "-0", "12", "1.5", "-0.25", "1e5", "1E+5", "2.5e-3", "1e999"] {
      #expect(error(valid) == nil, "\(valid)")
    }
    #expect(error("01") == "line 1, column 2: invalid number: JSON allows no leading zero")
    #expect(error("[-]") == "line 1, column 3: invalid number, expected a digit")
    #expect(error("1.") == "line 1, column 3: invalid number, expected a digit after '.'")
    #expect(error("1e+") == "line 1, column 4: invalid number, expected a digit in the exponent")
    #expect(error("+1") == "line 1, column 1: unexpected character '+'")
    #expect(error("[1.2.3]") == "line 1, column 5: expected ',' or ']'")
  }

  @Test func stringsAreDecodedAndBadOnesRefused() throws {
    #expect(try string(#""plain""#) == "plain")
    #expect(try string(#""a\"b\\c\/d\n\t""#) == "a\"b\\c/d\n\t")
    #expect(try string(#""caf\u00e9 \ud83d\ude00""#) == "café 😀")
    #expect(try string("\"café\"") == "café")
    #expect(error(#""\q""#) == #"line 1, column 2: invalid escape '\q'"#)
    #expect(error(#""\ud800""#) == "line 1, column 8: unpaired surrogate in a \\u escape")
    #expect(error(#""\udc00""#)?.contains("unpaired surrogate") == true)
    #expect(error(#""\u12""#)?.contains("expected 4 hex digits") == true)
    #expect(error("\"a\tb\"")?.contains("control character 0x9 in a string") == true)
    #expect(error("\"a\nb\"") == "line 1, column 3: unterminated string")
    #expect(error("\"abc") == "line 1, column 5: unexpected end of input inside a string")
    for bad: [UInt8] in [
      [0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80],
    ] {
      #expect(error([0x22] + bad + [0x22])?.hasSuffix("invalid UTF-8") == true, "\(bad)")
    }
    #expect(error("\"\u{7F}\u{9B}\"") == nil)
  }

  @Test func structureErrorsNameWhatWasExpected() {
    #expect(error("") == "line 1, column 1: unexpected end of input: the file is empty")
    #expect(error(" \n\t") == "line 2, column 2: unexpected end of input: the file is empty")
    #expect(error("{\"a\" 1}") == "line 1, column 6: expected ':' after a key")
    #expect(error("{1:2}") == "line 1, column 2: expected a quoted key")
    #expect(error("{\"a\":1") == "line 1, column 7: unexpected end of input, expected ',' or '}'")
    #expect(error("[1] [2]") == "line 1, column 5: text after the end of the JSON value")
    #expect(error("[tru]") == "line 1, column 2: invalid literal, expected 'true'")
    #expect(
      error("{\"a\":1,}") == "line 1, column 8: a comma before '}': JSON allows no trailing comma")
    #expect(error("[1,]") == "line 1, column 4: a comma before ']': JSON allows no trailing comma")
    #expect(error("[,1]") == "line 1, column 2: unexpected character ','")
    #expect(error("[\u{1B}]") == "line 1, column 2: unexpected byte 0x1B")
  }

  @Test func trailingCommasAreTakenOnlyWhenAsked() throws {
    #expect(error("{\"a\":[1,],}", trailingCommas: true) == nil)
    #expect(error("[1,,]", trailingCommas: true) == "line 1, column 4: unexpected character ','")
    guard
      case .object(let object) = try JSONTree.parse(
        Array("{\"a\":[1,2,],}".utf8)[...], allowsTrailingCommas: true),
      case .array(let items)? = object["a"]
    else {
      Issue.record("not an object holding an array")
      return
    }
    #expect(items.count == 2)
  }

  @Test func positionsCountLinesAndCharactersAfterAByteOrderMark() {
    #expect(error([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == nil)
    #expect(
      error([0xEF, 0xBB, 0xBF] + Array("{x}".utf8)) == "line 1, column 2: expected a quoted key")
    #expect(error("{\"é\": 1,\n  \"ü\": x}") == "line 2, column 8: unexpected character 'x'")
  }

  @Test func nestingStopsAtTheLimitWithoutRecursion() {
    let limit = FileLimits.maximumNesting
    let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    #expect(error(deepest) == nil)
    let tooDeep =
      String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
    #expect(
      error(tooDeep)
        == "line 1, column \(limit + 1): arrays and objects nested more than \(limit) levels deep")
    let huge = String(repeating: "{\"a\":", count: 200_000)
    #expect(error(huge)?.contains("nested more than \(limit) levels deep") == true)
  }

  @Test func duplicateKeysAreKeptAndMarked() throws {
    guard case .object(let object) = try JSONTree.parse(Array("{\"a\":1,\"a\":2}".utf8)[...]) else {
      Issue.record("not an object")
      return
    }
    #expect(object.hasDuplicateKeys)
    #expect(object.count == 2)
    // A key written twice is never read by the fast reader: JSONDecoder decides.
    #expect(FastReader.object(.object(object)) == nil)
  }

  @Test func theLocatorFindsTheLineOfAValueByItsPath() {
    let text = Data(
      "{\n \"cards\": [\n  {\"id\": 1},\n  {\"id\": 2,\n   \"front\": \"x\"}\n ]\n}".utf8)
    #expect(JSONLocator.line(of: [], in: text) == 1)
    #expect(JSONLocator.line(of: [DeckStore.Key("cards")], in: text) == 2)
    #expect(JSONLocator.line(of: [DeckStore.Key("cards"), DeckStore.Key(1)], in: text) == 4)
    #expect(
      JSONLocator.line(
        of: [DeckStore.Key("cards"), DeckStore.Key(1), DeckStore.Key("front")], in: text)
        == 5)
    #expect(JSONLocator.line(of: [DeckStore.Key("cards"), DeckStore.Key(2)], in: text) == nil)
  }

  /// Mutated files and random JSON: the tokeniser (taking trailing commas, as Foundation does)
  /// accepts exactly what `JSONSerialization` accepts, but for numbers too large for a
  /// `Double` (which Foundation refuses and JSON allows) and nesting beyond recall's limit.
  @Test func itAgreesWithFoundationOnMutatedFiles() throws {
    var random = SeededGenerator(seed: DecoderFuzzTests.seed &+ 5)
    let samples = try DecoderFuzzTests.samples().sorted { $0.key < $1.key }.map(\.value)
    var refused = 0
    for index in 0..<4_000 {
      let data =
        index % 5 == 0
        ? Data(randomJSON(depth: 0, &random).utf8)
        : mutate(samples[index % samples.count], &random)
      let ours = error([UInt8](data), trailingCommas: true)
      let foundation = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      if let ours {
        refused += 1
        #expect(
          foundation == nil || ours.contains("levels deep"),
          "case \(index): \(ours) in \(String(decoding: data, as: UTF8.self).debugDescription)")
      } else if foundation == nil {
        #expect(
          data.range(of: Data("e999".utf8)) != nil,
          "case \(index): accepted \(String(decoding: data, as: UTF8.self).debugDescription)")
      }
    }
    #expect(refused > 1_000)
  }
}
