// swift-tools-version:6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode with strict concurrency is the default for
/// tools version 6; the upcoming features keep imports and existentials explicit.
let sharedSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Zonebase",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zonebase", targets: ["zonebase"]),
        .library(name: "ZonebaseModel", targets: ["ZonebaseModel"]),
        .library(name: "ZonebaseExtraction", targets: ["ZonebaseExtraction"]),
        .library(name: "ZonebaseAnalysis", targets: ["ZonebaseAnalysis"]),
    ],
    traits: [
        // `swift build --traits Postgres`: the PostgreSQL backend. Off by default, because postgres-nio
        // (with SwiftNIO and BoringSSL) adds about ten minutes to a clean build.
        .trait(name: "Postgres", description: "The PostgreSQL knowledge base (postgres://… for --db)."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The OpenAPI document is built from Swift values; no external loading (a slower build).
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0", traits: []),
    ],
    targets: [
        // Pure values: documents, spans, zones, events, figures, the exchange format.
        .target(name: "ZonebaseModel", swiftSettings: sharedSettings),
        // Text in, facts out: decoding, cleaning, recognizers and rules. No I/O.
        .target(name: "ZonebaseExtraction", dependencies: ["ZonebaseModel"], swiftSettings: sharedSettings),
        // The knowledge base: documents, zones, events, figures in SQLite (GRDB). Never imports Extraction.
        .target(
            name: "ZonebaseStorage",
            dependencies: [
                "ZonebaseModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["Postgres"])),
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["Postgres"])),
            ],
            // The registry of national zones (from ../shared/reference): official names and dates.
            resources: [.copy("Resources/national_hitech_zones.csv"), .copy("Resources/national_etdz.csv")],
            swiftSettings: sharedSettings
        ),
        // Judgement over fact values: series, conflicts, derived figures, targets, checks, claims,
        // rankings, industry categories. Reads stored rows as values; never queries a database.
        .target(name: "ZonebaseAnalysis", dependencies: ["ZonebaseModel", "ZonebaseStorage"], swiftSettings: sharedSettings),
        // From a document's bytes to stored facts, for every front end: decode, hash, extract, store.
        .target(
            name: "ZonebaseIngest",
            dependencies: ["ZonebaseModel", "ZonebaseExtraction", "ZonebaseStorage", "ZonebaseAnalysis"],
            swiftSettings: sharedSettings
        ),
        // The web app and JSON API (Hummingbird 2, pages from Mustache templates, charts drawn as SVG).
        .target(
            name: "ZonebaseServer",
            dependencies: [
                "ZonebaseModel",
                "ZonebaseExtraction",
                "ZonebaseStorage",
                "ZonebaseAnalysis",
                "ZonebaseIngest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Templates"), .copy("Static")],
            swiftSettings: sharedSettings
        ),
        // The command tree; the only layer that touches files and terminals.
        .target(
            name: "ZonebaseCLI",
            dependencies: [
                "ZonebaseModel",
                "ZonebaseExtraction",
                "ZonebaseStorage",
                "ZonebaseAnalysis",
                "ZonebaseServer",
                "ZonebaseIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: sharedSettings
        ),
        .executableTarget(name: "zonebase", dependencies: ["ZonebaseCLI"], swiftSettings: sharedSettings),
        // Finds samples and the shared evaluation material for tests; not a product.
        .target(name: "ZonebaseTestSupport", swiftSettings: sharedSettings),
        .testTarget(name: "ZonebaseModelTests", dependencies: ["ZonebaseModel"], swiftSettings: sharedSettings),
        .testTarget(
            name: "ZonebaseExtractionTests",
            dependencies: ["ZonebaseExtraction", "ZonebaseModel", "ZonebaseTestSupport"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "ZonebaseStorageTests",
            dependencies: ["ZonebaseStorage", "ZonebaseAnalysis", "ZonebaseExtraction", "ZonebaseModel", "ZonebaseTestSupport"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "ZonebaseAnalysisTests",
            dependencies: ["ZonebaseAnalysis", "ZonebaseModel", "ZonebaseStorage"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "ZonebaseServerTests",
            dependencies: [
                "ZonebaseServer", "ZonebaseStorage", "ZonebaseExtraction", "ZonebaseIngest", "ZonebaseModel", "ZonebaseTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ],
            // Hummingbird's HTTP types come through HummingbirdTesting; member import visibility would
            // make the tests name the swift-http-types package just for `.get` and `.ok`.
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .testTarget(
            name: "ZonebaseCLITests",
            dependencies: ["ZonebaseCLI", "ZonebaseExtraction", "ZonebaseIngest", "ZonebaseModel", "ZonebaseStorage", "ZonebaseTestSupport"],
            swiftSettings: sharedSettings
        ),
    ]
)
