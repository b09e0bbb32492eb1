// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Reader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reader", targets: ["Reader"]),
        .executable(name: "reader-bench", targets: ["ReaderBench"]),
        .executable(name: "reader-train", targets: ["ReaderTrain"]),
        .executable(name: "reader-fuzz", targets: ["ReaderFuzz"]),
        .library(name: "ReaderKit", targets: ["ReaderKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "ReaderKit",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources/Samples"), .copy("Resources/Entities")]
        ),
        .executableTarget(
            name: "Reader",
            dependencies: [
                "ReaderKit",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ReaderBench",
            dependencies: ["ReaderKit"],
            path: "Benchmarks/ReaderBench"
        ),
        .executableTarget(
            name: "ReaderTrain",
            dependencies: [
                "ReaderKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets and their invariants; Scripts/fuzz.sh builds reader-fuzz with libFuzzer.
        .target(
            name: "ReaderFuzzing",
            dependencies: ["ReaderKit"],
            path: "Fuzz/ReaderFuzzing"
        ),
        .executableTarget(
            name: "ReaderFuzz",
            dependencies: ["ReaderFuzzing"],
            path: "Fuzz/ReaderFuzz"
        ),
        .testTarget(
            name: "ReaderKitTests",
            dependencies: ["ReaderKit", "ReaderFuzzing"],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "ReaderTests",
            dependencies: ["Reader", "ReaderKit", "CNcurses"]
        ),
    ]
)
