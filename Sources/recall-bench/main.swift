// recall-bench [fsrs|queue|generation|progress|stats|deft|pool|fit|apkg]: with no argument, every
// benchmark. deft and pool measure the generator's quality on text nobody tuned it for (a few
// seconds; each says so and skips when its data is missing). deft takes `--subject NAME` and
// `--split dev|train`.
let arguments = Array(CommandLine.arguments.dropFirst())
let only = Set(arguments.prefix { !$0.hasPrefix("--") })
if only.isEmpty || only.contains("fsrs") { benchmarkFSRS() }
if only.isEmpty || only.contains("queue") { benchmarkQueue() }
if only.isEmpty || only.contains("generation") { benchmarkGeneration() }
if only.isEmpty || only.contains("progress") { benchmarkProgress() }
if only.isEmpty || only.contains("stats") { benchmarkStats() }
if only.isEmpty || only.contains("deft") { benchmarkDeft() }
if only.isEmpty || only.contains("pool") { benchmarkPool() }
if only.isEmpty || only.contains("fit") { benchmarkFit() }
if only.isEmpty || only.contains("apkg") { benchmarkAnki() }
