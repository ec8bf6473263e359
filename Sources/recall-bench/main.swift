benchmarkFSRS()
benchmarkGeneration()
