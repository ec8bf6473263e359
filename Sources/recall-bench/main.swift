benchmarkStats()
benchmarkFSRS()
benchmarkQueue()
benchmarkGeneration()
