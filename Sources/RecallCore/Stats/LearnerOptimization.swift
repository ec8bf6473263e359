import Foundation

/// What `recall optimize` finds for one learner: FSRS-6 parameters fitted to their own answers,
/// how the defaults, the parameters in use and the fit predict those answers, and the next
/// week's workload with the parameters in use and with the fit.
public struct LearnerOptimization: Hashable, Sendable {
  /// Whether the fit should replace the parameters in use.
  public enum Outcome: Hashable, Sendable {
    /// Too few training items to fit: `items` of the `needed`.
    case tooLittleHistory(items: Int, needed: Int)
    /// The fit predicts the learner's answers better than the parameters in use.
    case better
    /// The fit predicts them no better (log loss not lower): keep what is in use.
    case noBetter
  }

  /// What to do with the fit.
  public var outcome: Outcome
  /// Answers in the history (undone ones left out).
  public var reviews: Int
  /// Training items: answers on a later study day than the card's previous answer.
  public var items: Int
  /// The fitted weights (FSRS-6's defaults when there was too little history).
  public var fittedWeights: [Double]
  /// The defaults scored on the history.
  public var defaults: FSRSEvaluation
  /// The parameters in use (the defaults, or an earlier fit) scored on the history.
  public var current: FSRSEvaluation
  /// The fit scored on the history.
  public var fitted: FSRSEvaluation
  /// Cards due on each of the next `Workload.days` days with the parameters in use.
  public var workloadCurrent: [Int]
  /// The same with the fitted parameters.
  public var workloadFitted: [Int]

  /// Fits the standing answers of `history` (days counted as `settings` counts them, in
  /// `timeZone`) and compares the fit with `settings`' parameters on that history and on the
  /// workload of `progress`'s cards from `now`. Too little history fits nothing.
  public init(
    history: JournalHistory, progress: LearnerProgress, settings: LearnerSettings, now: Date,
    timeZone: TimeZone = .current
  ) {
    let studyDay = settings.studyDay(timeZone: timeZone)
    let histories = FSRSTrainingItems.histories(
      from: Self.reviews(of: history), studyDay: studyDay)
    let reviews = histories.reduce(0) { $0 + $1.steps.count }
    let items = histories.reduce(0) { $0 + $1.itemCount }
    let current = settings.parameters
    self.reviews = reviews
    self.items = items
    defaults = FSRSEvaluation.evaluate(
      parameters: SchedulerSettings.defaultParameters, on: histories)
    self.current = FSRSEvaluation.evaluate(parameters: current, on: histories)
    let currentScheduler = Scheduler(settings: settings.schedulerSettings)
    workloadCurrent = Workload.reviewsPerDay(
      progress: progress, scheduler: currentScheduler, now: now, day: studyDay)
    guard items >= FSRSFitter.minimumItems else {
      outcome = .tooLittleHistory(items: items, needed: FSRSFitter.minimumItems)
      fittedWeights = SchedulerSettings.defaultParameters
      fitted = defaults
      workloadFitted = workloadCurrent
      return
    }
    let fitter = FSRSFitter(relearningSteps: settings.schedulerSettings.relearningSteps.count)
    fittedWeights = fitter.fit(histories).parameters
    fitted = FSRSEvaluation.evaluate(parameters: fittedWeights, on: histories)
    var fittedSettings = settings.schedulerSettings
    fittedSettings.parameters = fittedWeights
    workloadFitted = Workload.reviewsPerDay(
      progress: progress, scheduler: Scheduler(settings: fittedSettings), now: now, day: studyDay)
    outcome = fitted.logLoss < self.current.logLoss ? .better : .noBetter
  }

  /// The fit as the settings keep it, dated `now`.
  public func parameters(fittedAt now: Date) -> FittedParameters {
    FittedParameters(weights: fittedWeights, fittedAt: now, reviews: reviews, items: items)
  }

  /// More training items needed before a fit can be made (0 when there are enough).
  public var itemsNeeded: Int { max(0, FSRSFitter.minimumItems - items) }

  /// The standing answers of `history` as a review log, cards named `deck/card`.
  static func reviews(of history: JournalHistory) -> [FSRSLogReview] {
    var reviews: [FSRSLogReview] = []
    reviews.reserveCapacity(history.standingCount)
    let names = history.names
    history.forEachStanding { answer in
      let deck = Int(answer.deck)
      let card = Int(answer.card)
      guard names.indices.contains(deck), names.indices.contains(card),
        (1...4).contains(answer.rating)
      else { return }
      reviews.append(
        FSRSLogReview(
          cardID: names[deck] + "/" + names[card], rating: Int(answer.rating),
          time: Date(timeIntervalSince1970: answer.at)))
    }
    return reviews
  }
}
