import Foundation
import Testing

@testable import RecallCore

@Suite struct FSRSFitterTests {
  /// Parameters far enough from the defaults that a fit must move to find them.
  static let truth: [Double] = [
    0.5, 2.0, 4.5, 12.0, 5.5, 1.2, 2.2, 0.05, 1.5, 0.12, 1.1, 1.8, 0.1, 0.35, 1.9, 0.45, 2.4,
    0.6, 0.2, 0.1, 0.3,
  ]

  /// Histories drawn from `parameters`: each card's reviews come at intervals near its
  /// stability, recalled with the model's probability.
  static func synthetic(
    _ parameters: [Double], cards: Int, reviews: Int, seed: UInt64
  ) -> [FSRSCardHistory] {
    var generator = SeededGenerator(seed: seed)
    let model = FSRSModel(parameters: parameters)
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    return (0..<cards).map { card in
      var rating = 1 + Int(generator.next() % 4)
      var s = parameters[rating - 1]
      var d = min(max(model.initialDifficulty(rating), 1), 10)
      var day = Int(generator.next() % 30)
      var steps = [FSRSStep(rating: rating, deltaDays: 0, time: start + Double(day) * 86_400)]
      for _ in 1..<reviews {
        let days = max(1, Int((s * (0.3 + 2 * generator.nextUnit())).rounded()))
        let p = model.retrievability(days: Double(days), stability: s)
        rating = generator.nextUnit() < p ? 2 + Int(generator.next() % 3) : 1
        day += days
        steps.append(FSRSStep(rating: rating, deltaDays: days, time: start + Double(day) * 86_400))
        (s, d) = model.step(s: s, d: d, rating: rating, days: days)
      }
      return FSRSCardHistory(cardID: "c\(card)", steps: steps)
    }
  }

  static func utc(_ text: String) -> Date {
    ISODate.parse(text) ?? Date(timeIntervalSince1970: 0)
  }
}

// MARK: - Training items

extension FSRSFitterTests {
  @Test func daysBeginAtFourInTheMorning() {
    let reviews = [
      FSRSLogReview(cardID: "a", rating: 3, time: Self.utc("2024-05-01T22:00:00Z")),
      FSRSLogReview(cardID: "a", rating: 3, time: Self.utc("2024-05-02T03:30:00Z")),
      FSRSLogReview(cardID: "a", rating: 3, time: Self.utc("2024-05-02T04:30:00Z")),
      FSRSLogReview(cardID: "a", rating: 1, time: Self.utc("2024-05-05T04:00:00Z")),
    ]
    let history = FSRSTrainingItems.histories(from: reviews)
    #expect(history.count == 1)
    #expect(history.first?.steps.map(\.deltaDays) == [0, 0, 1, 3])
    #expect(history.first?.itemCount == 2)
  }

  @Test func reviewsAreGroupedByCardInTimeOrder() {
    let reviews = [
      FSRSLogReview(cardID: "b", rating: 2, time: Self.utc("2024-05-03T12:00:00Z")),
      FSRSLogReview(cardID: "a", rating: 3, time: Self.utc("2024-05-02T12:00:00Z")),
      FSRSLogReview(cardID: "b", rating: 4, time: Self.utc("2024-05-01T12:00:00Z")),
    ]
    let histories = FSRSTrainingItems.histories(from: reviews)
    #expect(histories.map(\.cardID) == ["b", "a"])
    #expect(histories.first?.steps.map(\.rating) == [4, 2])
    #expect(histories.first?.steps.map(\.deltaDays) == [0, 2])
  }
}

// MARK: - Model

extension FSRSFitterTests {
  @Test func aSameDayHardReviewNeverLowersStabilityAsInTheScheduler() {
    let w = SchedulerSettings.defaultParameters
    let model = FSRSModel(parameters: w)
    let scheduler = Scheduler(settings: SchedulerSettings())
    // After a first Easy the raw same-day factor for Hard is about 0.53: floored at 1.
    let hard = model.step(s: w[3], d: 1, rating: 2, days: 0).s
    #expect(hard == w[3])
    #expect(abs(hard - scheduler.shortTermStability(w[3], rating: .hard)) < 1e-12)
    // Again is not floored.
    let again = model.step(s: w[3], d: 1, rating: 1, days: 0).s
    #expect(again < w[3])
    #expect(abs(again - scheduler.shortTermStability(w[3], rating: .again)) < 1e-9)
  }
}

// MARK: - Gradients

extension FSRSFitterTests {
  @Test func gradientsMatchFiniteDifferences() {
    let histories = Self.synthetic(Self.truth, cards: 20, reviews: 8, seed: 3)
    let weights = FSRSFitter.recencyWeights(histories)
    let w = SchedulerSettings.defaultParameters
    // The batches' gradients add up to the gradient of the loss over all items.
    let batches = FSRSFitter.lengthSortedBatches(histories, weights: weights, batchSize: 32)
    #expect(batches.count == 5)
    var gradient = FSRSGradient.zero
    for batch in batches {
      gradient += FSRSFitter.lossGradient(w, histories: histories, batch: batch)
    }
    func loss(_ w: [Double]) -> Double {
      let model = FSRSModel(parameters: w)
      var total = 0.0
      for (card, history) in histories.enumerated() {
        model.run(history) { index, p in
          let y = history.steps[index].rating > 1 ? 1.0 : 0.0
          total -= weights[card][index] * (y * log(p) + (1 - y) * log(1 - p))
        }
      }
      return total
    }
    for index in [0, 2, 4, 5, 6, 8, 9, 10, 11, 13, 14, 15, 16, 20] {
      let h = 1e-6
      var up = w
      var down = w
      up[index] += h
      down[index] -= h
      let numeric = (loss(up) - loss(down)) / (2 * h)
      #expect(abs(numeric - gradient[index]) < 1e-5 + 1e-3 * abs(numeric), "w\(index)")
    }
  }
}

// MARK: - Batches

extension FSRSFitterTests {
  @Test func batchesHoldItemsOfAboutTheSameLengthEachOnce() {
    // Cards of 3 to 10 reviews: items of 2 to 10 reviews.
    let histories = (0..<40).flatMap { seed in
      Self.synthetic(Self.truth, cards: 1, reviews: 3 + seed % 8, seed: UInt64(seed)).map {
        FSRSCardHistory(cardID: "c\(seed)", steps: $0.steps)
      }
    }
    let weights = FSRSFitter.recencyWeights(histories)
    let batches = FSRSFitter.lengthSortedBatches(histories, weights: weights, batchSize: 16)
    let all = histories.reduce(0) { $0 + $1.itemCount }
    #expect(batches.map(\.items).dropLast().allSatisfy { $0 == 16 })
    #expect(batches.reduce(0) { $0 + $1.items } == all)
    var seen = Set<[Int]>()
    var longestSoFar = 0
    for batch in batches {
      let lengths = batch.cards.flatMap { card in card.indices.map { $0 + 1 } }
      #expect(lengths.count == batch.items)
      // Sorted by length: no batch holds an item shorter than one of an earlier batch.
      #expect((lengths.min() ?? 0) >= longestSoFar)
      longestSoFar = lengths.max() ?? longestSoFar
      for card in batch.cards {
        #expect(card.indices == card.indices.sorted())
        for (index, weight) in zip(card.indices, card.weights) {
          #expect(histories[card.card].steps[index].deltaDays > 0)
          #expect(weight == weights[card.card][index])
          #expect(seen.insert([card.card, index]).inserted)
        }
      }
    }
    #expect(batches.count > 2 && longestSoFar == 10)
  }

  @Test func equalLengthsKeepTheirTimeOrderAndRecentItemsWeighMore() {
    let histories = Self.synthetic(Self.truth, cards: 30, reviews: 2, seed: 4)
    let weights = FSRSFitter.recencyWeights(histories)
    // Every item has 2 reviews: the batches cut the items in time order.
    let batches = FSRSFitter.lengthSortedBatches(histories, weights: weights, batchSize: 10)
    let times = batches.map { batch in
      batch.cards.map { histories[$0.card].steps[$0.indices[0]].time }
    }
    #expect(times.count == 3)
    for (earlier, later) in zip(times, times.dropFirst()) {
      #expect((earlier.max() ?? .distantPast) <= (later.min() ?? .distantFuture))
    }
    let ordered = FSRSFitter.itemsInTimeOrder(histories).map { weights[$0.card][$0.index] }
    #expect(ordered.first == 0.25 && ordered.last == 1)
    #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0 <= $1 })
  }

  @Test func itemsOfMoreThan256ReviewsAreNotTrainedOn() {
    let long = FSRSCardHistory(
      cardID: "long",
      steps: (0..<300).map {
        FSRSStep(
          rating: 3, deltaDays: $0 == 0 ? 0 : 1,
          time: Date(timeIntervalSince1970: Double($0) * 86_400))
      })
    let weights = FSRSFitter.recencyWeights([long])
    #expect(weights[0][255] > 0)
    #expect(weights[0][256...].allSatisfy { $0 == 0 })
    let batches = FSRSFitter.lengthSortedBatches([long], weights: weights, batchSize: 512)
    #expect(batches.map(\.items) == [255])
  }
}

// MARK: - Fitting

extension FSRSFitterTests {
  @Test func fitRecoversAModelAsGoodAsTheOneThatMadeTheData() {
    let histories = Self.synthetic(Self.truth, cards: 300, reviews: 8, seed: 11)
    let fit = FSRSFitter().fit(histories)
    let truth = FSRSEvaluation.evaluate(parameters: Self.truth, on: histories)
    let fitted = FSRSEvaluation.evaluate(parameters: fit.parameters, on: histories)
    let defaults = FSRSEvaluation.evaluate(
      parameters: SchedulerSettings.defaultParameters, on: histories)
    #expect(fit.items == 300 * 7)
    #expect(fitted.logLoss <= truth.logLoss + 0.002)
    #expect(fitted.logLoss < defaults.logLoss)
  }

  @Test func fitIsDeterministic() {
    let histories = Self.synthetic(Self.truth, cards: 60, reviews: 6, seed: 5)
    #expect(FSRSFitter().fit(histories) == FSRSFitter().fit(histories))
  }

  @Test func fittedParametersStayWithinBounds() throws {
    // Everything forgotten, however soon: pushes parameters against their bounds.
    let histories = (0..<40).map { card in
      FSRSCardHistory(
        cardID: "c\(card)",
        steps: (0..<6).map {
          FSRSStep(
            rating: $0 == 0 ? 4 : 1, deltaDays: $0 == 0 ? 0 : 1,
            time: Date(timeIntervalSince1970: Double($0) * 86_400))
        })
    }
    let fit = FSRSFitter().fit(histories)
    #expect(fit.parameters.count == 21)
    try SchedulerSettings(parameters: fit.parameters).validate()
  }

  @Test func theFitKeepsW19AboveZeroAndCapsW17AndW18ForMoreRelearningSteps() {
    var w = SchedulerSettings.defaultParameters
    w[17] = 1.5
    w[18] = 1.5
    w[19] = 0
    let one = FSRSFitter().clamped(w)
    #expect(one[17] == 1.5 && one[18] == 1.5)
    #expect(one[19] == 0.01)
    let three = FSRSFitter(relearningSteps: 3).clamped(w)
    #expect(three[17] < 1.5 && three[17] == three[18])
    // A lapse of a card of stability 1 (difficulty 1, recall 0.7), then three steps of
    // e^(w17·w18): back to stability 1 at most.
    let lapse = w[11] * (pow(2, w[13]) - 1) * exp(0.3 * w[14])
    #expect(abs(lapse * exp(3 * three[17] * three[18]) - 1) < 1e-9)
  }

  @Test func fewItemsFitOnlyTheInitialStabilities() {
    let histories = Self.synthetic(Self.truth, cards: 10, reviews: 4, seed: 9)
    let fit = FSRSFitter().fit(histories)
    #expect(fit.items == 30)
    #expect(fit.parameters[4...] == SchedulerSettings.defaultParameters[4...])
    #expect(fit.parameters[0..<4] != SchedulerSettings.defaultParameters[0..<4])
    let tiny = FSRSFitter().fit(Array(histories.prefix(2)))
    #expect(tiny.items == 6)
    #expect(tiny.parameters == SchedulerSettings.defaultParameters)
  }

  @Test func historyWithoutItemsKeepsTheDefaults() {
    let histories = [
      FSRSCardHistory(
        cardID: "a",
        steps: [FSRSStep(rating: 3, deltaDays: 0, time: Date(timeIntervalSince1970: 0))])
    ]
    let fit = FSRSFitter().fit(histories)
    #expect(fit.items == 0)
    #expect(fit.parameters == SchedulerSettings.defaultParameters)
  }
}

// MARK: - Initial stabilities

extension FSRSFitterTests {
  static func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-6) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
  }

  @Test func missingInitialStabilitiesAreFilledOnFsrsRsRelations() {
    let ones = [1.0, 1, 1, 1]
    // Hard from Again and Good: 0.4^0.41 · 2.3^0.59.
    let hard = FSRSFitter.smoothedAndFilled([0.4, nil, 2.3, 10.9], counts: ones)
    #expect(Self.close(hard, [0.4, 1.1227008, 2.3, 10.9]))
    // Only Again and Good seen (as on the shared log): Hard as above, then Easy from
    // S(good) = S(hard)^0.46 · S(easy)^0.54.
    let two = FSRSFitter.smoothedAndFilled([0.2, nil, 2.5, nil], counts: [10, 0, 10, 0])
    let s1 = pow(0.2, 0.41) * pow(2.5, 0.59)
    #expect(Self.close(two, [0.2, s1, 2.5, pow(2.5 / pow(s1, 0.46), 1 / 0.54)]))
    // One rating seen: the defaults scaled by its ratio to its default.
    let one = FSRSFitter.smoothedAndFilled([nil, 0.35, nil, nil], counts: [0, 1, 0, 0])
    #expect(Self.close(one, [0.05738148, 0.35, 0.6242943, 2.2453482]))
  }

  @Test func initialStabilitiesRiseWithTheRatingTheBetterKnownOneWinning() {
    // Again above Hard: the rating seen first on more cards keeps its value.
    let moreAgain = FSRSFitter.smoothedAndFilled([1, 0.5, 2, 9], counts: [10, 5, 5, 5])
    #expect(Self.close(moreAgain, [1, 1, 2, 9]))
    let moreHard = FSRSFitter.smoothedAndFilled([1, 0.5, 2, 9], counts: [1, 5, 5, 5])
    #expect(Self.close(moreHard, [0.5, 0.5, 2, 9]))
  }

  @Test func theFitFillsTheInitialStabilitiesOfRatingsNeverSeenFirst() throws {
    // No card starts Hard or Easy: after training, w1 and w3 follow from w0 and w2.
    let histories = Self.synthetic(Self.truth, cards: 300, reviews: 8, seed: 11).filter {
      $0.steps.first.map { $0.rating == 1 || $0.rating == 3 } ?? false
    }
    let w = FSRSFitter().fit(histories).parameters
    #expect(w[4...] != SchedulerSettings.defaultParameters[4...])
    let hard = pow(w[0], 0.41) * pow(w[2], 0.59)
    #expect(abs(w[1] - hard) < 1e-9 * hard)
    #expect(abs(w[3] - pow(w[2] / pow(hard, 0.46), 1 / 0.54)) < 1e-9 * w[3])
  }
}

// MARK: - Evaluation

extension FSRSFitterTests {
  @Test func binsFollowFsrsRs() {
    #expect(FSRSEvaluation.bin(0) == 0)
    #expect(FSRSEvaluation.bin(0.5) == 3)
    #expect(FSRSEvaluation.bin(0.99) == 19)
    #expect(FSRSEvaluation.bin(1) == 19)
  }

  @Test func perfectCalibrationHasNoBinError() {
    let predictions = [0.5, 0.5, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]
    let outcomes: [Double] = [1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]
    #expect(FSRSEvaluation.rmseBins(predictions, outcomes) < 1e-9)
    #expect(FSRSEvaluation.rmseBins([0.5, 0.5], [1, 0]) == 0)
    #expect(abs(FSRSEvaluation.rmseBins([0.5], [1]) - 0.5) < 1e-12)
  }
}

// MARK: - Review logs

extension FSRSFitterTests {
  @Test func csvLogIsRead() throws {
    let text = """
      card_id,review_rating,review_time,review_duration
      1,3,2024-03-29T20:32:32.250000+00:00,25060
      2,1,2024-03-30T08:00:00Z,100

      """
    let reviews = try FSRSReviewLog.parseCSV(text)
    #expect(reviews.map(\.cardID) == ["1", "2"])
    #expect(reviews.map(\.rating) == [3, 1])
  }

  @Test func badRowsNameLineAndField() {
    func message(_ text: String) -> String? {
      do {
        _ = try FSRSReviewLog.parseCSV(text)
        return nil
      } catch {
        return error.description
      }
    }
    let header = "card_id,review_rating,review_time\n"
    #expect(
      message(header + "1,3,2024-03-29T20:32:32Z\n1,7,2024-03-30T20:32:32Z")?.hasPrefix(
        "line 3, review_rating") == true)
    #expect(message(header + "1,3,yesterday")?.hasPrefix("line 2, review_time") == true)
    #expect(message(header + "1,3")?.hasPrefix("line 2, review_time: missing") == true)
    #expect(message("id,rating\n1,3")?.hasPrefix("line 1:") == true)
  }
}

// MARK: - Journals

extension FSRSFitterTests {
  @Test func journalAnswersAreReadWithoutTheUndoneOnes() throws {
    let text = """
      {"after":{"memory":{"due":"2024-05-11T12:00:00Z","state":"review"}},"at":"2024-05-10T12:00:00Z","card":"a","deck":"d","rating":3}
      {"after":{"memory":{"due":"2024-05-12T12:00:00Z","state":"review"}},"at":"2024-05-11T12:00:00Z","card":"a","deck":"d","rating":1}
      {"event":"undo","deck":"d","card":"a","at":"2024-05-11T12:00:05Z","undoes":"2024-05-11T12:00:00Z"}
      {"after":{"memory":{"due":"2024-05-12T12:00:00Z","state":"review"}},"at":"2024-05-11T12:00:06Z","card":"a","deck":"d","rating":4}

      """
    let reviews = try FSRSReviewLog.parse(text)
    #expect(reviews.map(\.cardID) == ["d/a", "d/a"])
    #expect(reviews.map(\.rating) == [3, 4])
  }

  @Test func badJournalLineIsNamed() {
    let text = """
      {"after":{"memory":{"due":"2024-05-11T12:00:00Z","state":"review"}},"at":"2024-05-10T12:00:00Z","card":"a","deck":"d","rating":3}
      {"at":"never","card":"a","deck":"d","rating":3}
      """
    #expect(throws: ReviewLogError.self) { try FSRSReviewLog.parse(text) }
    do {
      _ = try FSRSReviewLog.parse(text)
    } catch {
      #expect(error.description.hasPrefix("line 2, "))
    }
  }
}
