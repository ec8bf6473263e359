/// A sentence's words with their parts of speech and its noun phrases: what the definition
/// rules match against, instead of substrings.
struct SentenceAnalysis {
  /// The sentence.
  let text: String
  /// Its words and punctuation, tagged.
  let tokens: [Token]
  /// Each token lower-cased.
  let lower: [String]
  /// The base noun phrases, as token ranges in order ("the inner cell mass", "stem cells").
  let chunks: [Range<Int>]
  private let bytes: [UInt8]
  private let frontedLength: Int

  /// Analyses `text` with `tagger`; without one, tokens are tagged by their spelling alone.
  /// `lowercased` are words the article writes in lower case somewhere: a sentence's first
  /// word that is one of them is a common noun, not a name ("Tropomyosin blocks …" where the
  /// article also says "tropomyosin").
  init(_ text: String, tagger: PartOfSpeechTagger?, lowercased: Set<String> = []) {
    self.text = text
    bytes = Array(text.utf8)
    var tokens = tagger?.tag(text: text) ?? Tokenizer.tokenize(text)
    let lower = tokens.map { $0.text.lowercasedText() }
    if let first = tokens.first, first.tag == .propn, lowercased.contains(lower[0]) {
      tokens[0].tag = .noun
    }
    Self.correctWordsReadAsNumbers(&tokens, lower)
    Self.correctRomanNumerals(&tokens)
    Self.correctThirdPersonVerbs(&tokens, lower)
    Self.correctIzeVerbs(&tokens, lower)
    if let common = CommonWords.shipped {
      Self.correctParticiples(&tokens, lower, verbs: common.verbs)
      Self.correctVerbsAfterRelatives(&tokens, lower, verbs: common.verbs)
      Self.correctMissingVerb(&tokens, lower, verbs: common.verbs)
      Self.correctInfinitives(&tokens, lower, verbs: common.verbs)
      Self.correctUnknownNouns(&tokens, lower, common: common.words)
    }
    self.tokens = tokens
    self.lower = lower
    chunks = NounPhraseChunker.chunks(tokens.map(\.tag), words: lower)
    frontedLength = Self.frontedLength(tokens, lower)
  }

  /// "without oxygen - anaerobic organisms": a word of letters only is no number, though
  /// the tagger, seeing a dash after it as in "13 - 30", may call it one; number words stay.
  static func correctWordsReadAsNumbers(_ tokens: inout [Token], _ lower: [String]) {
    for index in tokens.indices where tokens[index].tag == .num {
      let word = lower[index]
      guard word.count >= 3, word.allSatisfy({ $0.isLetter }), !Lexicon.numberWords.contains(word),
        !word.allSatisfy({ "ivxlcdm".contains($0) })
      else { continue }
      tokens[index].tag = .noun
    }
  }

  /// "meiosis I is …", "photosystem II", "prophase I,": a Roman numeral after a noun is part
  /// of its name, though the tagger reads "I" as the pronoun; not "the results I found".
  static func correctRomanNumerals(_ tokens: inout [Token]) {
    for index in tokens.indices.dropFirst() {
      let text = tokens[index].text
      guard ["I", "II", "III", "IV"].contains(text),
        [.noun, .propn].contains(tokens[index - 1].tag),
        tokens[index - 1].text.first?.isLowercase == true || text != "I"
      else { continue }
      let next = index + 1 < tokens.count ? tokens[index + 1].tag : .punct
      if text == "I", next == .verb { continue }
      tokens[index].tag = .noun
    }
  }

  /// "Service firms utilize equipment": a word in -ize (or -izes) of six letters or more after
  /// a noun and before a phrase is a verb ("utilize", "catalyze", "organize"), though the
  /// tagger, reading a run of nouns, may call it one; "size" and "prize" are too short.
  static func correctIzeVerbs(_ tokens: inout [Token], _ lower: [String]) {
    guard tokens.count >= 3 else { return }
    for index in 1..<(tokens.count - 1) {
      let word = lower[index]
      guard tokens[index].tag == .noun, word.hasSuffix("ize") || word.hasSuffix("izes"),
        word.count >= 6, [.noun, .propn].contains(tokens[index - 1].tag),
        [.noun, .adj, .det, .num, .propn, .pron].contains(tokens[index + 1].tag)
      else { continue }
      tokens[index].tag = .verb
    }
  }

  /// "authorized Genêt to issue letters of marque": after the infinitive marker "to" (tagged
  /// as a particle), a word English uses as a verb is the verb, though the tagger may have
  /// read it as a noun.
  static func correctInfinitives(_ tokens: inout [Token], _ lower: [String], verbs: Set<String>) {
    for index in tokens.indices.dropFirst() where tokens[index].tag == .noun {
      guard lower[index - 1] == "to", tokens[index - 1].tag == .part, verbs.contains(lower[index])
      else { continue }
      tokens[index].tag = .verb
    }
  }

  /// "The body releases histamine": a word in -s after a singular noun and before a noun
  /// phrase is the verb, though the tagger, reading three nouns, may call it one.
  static func correctThirdPersonVerbs(_ tokens: inout [Token], _ lower: [String]) {
    guard tokens.count >= 4 else { return }
    for index in 2..<(tokens.count - 1) {
      let word = lower[index]
      let before = lower[index - 1]
      guard tokens[index].tag == .noun, tokens[index - 1].tag == .noun,
        tokens[index - 2].tag == .det, word.count > 3, word.hasSuffix("s"),
        !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"),
        !Inflection.isPlural(before),
        [.noun, .adj, .det, .num, .propn].contains(tokens[index + 1].tag)
      else { continue }
      tokens[index].tag = .verb
    }
  }

  /// "a blastocyst forms …", "is an autotroph.": a word unknown to everyday English after an
  /// article and before a verb, preposition or punctuation is a noun, though the tagger,
  /// never having seen it, may call it an adjective.
  static func correctUnknownNouns(_ tokens: inout [Token], _ lower: [String], common: Set<String>) {
    guard tokens.count >= 2 else { return }
    for index in 1..<tokens.count where tokens[index].tag == .adj {
      let next = index + 1 < tokens.count ? tokens[index + 1].tag : .punct
      guard ["a", "an", "the"].contains(lower[index - 1]),
        [.verb, .aux, .adp, .punct, .noun].contains(next), !common.contains(lower[index]),
        lower[index].allSatisfy(\.isLetter)
      else { continue }
      tokens[index].tag = next == .noun ? .adj : .noun
    }
    // "The collective unconscious, as described by Jung, is …": adjectives after "the" with
    // no noun, opening the sentence before a comma or its verb, name a thing.
    var last = 1
    while last < tokens.count, tokens[last].tag == .adj { last += 1 }
    if lower[0] == "the", last >= 3, last < tokens.count,
      [",", "is", "are"].contains(lower[last])
    {
      tokens[last - 1].tag = .noun
    }
  }

  /// "Tropomyosin blocks myosin …", "Ependymal cells line the ventricles …": a main clause
  /// with no finite verb has one the tagger took for a noun, the first word after the subject's
  /// noun that can be a verb and agrees with it.
  static func correctMissingVerb(_ tokens: inout [Token], _ lower: [String], verbs: Set<String>) {
    let end = lower.firstIndex { [",", ";", ":", "(", "—", "–"].contains($0) } ?? lower.count
    // "proteins called cytokines": a naming participle is no main verb.
    let finite = (0..<end).contains { index in
      tokens[index].tag == .aux
        || (tokens[index].tag == .verb && !lower[index].hasSuffix("ing")
          && !NounPhraseChunker.namingWords.contains(lower[index]))
    }
    guard !finite, end >= 3 else { return }
    for index in 1..<end where tokens[index].tag == .noun || tokens[index].tag == .propn {
      // After the subject's last word: a noun, or an unknown word the tagger called an
      // adjective ("a blastocyst forms …").
      guard [.noun, .propn, .adj].contains(tokens[index - 1].tag) else { continue }
      let word = lower[index]
      let singularSubject = !Inflection.isPlural(lower[index - 1])
      let agrees: Bool
      if word.hasSuffix("s"), !word.hasSuffix("ss") {
        let stems = [String(word.dropLast()), String(word.dropLast(2))]
        agrees = singularSubject && (verbs.contains(word) || stems.contains(where: verbs.contains))
      } else {
        agrees = !singularSubject && verbs.contains(word)
      }
      guard agrees else { continue }
      tokens[index].tag = .verb
      return
    }
  }

  /// "undifferentiated biological cells": a participle no everyday text uses as a verb,
  /// before a noun phrase, describes the noun.
  static func correctParticiples(_ tokens: inout [Token], _ lower: [String], verbs: Set<String>) {
    guard tokens.count >= 2 else { return }
    for index in 0..<(tokens.count - 1)
    where tokens[index].tag == .verb && !verbs.contains(lower[index])
      && (lower[index].hasSuffix("ed") || lower[index].hasSuffix("ing"))
      && [.adj, .noun].contains(tokens[index + 1].tag)
    {
      tokens[index].tag = .adj
    }
  }

  /// "vesicles that house neurotransmitters": right after "that", "which" or "who", a word
  /// that can be a verb and is followed by a noun phrase is the relative clause's verb.
  static func correctVerbsAfterRelatives(
    _ tokens: inout [Token], _ lower: [String], verbs: Set<String>
  ) {
    guard tokens.count >= 3 else { return }
    for index in 1..<(tokens.count - 1)
    where ["that", "which", "who"].contains(lower[index - 1]) && tokens[index].tag == .noun
      && ([.noun, .det, .adj, .propn].contains(tokens[index + 1].tag)
        || (tokens[index + 1].tag == .verb && lower[index + 1].hasSuffix("ed")))
      && verbs.contains(lower[index])
    {
      tokens[index].tag = .verb
    }
  }

  /// The number of tokens.
  var count: Int { tokens.count }

  /// The tag of token `index`, or `.x` past either end.
  func tag(_ index: Int) -> UPOS { tokens.indices.contains(index) ? tokens[index].tag : .x }

  /// Token `index` lower-cased, or "" past either end.
  func word(_ index: Int) -> String { lower.indices.contains(index) ? lower[index] : "" }

  /// The text of tokens `range` as the sentence spells and spaces them.
  func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else {
      return ""
    }
    let start = tokens[range.lowerBound].start
    let end = tokens[range.upperBound - 1].end
    guard start <= end, end <= bytes.count else { return "" }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The text from token `index` to the end, without the final full stop.
  func rest(from index: Int) -> String {
    var end = count
    while end > index, [".", "!", "?"].contains(word(end - 1)) { end -= 1 }
    return text(index..<end)
  }

  /// True when token `index` has white space (or the sentence's edge) on both sides.
  func isSpaced(_ index: Int) -> Bool {
    guard tokens.indices.contains(index) else { return false }
    let start = tokens[index].start
    let end = tokens[index].end
    let before = start == 0 || bytes[start - 1] == 0x20
    let after = end >= bytes.count || bytes[end] == 0x20
    return before && after
  }

  /// The token range of a bold or italic phrase that ends just before token `index`.
  func emphasised(endingBefore index: Int, _ bold: [String]) -> Range<Int>? {
    for phrase in bold {
      let words = Tokenizer.tokenize(phrase).map { $0.text.lowercased() }
      let start = index - words.count
      if !words.isEmpty, start >= 0, matches(words, at: start) { return start..<index }
    }
    return nil
  }

  /// The noun phrase that starts at token `index`, if one does.
  func chunk(startingAt index: Int) -> Range<Int>? {
    chunks.first { $0.lowerBound == index }
  }

  /// The noun phrase that ends just before token `index`, if one does.
  func chunk(endingBefore index: Int) -> Range<Int>? {
    chunks.last { $0.upperBound == index }
  }

  /// The noun phrase ending just before token `index` with the phrases it is "of": "the
  /// first phase of ingestion", "intermediates of dsRNA".
  func nounPhrase(endingBefore index: Int) -> Range<Int>? {
    guard var phrase = chunk(endingBefore: index) else { return nil }
    while ["of", "in"].contains(word(phrase.lowerBound - 1)),
      let head = chunk(endingBefore: phrase.lowerBound - 1)
    {
      phrase = head.lowerBound..<phrase.upperBound
    }
    return phrase
  }

  /// The first token at or after `index` that is not an adverb: where a verb or complement
  /// stands after "also", "often", "usually".
  func skippingAdverbs(from index: Int) -> Int {
    var verb = index
    while tag(verb) == .adv { verb += 1 }
    return verb
  }

  /// The first auxiliary or verb at or after `from`, where the predicate starts.
  func firstVerbGroup(from: Int) -> Int? {
    guard from < count else { return nil }
    return (max(from, 0)..<count).first { [.aux, .verb].contains(tag($0)) }
  }

  /// Where the clause that goes on at `index` ends: a semicolon, the final stop, or a comma
  /// before "but", "so", "yet" or "while".
  func clauseEnd(from index: Int) -> Int {
    var end = index
    while end < count, ![";", ".", "!", "?"].contains(word(end)),
      !(word(end) == "," && ["but", "so", "yet", "while"].contains(word(end + 1)))
    {
      end += 1
    }
    return end
  }

  /// The first token at or after `from` whose lower-cased text is `word`.
  func index(of word: String, from: Int = 0) -> Int? {
    guard from < count else { return nil }
    return (max(from, 0)..<count).first { lower[$0] == word }
  }

  /// True when the words from `index` on are `words`.
  func matches(_ words: [String], at index: Int) -> Bool {
    guard index >= 0, index + words.count <= count else { return false }
    return words.indices.allSatisfy { lower[index + $0] == words[$0] }
  }

  /// The token range of a phrase that was set in bold or italics, when one starts at `index`.
  func emphasised(at index: Int, _ bold: [String]) -> Range<Int>? {
    for phrase in bold {
      let words = Tokenizer.tokenize(phrase).map { $0.text.lowercased() }
      if !words.isEmpty, matches(words, at: index) { return index..<(index + words.count) }
    }
    return nil
  }

  /// True when the sentence gives an example ("For example, calcium is …", "Oxygen, for
  /// instance, has …"): what it says of its subject is an instance, not a definition.
  var givesExample: Bool {
    let verb = firstVerbGroup(from: subjectStart) ?? count
    return (0..<max(verb, 1)).contains { index in
      word(index) == "for" && ["example", "instance"].contains(word(index + 1))
    } || word(0) == "e.g."
  }

  /// Where the sentence's own subject starts: after a fronted phrase and its comma ("In
  /// short, ecology is …", "In biology, a cell is …", "However, …"), else 0.
  var subjectStart: Int { frontedLength }

  /// How many tokens come before the sentence's own subject: "Recall that", or a fronted
  /// phrase up to the comma before the noun phrase that the main verb follows ("In short,
  /// ecology is …", "In contrast to X, in which learning occurs …, observational learning is
  /// …"); 0 when the sentence opens with its subject.
  static func frontedLength(_ tokens: [Token], _ lower: [String]) -> Int {
    if ["recall", "note", "remember"].contains(lower.first ?? ""), lower.dropFirst().first == "that"
    {
      return 2
    }
    guard let first = tokens.first?.tag else { return 0 }
    // "Present in small amounts in the membrane, inositol phospholipids are …", "Found in
    // all cells, ribosomes are …": a fronted participle or adjective with its phrase.
    let participle =
      (first == .verb && (lower[0].hasSuffix("ed") || lower[0].hasSuffix("ing")))
      || ((first == .adj || first == .verb) && tokens.count > 1 && tokens[1].tag == .adp)
    guard
      first == .adp || first == .adv || first == .sconj || first == .cconj || participle
        || DefiningPatterns.connectives.contains(lower[0])
    else { return 0 }
    var lastComma: Int?
    for index in tokens.indices {
      if lower[index] == "," {
        lastComma = index
        continue
      }
      let tag = tokens[index].tag
      guard tag == .aux || (tag == .verb && !lower[index].hasSuffix("ing")), let comma = lastComma
      else { continue }
      // The words between the comma and the verb must make a noun phrase.
      let subject = (comma + 1)..<index
      let nominal: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .adv]
      if !subject.isEmpty,
        subject.allSatisfy({ nominal.contains(tokens[$0].tag) || lower[$0] == "of" }),
        [.noun, .propn].contains(tokens[index - 1].tag)
      {
        return comma + 1
      }
    }
    // "In contrast, dispositionism holds that …": a short opener and its comma, when the verb
    // after it was not recognised.
    if !participle, let comma = lower.prefix(5).firstIndex(of: ","), comma > 0,
      (0..<comma).allSatisfy({ ![.verb, .aux].contains(tokens[$0].tag) })
    {
      return comma + 1
    }
    return 0
  }
}
