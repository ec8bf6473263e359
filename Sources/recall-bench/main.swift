// recall-bench [fsrs|queue|generation|progress|stats]: with no argument, every benchmark.
let only = Set(CommandLine.arguments.dropFirst())
if only.isEmpty || only.contains("fsrs") { benchmarkFSRS() }
if only.isEmpty || only.contains("queue") { benchmarkQueue() }
if only.isEmpty || only.contains("generation") { benchmarkGeneration() }
if only.isEmpty || only.contains("progress") { benchmarkProgress() }
if only.isEmpty || only.contains("stats") { benchmarkStats() }
