// swift-tools-version: 6.0
import PackageDescription

/// Release executables are linked as position-dependent (like Go's): a PIE of this size makes the
/// dynamic loader apply ~130,000 relocations at every start, about 2 ms of a 10 ms start-up.
/// Nor do they export their ~39,000 symbols (the static standard library's link arguments ask
/// for it): nothing looks them up, and the runtime's start-up `dladdr` scans them all (0.3 ms).
let fastStart: [LinkerSetting] = [.unsafeFlags(["-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic"],
                                               .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "vus",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vus", targets: ["vus"]),
        .executable(name: "vus-sandbox", targets: ["vus-sandbox"]),
        .library(name: "VultrAPI", targets: ["VultrAPI"]),
        .library(name: "VultrSandbox", targets: ["VultrSandbox"]),
        .library(name: "VultrAccess", targets: ["VultrAccess"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "VultrOpenAPI",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        // The access evaluator: pure Swift over an access graph, no HTTP and no shell.
        .target(name: "VultrAccess", dependencies: ["VultrValues"]),
        // The values the client, users documents and the sandbox share: subnets, timestamps, and the
        // closest known word to a mistyped one.
        .target(name: "VultrValues"),
        .target(
            name: "VultrAPI",
            dependencies: [
                "VultrOpenAPI",
                "VultrAccess",
                "VultrValues",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The one reader of users documents, shared by the shell (plan, apply) and the sandbox (--from).
        .target(name: "VultrDocuments", dependencies: ["VultrAccess", "VultrValues", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "VultrSandbox",
            dependencies: [
                "VultrDocuments",
                "VultrOpenAPI",
                "VultrAccess",
                "VultrValues",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "vus-sandbox",
            dependencies: [
                "VultrDocuments",
                "VultrSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: fastStart
        ),
        // No pkgConfig: histedit.h is in /usr/include, and the -L folder SwiftPM adds from pkg-config
        // would come before the archives scripts/release-build links in, so libedit stayed shared.
        .systemLibrary(
            name: "CLibEdit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "LineEditing", dependencies: ["CLibEdit"]),
        // The vus language: lexer, values, diagnostics, and the grammar (typed argument kinds,
        // syntaxes, the parser, completion candidates) over a registry it is given. It cannot
        // see the shell above it: the compiler keeps the language the bottom layer.
        .target(name: "VusLanguage", dependencies: ["VultrAPI", "VultrAccess", "VultrValues"]),
        .target(
            name: "VusShell",
            dependencies: [
                "VusLanguage",
                "VultrAPI",
                "VultrAccess",
                "VultrDocuments",
                "LineEditing",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "CStandardDescriptors"),
        .executableTarget(
            name: "vus",
            dependencies: [
                "CStandardDescriptors",
                "VusShell",
                "VultrAPI",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: fastStart
        ),
        .executableTarget(
            name: "http-floor",
            dependencies: ["VultrAPI", .product(name: "AsyncHTTPClient", package: "async-http-client")],
            linkerSettings: fastStart
        ),
        .executableTarget(
            name: "vus-bench",
            dependencies: ["VultrAPI", "VultrSandbox", "VusShell", "LineEditing"]
        ),
        .target(
            name: "VusTestSupport",
            dependencies: [
                "VultrSandbox",
                "VusShell",
                "VultrAccess",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Tests/VusTestSupport"
        ),
        .testTarget(name: "VusLanguageTests", dependencies: ["VusLanguage", "VusShell", "VusTestSupport"]),
        .testTarget(name: "VultrValuesTests", dependencies: ["VultrValues"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(
            name: "VultrAccessTests",
            dependencies: ["VultrAccess", "VusTestSupport"]
        ),
        .testTarget(
            name: "VultrSandboxTests",
            dependencies: [
                "VultrSandbox",
                "VusTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "VultrAPITests",
            dependencies: [
                "VultrAPI",
                "VusTestSupport",
                "VultrSandbox",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "VusShellTests",
            dependencies: [
                "VusLanguage",
                "VusShell",
                "VusTestSupport",
                "VultrAPI",
                "VultrSandbox",
                "LineEditing",
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
