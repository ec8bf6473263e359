import Foundation
import GRDB

/// Builds the schema-11 SQLite collection of an export (see `AnkiExport`).
enum AnkiCollectionWriter {
  /// The tables Anki's schema 11 has, as recall writes them.
  static let schema = """
    CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
      scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
      ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
      dconf text NOT NULL, tags text NOT NULL);
    CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
      mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
      sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
    CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
      ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
      queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
      reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
      odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
    CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
      ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL,
      factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
    CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
    CREATE INDEX ix_notes_usn ON notes (usn);
    CREATE INDEX ix_cards_usn ON cards (usn);
    CREATE INDEX ix_revlog_usn ON revlog (usn);
    CREATE INDEX ix_cards_nid ON cards (nid);
    CREATE INDEX ix_cards_sched ON cards (did, queue, due);
    CREATE INDEX ix_revlog_cid ON revlog (cid);
    CREATE INDEX ix_notes_csum ON notes (csum);
    """

  static func write(
    _ deck: Deck, deckKey: String, learner: ExportedLearner?, to file: URL, now: Date
  ) throws -> AnkiExport.Summary {
    let settings = learner?.settings ?? LearnerSettings()
    let day = settings.studyDay()
    let created = Int64(day.start(of: now).timeIntervalSince1970)
    let millis = Int64(now.timeIntervalSince1970 * 1000)
    let deckID = millis
    var modelIDs: [CardKind: Int64] = [:]
    for (index, kind) in CardKind.allCases.enumerated()
    where deck.cards.contains(where: { $0.kind == kind }) {
      modelIDs[kind] = millis + 1 + Int64(index)
    }
    let queue = try DatabaseQueue(path: file.path)
    var reviews = 0
    try queue.write { db in
      try db.execute(sql: schema)
      try db.execute(
        sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
        arguments: [
          created, millis, millis, json(conf(deck: deckID, model: modelIDs.values.min() ?? 0)),
          json(
            Dictionary(
              uniqueKeysWithValues: modelIDs.map { kind, id in
                (String(id), AnkiNoteTypes.model(kind, id: id, deck: deckID, modified: millis))
              })),
          json(decks(deckID, name: deck.title, modified: millis)),
          json(["1": deckConfig(settings)]),
        ])
      var cardIDs: [String: Int64] = [:]
      let progress = learner?.progress.decks[deckKey] ?? [:]
      for (position, card) in deck.cards.enumerated() {
        let id = millis + 100 + Int64(position)
        cardIDs[card.id] = id
        let fields = AnkiNoteTypes.fields(card)
        let tags = card.tags.map { $0.replacingOccurrences(of: "/", with: "::") }
        try db.execute(
          sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')",
          arguments: [
            id, AnkiCardMaker.guidPrefix + card.id, modelIDs[card.kind], millis / 1000,
            tags.isEmpty ? "" : " " + tags.joined(separator: " ") + " ",
            fields.joined(separator: "\u{1F}"), HTMLText.plain(fields[0]),
          ])
        let schedule = AnkiCardSchedule(
          progress[card.id], position: position + 1, created: created, now: now, day: day,
          retention: settings.desiredRetention)
        try db.execute(
          sql: "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)",
          arguments: [
            id, id, deckID, millis / 1000, schedule.type, schedule.queue, schedule.due,
            schedule.interval, schedule.factor, schedule.reps, schedule.lapses, schedule.left,
            schedule.data,
          ])
      }
      guard let learner else { return }
      var replay = LearnerProgress(learner: learner.progress.learner)
      let scheduler = Scheduler(settings: settings.schedulerSettings)
      var lastID: Int64 = 0
      for answer in learner.answers {
        guard let cardID = cardIDs[answer.card] else { continue }
        let record = replay.answer(
          answer.card, deck: deckKey, rating: answer.rating, at: answer.at,
          durationMs: answer.durationMs, scheduler: scheduler)
        replay.apply(record)
        lastID = max(lastID + 1, Int64((answer.at.timeIntervalSince1970 * 1000).rounded()))
        let row = AnkiRevlogRow(record, card: cardID, id: lastID)
        try db.execute(
          sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
          arguments: [
            row.id, row.card, row.ease, row.interval, row.lastInterval, row.factor, row.time,
            row.type,
          ])
        reviews += 1
      }
    }
    try queue.close()
    return AnkiExport.Summary(notes: deck.cards.count, reviews: reviews)
  }

  static func json(_ object: Any) throws -> String {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  static func conf(deck: Int64, model: Int64) -> [String: Any] {
    [
      "activeDecks": [deck], "curDeck": deck, "curModel": model, "newSpread": 0,
      "collapseTime": 1200, "timeLim": 0, "estTimes": true, "dueCounts": true,
      "sortType": "noteFld",
      "sortBackwards": false, "nextPos": 1, "addToCur": true, "dayLearnFirst": false,
      "schedVer": 2, "sched2021": true, "creationOffset": 0,
    ]
  }

  static func decks(_ id: Int64, name: String, modified: Int64) -> [String: Any] {
    func deck(_ id: Int64, _ name: String) -> [String: Any] {
      [
        "id": id, "name": name, "mod": modified / 1000, "usn": -1, "lrnToday": [0, 0],
        "revToday": [0, 0], "newToday": [0, 0], "timeToday": [0, 0], "collapsed": false,
        "browserCollapsed": false, "desc": "", "dyn": 0, "conf": 1, "extendNew": 0,
        "extendRev": 0,
      ]
    }
    let title = name.replacingOccurrences(of: "::", with: ":").trimmingCharacters(in: .whitespaces)
    return ["1": deck(1, "Default"), String(id): deck(id, title.isEmpty ? "recall" : title)]
  }

  static func deckConfig(_ settings: LearnerSettings) -> [String: Any] {
    [
      "id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true,
      "timer": 0, "replayq": true, "dyn": false,
      "new": [
        "bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0],
        "order": 1, "perDay": settings.newPerDay,
      ],
      "rev": [
        "bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500,
        "perDay": settings.reviewsPerDay, "hardFactor": 1.2,
      ],
      "lapse": ["delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0],
      "desiredRetention": settings.desiredRetention,
    ]
  }
}
