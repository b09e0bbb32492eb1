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
        // The layers, each depending only on those above it in this list (Docs/ARCHITECTURE.md).
        /// The bundled files (sample articles, the entity model and gazetteers) and how to find them.
        .target(
            name: "ReaderResources",
            resources: [.copy("Resources/Samples"), .copy("Resources/Entities")]
        ),
        /// Display width, the sanitiser, wrapping and truncation.
        .target(name: "ReaderText"),
        /// The entity recogniser: tokens, model, gazetteers, rules; text in, spans out.
        .target(name: "ReaderEntities", dependencies: ["ReaderText", "ReaderResources"]),
        /// Articles and the formats they come in (HTML, Markdown, feeds), dates, annotations and anchoring.
        .target(name: "ReaderDocument", dependencies: ["ReaderText", "ReaderEntities", "ReaderResources", "CLibXML2", "CCmarkGFM"]),
        /// Input, key map, config, state, the pure reducer, layout and views; it declares what it needs
        /// of a library as protocols and effects in its own types.
        .target(
            name: "ReaderCore",
            dependencies: ["ReaderText", "ReaderEntities", "ReaderDocument", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        /// The library on disk (SQLite through GRDB): articles, marks, highlights, search, feeds.
        .target(
            name: "ReaderLibrary",
            dependencies: ["ReaderText", "ReaderEntities", "ReaderDocument", "ReaderCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "Reader",
            dependencies: [
                "ReaderText",
                "ReaderEntities",
                "ReaderDocument",
                "ReaderCore",
                "ReaderLibrary",
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
            dependencies: ["ReaderDocument"]
        ),
        .executableTarget(
            name: "ReaderBench",
            dependencies: ["ReaderText", "ReaderEntities", "ReaderDocument", "ReaderCore", "ReaderLibrary", "ReaderFetch", "LoopbackHTTPServer", "CLibXML2"],
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
                "ReaderText",
                "ReaderEntities",
                "ReaderDocument",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets and their invariants; Scripts/fuzz.sh builds reader-fuzz with libFuzzer.
        .target(
            name: "ReaderFuzzing",
            dependencies: ["ReaderText", "ReaderEntities", "ReaderDocument", "ReaderCore", "ReaderLibrary"],
            path: "Fuzz/ReaderFuzzing"
        ),
        .executableTarget(
            name: "ReaderFuzz",
            dependencies: ["ReaderFuzzing"],
            path: "Fuzz/ReaderFuzz"
        ),
        .testTarget(
            name: "ReaderKitTests",
            dependencies: ["ReaderText", "ReaderEntities", "ReaderDocument", "ReaderCore", "ReaderLibrary", "ReaderFuzzing"],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "ReaderTests",
            dependencies: ["Reader", "ReaderText", "ReaderEntities", "ReaderDocument", "ReaderCore", "ReaderLibrary", "CNcurses", "LoopbackHTTPServer"]
        ),
    ]
)
