// recall-bench [fsrs|generation|progress]: with no argument, every benchmark.
let only = Set(CommandLine.arguments.dropFirst())
if only.isEmpty || only.contains("fsrs") { benchmarkFSRS() }
if only.isEmpty || only.contains("generation") { benchmarkGeneration() }
if only.isEmpty || only.contains("progress") { benchmarkProgress() }
