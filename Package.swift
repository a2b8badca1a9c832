// swift-tools-version:6.0
// The workshop package: a facilitation workshop engine, its methods and its CLI.
// Toolchain only: this manifest must never declare a package dependency.
import PackageDescription

/// Every built-in workshop method is its own target under `Sources/Methods/<Name>`.
/// Adding a method: one folder, one entry here, one line in `Sources/Methods/Catalog`.
let methodTargets: [String] = [
    "OpsiFacets",
    "DoubleDiamond",
    "WorldCafe",
    "ThematicEncounter",
    "OneTwoFourAll",
]

let package = Package(
    name: "workshop",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "Catalog", targets: ["Catalog"]),
        .library(name: "MethodTestKit", targets: ["MethodTestKit"]),
        .executable(name: "workshop", targets: ["workshop"]),
    ],
    targets: [
        // The seating planner is optimised even in debug builds: its search is about 40 times
        // slower unoptimised, which would make every test that plans a session crawl.
        .target(
            name: "Rotation", path: "Sources/Rotation",
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "Engine", dependencies: ["Rotation"], path: "Sources/Engine"),
    ]
        + methodTargets.map { name in
            .target(name: name, dependencies: ["Engine"], path: "Sources/Methods/\(name)")
        }
        + [
            .target(
                name: "Catalog",
                dependencies: ["Engine"] + methodTargets.map { .target(name: $0) },
                path: "Sources/Methods/Catalog"
            ),
            .target(name: "MethodTestKit", dependencies: ["Engine"], path: "Sources/MethodTestKit"),
            .target(name: "WorkshopCLI", dependencies: ["Engine", "Catalog", "MethodTestKit"], path: "Sources/WorkshopCLI"),
            .executableTarget(name: "workshop", dependencies: ["WorkshopCLI"], path: "Sources/workshop"),
            .executableTarget(name: "PlannerBenchmark", dependencies: ["Engine", "Catalog"], path: "Benchmarks/PlannerBenchmark"),
            .executableTarget(
                name: "TextBenchmark",
                dependencies: ["Engine"],
                path: "Benchmarks/TextBenchmark",
                exclude: ["sklearn_baseline.py"]
            ),
            .executableTarget(
                name: "JournalBenchmark",
                dependencies: ["Engine", "Catalog"],
                path: "Benchmarks/JournalBenchmark"
            ),
            .executableTarget(
                name: "FindingsBenchmark",
                dependencies: ["Engine", "Catalog"],
                path: "Benchmarks/FindingsBenchmark"
            ),
            .executableTarget(
                name: "MethodsBenchmark",
                dependencies: ["Engine", "Catalog", "MethodTestKit"],
                path: "Benchmarks/MethodsBenchmark"
            ),
            .testTarget(name: "EngineTests", dependencies: ["Engine", "Rotation", "Catalog"], path: "Tests/EngineTests"),
            .testTarget(
                name: "MethodsTests",
                dependencies: ["Engine", "Catalog", "MethodTestKit"] + methodTargets.map { .target(name: $0) },
                path: "Tests/MethodsTests"
            ),
            .testTarget(
                name: "WorkshopCLITests",
                dependencies: ["WorkshopCLI", "Engine", "Catalog"],
                path: "Tests/WorkshopCLITests"
            ),
        ],
    swiftLanguageModes: [.v6]
)
