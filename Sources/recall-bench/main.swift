benchmarkFSRS()
