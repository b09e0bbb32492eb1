// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Reader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reader", targets: ["Reader"]),
        .executable(name: "reader-fetch", targets: ["ReaderFetch"]),
        .executable(name: "reader-bench", targets: ["ReaderBench"]),
        .executable(name: "reader-train", targets: ["ReaderTrain"]),
        .executable(name: "reader-fuzz", targets: ["ReaderFuzz"]),
        .library(name: "ReaderKit", targets: ["ReaderKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "ReaderKit",
            dependencies: [
                "CLibXML2",
                "CCmarkGFM",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            resources: [.copy("Resources/Samples"), .copy("Resources/Entities")]
        ),
        .executableTarget(
            name: "Reader",
            dependencies: [
                "ReaderKit",
                "CNcurses",
                // Built with reader, not linked into it: feed fetching runs in this helper.
                "ReaderFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// The feed fetcher: the only target that loads FoundationNetworking (URLSession, libcurl).
        .executableTarget(
            name: "ReaderFetch",
            dependencies: ["ReaderKit"]
        ),
        .executableTarget(
            name: "ReaderBench",
            dependencies: ["ReaderKit", "ReaderFetch", "LoopbackHTTPServer", "CLibXML2"],
            path: "Benchmarks/ReaderBench"
        ),
        /// A tiny HTTP server on 127.0.0.1 for the feed tests and benchmarks; never shipped.
        .target(
            name: "LoopbackHTTPServer",
            path: "Tests/LoopbackHTTPServer"
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
            dependencies: ["Reader", "ReaderKit", "CNcurses", "LoopbackHTTPServer"],
            exclude: ["Fixtures"]
        ),
    ]
)
