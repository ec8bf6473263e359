benchmarkStats()
benchmarkFSRS()
benchmarkGeneration()
