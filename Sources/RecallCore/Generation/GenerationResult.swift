/// What generating from an article produced: the deck, the definitions it came from and a
/// report of what was left out.
public struct GenerationResult: Sendable {
  /// The deck of cards.
  public var deck: Deck
  /// The definitions found, in reading order.
  public var definitions: [Definition]
  /// What was found, made and rejected.
  public var report: GenerationReport
}

/// A reviewable account of a generation run.
public struct GenerationReport: Sendable {
  /// One definition found and the identifiers of the cards made from it.
  public struct Entry: Sendable {
    /// The definition.
    public var definition: Definition
    /// Identifiers of its cards, in deck order.
    public var cardIDs: [String]
  }

  /// Every definition with its cards.
  public var entries: [Entry]
  /// Sentences that looked like definitions but were not used, with the reason.
  public var rejected: [RejectedCandidate]
  /// Cards made for more than one definition (comparisons), by identifier.
  public var groupCardIDs: [String]
}
