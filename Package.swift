// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "recall",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "recall", targets: ["recall"]),
    .library(name: "RecallCore", targets: ["RecallCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    .systemLibrary(
      name: "CZstd",
      providers: [.apt(["libzstd-dev"])]
    ),
    .target(
      name: "RecallCore",
      dependencies: [
        "CZstd",
        .product(name: "SwiftCSV", package: "SwiftCSV"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [
        .copy("Resources/pos-tagger.model"),
        .copy("Resources/common-words.txt"),
        .copy("Resources/pos-tagger.LICENSE.md"),
      ]
    ),
    .executableTarget(
      name: "recall",
      dependencies: [
        "RecallCore",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Rainbow", package: "Rainbow"),
      ]
    ),
    .executableTarget(
      name: "recall-train-tagger",
      dependencies: ["RecallCore"]
    ),
    .executableTarget(
      name: "recall-bench",
      dependencies: ["RecallCore"]
    ),
    .testTarget(
      name: "RecallCoreTests",
      dependencies: ["RecallCore"]
    ),
    .testTarget(
      name: "recallTests",
      dependencies: [
        "recall", "RecallCore",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
  ]
)
