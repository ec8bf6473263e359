/// Why the part-of-speech tagger could not be made ready.
public enum TaggerError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No model file was found; `path` is where it was looked for last.
  case missingModel(path: String)
  /// The model file exists but cannot be used; `path` is empty for a model given as data.
  case unreadableModel(path: String, reason: String)

  /// One line saying what went wrong and what to do about it.
  public var description: String {
    switch self {
    case .missingModel(let path):
      "tagger model not found at \(path): rebuild recall (swift build) or set RECALL_TAGGER_MODEL"
        + " to the path of pos-tagger.model"
    case .unreadableModel(let path, let reason):
      path.isEmpty
        ? "tagger model is unusable (\(reason)): retrain it with make tagger"
        : "tagger model at \(path) is unusable (\(reason)): rebuild recall (swift build),"
          + " retrain it with make tagger, or set RECALL_TAGGER_MODEL to a good copy"
    }
  }

  /// The same error about the model file at `path`.
  func at(path: String) -> TaggerError {
    switch self {
    case .missingModel: .missingModel(path: path)
    case .unreadableModel(_, let reason): .unreadableModel(path: path, reason: reason)
    }
  }
}
