benchmarkFSRS()
benchmarkQueue()
benchmarkGeneration()
