benchmarkGeneration()
