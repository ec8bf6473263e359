import Testing

@testable import RecallCore

/// Ways real articles phrase definitions, found in held-out articles the finder was not tuned
/// on (`immune-system.txt`, `computer-networks.txt`).
extension DefinitionFinderTests {
  @Test func aHeadingRightAboveItsParagraphIsAHeading() throws {
    let text = """
      How the Body Works

      The Basics
      The immune system is a network of cells that protects the body against infection.
      """
    let found = try #require(definition("immune system", in: text))
    #expect(found.section == ["The Basics"])
    #expect(definitions(text).count == 1)
  }

  @Test func theNounBeforeIeIsTheTermNotTheVerbPhrase() throws {
    let text =
      "Immune cells coordinate their work using cytokines, i.e. small signalling proteins that carry messages."
    let found = try #require(definitions(text).first)
    #expect(found.term == "cytokines")
    #expect(found.text == "small signalling proteins that carry messages")
  }

  @Test func anyNounThatIsAClassIsADefinition() throws {
    let text =
      "An antigen is any molecule, usually a protein on the surface of a pathogen, that the immune system can recognise as foreign."
    #expect(try #require(definition("antigen", in: text)).text.hasPrefix("any molecule"))
  }

  @Test func abbreviationsInsideOrBeforeANameAreSplitOff() throws {
    let text = """
      Cells and Networks

      Two kinds of thing are described here:

        • **Natural killer (NK) cells:** white blood cells that destroy virus-infected cells.
        • **LAN (Local Area Network):** a network limited to a small area such as a home.
        • **Cytotoxic T cells (also called killer T cells):** a type of T cell that kills infected cells.
      """
    let killers = try #require(definition("natural killer cells", in: text))
    #expect(killers.abbreviation == "NK cells")
    let lan = try #require(definition("local area network", in: text))
    #expect(lan.abbreviation == "LAN")
    let cytotoxic = try #require(definition("cytotoxic T cells", in: text))
    #expect(cytotoxic.term == "cytotoxic T cells")
    #expect(cytotoxic.aliases == ["killer T cells"])
  }

  @Test func theTermXDescribesDefinesX() throws {
    let text =
      "The term **topology** describes the physical or logical arrangement of the devices in a network."
    let found = try #require(definition("topology", in: text))
    #expect(found.text == "the physical or logical arrangement of the devices in a network")
  }

  @Test func anAsideBetweenSubjectAndVerbIsSkipped() throws {
    let text =
      "The **User Datagram Protocol (UDP)**, on the other hand, is a connectionless protocol that sends data without a connection."
    let found = try #require(definition("user datagram protocol", in: text))
    #expect(found.abbreviation == "UDP")
    #expect(found.text.hasPrefix("a connectionless protocol"))
  }

  @Test func listItemsThatSayWhatHappensAreNotDefinitionsUnlessTheListIntroducesTheirKind() {
    let text = """
      Networks

      Two common topologies are:

      - **Star topology:** every device connects to a single central switch.

      Networks make most of modern computing possible:

      - **Web browsing:** browsers use HTTP over TCP to fetch pages from servers.
      - **Video calls:** these usually run over UDP, because a late packet is worse.
      """
    let terms = definitions(text).map(\.term)
    #expect(terms == ["star topology"])
  }

  @Test func comparisonsAreNotDefinitions() {
    let text = """
      Dendritic cells are the best-known example, and macrophages can do the job too.
      Allergies are another kind of misfire.
      """
    #expect(definitions(text).isEmpty)
  }

  @Test func thisRegionIsKnownAsPointsBackToTheRegion() throws {
    let text =
      "Instead, it locks onto a small region of the antigen's surface, and this region is known as an epitope."
    let found = try #require(definition("epitope", in: text))
    #expect(found.text == "a small region of the antigen's surface")
  }

  @Test func singleCapitalsInTermsStay() throws {
    let text = "B cells are lymphocytes that mature in the bone marrow and produce antibodies."
    #expect(try #require(definitions(text).first).term == "B cells")
  }

  @Test func meansThatReadsAsWhen() throws {
    let text =
      "Herd immunity means that so many people are immune to an infection that it can no longer spread."
    #expect(
      try #require(definition("herd immunity", in: text)).text
        == "when so many people are immune to an infection that it can no longer spread")
  }

  @Test func itInTheNextSentenceDefinesTheBoldPhraseBefore() throws {
    let text =
      "Modern data networks rely on **packet switching** instead. It is a method of transmitting data in which a message is split into packets."
    let found = try #require(definition("packet switching", in: text))
    #expect(found.text.hasPrefix("a method of transmitting data"))
  }

  @Test func aRelativeClauseAfterThePlainSubjectDefinesIt() throws {
    let text =
      "The complement system, which is a group of more than 30 proteins circulating in the blood, punches holes in bacteria."
    let found = try #require(definition("complement system", in: text))
    #expect(found.text == "a group of more than 30 proteins circulating in the blood")
  }

  @Test func aColonAfterABoldPhraseDefinesIt() throws {
    let text =
      "Instead, they rely on **subnetting**: the practice of dividing a single network into smaller networks."
    let found = try #require(definition("subnetting", in: text))
    #expect(found.text == "the practice of dividing a single network into smaller networks")
  }

  @Test func itAfterABoldPhraseThatIsNotDefinedStaysRejected() {
    let text = "They sell **scaffolds** online. It is a cheap option for most labs."
    #expect(definitions(text).isEmpty)
  }

  @Test func isWhatDefines() throws {
    let text = "Net pay is what actually lands in your bank account after taxes."
    #expect(try #require(definition("net pay", in: text)).text.hasPrefix("what actually lands"))
  }

  @Test func aQuestionHeadingNamesTheTermItsAnswerDefines() throws {
    let text = """
      Money Basics

      What Is a Credit Score?
      It is a three-digit number that sums up how reliably you have repaid money in the past.
      """
    let found = try #require(definition("credit score", in: text))
    #expect(found.text.hasPrefix("a three-digit number"))
  }

  @Test func describesDefinesAFieldWordOrAStressedTermOnly() throws {
    let text = """
      Diversification describes spreading your money across many different investments.
      An *absorption spectrum* describes how strongly a pigment absorbs each wavelength of light.
      Smith describes the early experiments in great detail.
      The chapter describes the light reactions step by step.
      """
    #expect(Set(definitions(text).map(\.term)) == ["diversification", "absorption spectrum"])
  }

  @Test func aNameBeforeAColonAfterACommaIsDefinedByTheNounPhrase() throws {
    let text =
      "Keep an eye on one number in particular, net worth: the value of everything you own minus everything you owe."
    let found = try #require(definition("net worth", in: text))
    #expect(found.text.hasPrefix("the value of everything you own"))
  }

  @Test func aListOfAdjectivesBeforeANounIsADefinitionNotAProperty() throws {
    let text = """
      Carotenoids are yellow, orange, and red accessory pigments that protect chlorophyll.
      Thylakoids are flattened, disc-shaped sacs of membrane inside the chloroplast.
      The immune system is powerful, but it is not perfect.
      """
    #expect(Set(definitions(text).map(\.term)) == ["carotenoids", "thylakoids"])
  }

  @Test func theOtherNumberInBracketsIsNotPartOfTheName() throws {
    let text = "*Stomata* (singular: stoma) are tiny pores that let gases in and out of a leaf."
    #expect(try #require(definitions(text).first).term == "stomata")
  }

  @Test func partsOfTheTextAreNotTerms() {
    #expect(definitions("The equation is a summary, not a mechanism.").isEmpty)
  }

  @Test func aProperNameKeepsItsCapital() throws {
    let text =
      "The **Calvin cycle**, or light-independent reactions, is the second stage of photosynthesis."
    let found = try #require(definition("calvin cycle", in: text))
    #expect(found.term == "Calvin cycle")
    #expect(found.aliases == ["light-independent reactions"])
  }

  @Test func aReverseDefinitionSplitsOffItsAbbreviation() throws {
    let text = "The sugar that leaves the cycle is called *glyceraldehyde 3-phosphate (G3P)*."
    let found = try #require(definition("glyceraldehyde 3-phosphate", in: text))
    #expect(found.abbreviation == "G3P")
  }

  @Test func encyclopediaStyleDefinitions() throws {
    let text = """
      Volcano
      From Openpedia, the free encyclopedia

      Formation[edit]
      Magma often accumulates in a magma chamber, which is a large underground pool of molten rock.[4]
      Molten rock below the surface is called magma; once it erupts it is known as lava.
      A caldera (from Latin caldaria, "cooking pot") is a large, basin-shaped depression.
      Pahoehoe, also spelled pahoehoe, is basaltic lava with a smooth, ropy surface.
      A phreatic eruption, or steam-blast eruption, happens when groundwater is heated by magma.
      The deadliest is a pyroclastic flow (a fast-moving current of hot gas and volcanic matter).
      An active volcano is one that has erupted within the last 10,000 years.
      Fragments of rock thrown into the air are collectively known as tephra.
      Volcanoes are classified mainly by their shape.
      """
    let found = Dictionary(
      definitions(text).map { (CardID.slug($0.term), $0) }, uniquingKeysWith: { a, _ in a })
    #expect(found["magma-chamber"]?.text == "a large underground pool of molten rock")
    #expect(found["magma-chamber"]?.sentence.contains("[") == false)
    #expect(found["magma"]?.text == "molten rock below the surface")
    #expect(found["lava"] == nil, "'once it erupts it is known as lava' has no subject of its own")
    #expect(found["caldera"]?.text == "a large, basin-shaped depression")
    #expect(found["phreatic-eruption"]?.text == "when groundwater is heated by magma")
    #expect(found["phreatic-eruption"]?.aliases == ["steam-blast eruption"])
    #expect(
      found["pyroclastic-flow"]?.text == "a fast-moving current of hot gas and volcanic matter")
    #expect(
      found["active-volcano"]?.text == "a volcano that has erupted within the last 10,000 years")
    #expect(found["tephra"] != nil)
    #expect(found["deadliest"] == nil)
    #expect(found["volcanoes"] == nil)
  }

  @Test func documentationStyleDefinitions() throws {
    let text = """
      # Git Basics

      You will use Git through the CLI, short for command-line interface, which is a text-based way of controlling a program.

      A *repository* (or repo) is a project folder with the complete history of its files.

      The `HEAD` is a pointer to the commit you currently have checked out.

      To clone a repository means to download a full copy of it into a new folder.

      A merge conflict occurs when two branches change the same lines in different ways.

      | Term | Meaning |
      |------|---------|
      | Push | Upload your local commits to a remote repository. |
      """
    let found = Dictionary(
      definitions(text).map { (CardID.slug($0.term), $0) }, uniquingKeysWith: { a, _ in a })
    #expect(found["command-line-interface"]?.abbreviation == "CLI")
    #expect(found["command-line-interface"]?.text == "a text-based way of controlling a program")
    #expect(found["repository"]?.aliases == ["repo"])
    #expect(found["head"]?.term == "HEAD")
    #expect(found["clone"]?.text == "to download a full copy of a repository into a new folder")
    #expect(found["merge-conflict"]?.text.hasPrefix("when two branches change") == true)
    #expect(found["push"]?.isAdjective == true)
  }

  @Test func aOneWordNameTheArticleCapitalisesStaysCapitalised() throws {
    let text = """
      Languages

      Python is a programming language that favours readable code. Many teams choose Python for
      scripts, and Python runs on every major system.
      """
    let result = try Generator().generate(text: text)
    #expect(result.definitions.first?.term == "Python")
  }

  @Test func newsExplainerStyleDefinitions() throws {
    let text = """
      Climate, explained

      Some gases in the air absorb heat and send part of it back down. Scientists call this the greenhouse effect.
      Net zero - the point at which the gases we emit are balanced by those we remove - is the goal.
      Anything that absorbs more carbon than it releases is a carbon sink.
      And what do they mean by a carbon footprint? It's the total amount of greenhouse gas caused by a person.
      Carbon offsetting, which refers to paying for emission cuts elsewhere, is criticised.
      The report from the Intergovernmental Panel on Climate Change (IPCC), the United Nations body that reviews climate research, is out.
      Weather is what you get on a particular day; climate is the average of that weather over 30 years.
      Mitigation simply means cutting the emissions that cause warming.
      Ice is part of the problem.
      """
    let found = Dictionary(
      definitions(text).map { (CardID.slug($0.term), $0) }, uniquingKeysWith: { a, _ in a })
    #expect(found["greenhouse-effect"]?.text.hasPrefix("some gases in the air absorb heat") == true)
    #expect(found["net-zero"]?.text.hasPrefix("the point at which") == true)
    #expect(found["carbon-sink"]?.text == "anything that absorbs more carbon than it releases")
    #expect(found["carbon-footprint"]?.text.hasPrefix("the total amount") == true)
    #expect(found["carbon-offsetting"]?.text.hasPrefix("paying for emission cuts") == true)
    #expect(found["intergovernmental-panel-on-climate-change"]?.abbreviation == "IPCC")
    #expect(found["climate"]?.text.hasPrefix("the average of that weather") == true)
    #expect(found["mitigation"] != nil)
    #expect(found["ice"] == nil)
  }

  @Test func lectureNoteStyleDefinitions() throws {
    let text = """
      # Statistics

      **Example.** Population = all adults in the city; sample = the 1,000 people who answered.

      - Range = max - min (uses only two values)
      - Mean (aka the average): sum of values / number of values
      - Categorical variable -> places each individual into one of several groups
      - Positive z = above the mean; negative z = below it.
      - Rule of thumb: flag values far from the rest, then investigate.
      - Interquartile range (IQR) = Q3 - Q1, i.e. the spread of the middle 50% of the data
      """
    let found = Dictionary(
      definitions(text).map { (CardID.slug($0.term), $0) }, uniquingKeysWith: { a, _ in a })
    #expect(Set(found.keys) == ["range", "mean", "categorical-variable", "interquartile-range"])
    #expect(found["mean"]?.aliases == ["average"])
    #expect(found["interquartile-range"]?.abbreviation == "IQR")
  }

  @Test func severalTermsDefinedInOneSentenceAreEachFound() throws {
    let text =
      "Shield volcanoes are broad, gently sloping volcanoes built from fluid lava, stratovolcanoes (also called composite volcanoes) are tall, steep cones of lava and ash, and cinder cones are small hills of loose fragments."
    let found = Dictionary(
      definitions(text).map { (CardID.slug($0.term), $0) }, uniquingKeysWith: { a, _ in a })
    #expect(
      found["shield-volcanoes"]?.text == "broad, gently sloping volcanoes built from fluid lava")
    #expect(found["stratovolcanoes"]?.aliases == ["composite volcanoes"])
    #expect(found["stratovolcanoes"]?.text == "tall, steep cones of lava and ash")
    #expect(found["cinder-cones"]?.text == "small hills of loose fragments")
  }

  @Test func anAppositiveAfterABoldTermDefinesIt() throws {
    let text =
      "Each stoma is bordered by a pair of **guard cells**, curved cells that swell or shrink to open the pore."
    let found = try #require(definition("guard cells", in: text))
    #expect(found.text == "curved cells that swell or shrink to open the pore")
  }

  @Test func aParticularThingIsNoTerm() {
    let text = "You are a heterotroph; the oak tree outside your window is an autotroph."
    #expect(definitions(text).isEmpty)
  }

  @Test func aChemicalFormulaAbbreviatesItsName() {
    #expect(Abbreviations.abbreviates("CO2", "carbon dioxide"))
    #expect(!Abbreviations.abbreviates("CH4", "methane"))
    #expect(!Abbreviations.abbreviates("CO2", "carbon"))
  }
}
