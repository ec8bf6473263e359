import Testing

@testable import RecallCore

/// Every rule of the definition finder against its own examples: it finds the term of each
/// positive example (with the meaning it names) and nothing in each near miss.
@Suite struct DefinitionRuleExampleTests {
  static let rules = DefinitionRules.ordered.map(\.rule)

  @Test(arguments: rules.map(\.id))
  func ruleFindsItsExamplesAndIgnoresItsNearMisses(id: RuleID) throws {
    let rule = try #require(Self.rules.first { $0.id == id })
    #expect(rule.examples.contains { $0.term != nil }, "\(id) has no positive example")
    #expect(rule.examples.contains { $0.term == nil }, "\(id) has no near miss")
    for example in rule.examples {
      let tagger = try PartOfSpeechTagger.bundled.get()
      let context = SentenceContext(
        section: [], group: nil, line: 1, bold: example.bold, previous: example.previous,
        heading: example.heading,
        previousAnalysis: example.previous.map { SentenceAnalysis($0, tagger: tagger) })
      let input = RuleInput(
        text: example.sentence, analysis: SentenceAnalysis(example.sentence, tagger: tagger),
        context: context, tagger: tagger)
      let found = rule.apply(input).definitions
      if let term = example.term {
        let match = found.first { $0.names.contains { Slug.of($0) == Slug.of(term) } }
        #expect(
          match != nil, "\(id) missed \(term) in: \(example.sentence); found \(found.map(\.term))")
        if let meaning = example.meaning, let match {
          #expect(
            match.text.lowercased().contains(meaning.lowercased()),
            "\(id): '\(match.text)' lacks '\(meaning)'")
        }
      } else {
        #expect(found.isEmpty, "\(id) found \(found.map(\.term)) in near miss: \(example.sentence)")
      }
    }
  }

  @Test func everyRuleIsListedOnce() {
    let ids = Self.rules.map(\.id)
    #expect(Set(ids).count == ids.count)
  }
}

extension DefinitionRuleExampleTests {
  @Test func theProperNameIsTheTermAndTheEverydayOneAnotherName() throws {
    let tagger = try PartOfSpeechTagger.bundled.get()
    let sentence =
      "As each particle enters Earth's atmosphere, it creates a brief fiery trail; this is often"
      + " called a shooting star, but it is properly known as a meteor."
    let context = SentenceContext(
      section: [], group: nil, line: 1, bold: [], previous: nil, heading: nil,
      previousAnalysis: nil)
    let found = DefinitionRules.scan(sentence, context, tagger: tagger).definitions
    let meteor = try #require(found.first)
    #expect(meteor.term == "meteor")
    #expect(meteor.aliases.contains("shooting star"))
  }

  @Test func twoNamesJoinedByOrAreATermAndItsOtherName() {
    let make = { (term: String) in
      DefinitionRules.splittingOtherName(
        Definition(
          term: term, aliases: [], abbreviation: nil, text: "a meaning", sentence: "",
          properties: [], section: [], group: nil, line: 1, pattern: .copula, isAdjective: false))
    }
    let elasticity = make("infinite elasticity or perfect elasticity")
    #expect(elasticity.term == "infinite elasticity")
    #expect(elasticity.aliases == ["perfect elasticity"])
    let surplus = make("excess supply or a surplus")
    #expect(surplus.term == "excess supply")
    #expect(surplus.aliases == ["surplus"])
    // One word on a side is one name with "or" in it.
    #expect(make("fight or flight response").term == "fight or flight response")
  }
}
