import Engine
import MethodTestKit

/// `workshop methods [--format text|json] [--methods DIR] [--check]`: the workshop formats
/// available, built-in and declarative; with `--check`, each one run through the method
/// test kit.
struct MethodsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "methods",
        abstract: .methodsAbstract,
        discussion: .methodsDiscussion,
        options: [
            OptionSpec("format", value: "text|json", help: .optionFormatTextJSON, completion: .choices(["text", "json"])),
            MethodLibrary.option,
            OptionSpec("check", help: .methodsOptionCheck),
        ],
        examples: [
            "workshop methods", "workshop methods --format json | jq '.[].id'", "workshop methods --methods mis-metodos --check",
        ])

    let format: String
    let directories: [String]
    let check: Bool

    init(_ arguments: ParsedArguments) throws {
        format = try arguments.choice("format", among: ["text", "json"]) ?? "text"
        directories = arguments.options("methods")
        check = arguments.flag("check")
    }

    func run(in context: CommandContext) throws {
        let library = try MethodLibrary.load(context: context, directories: directories)
        if check {
            try runChecks(library, context: context)
        } else if format == "json" {
            context.print(
                JSONValue.array(library.registry.methods.map { Self.json($0, library: library, language: context.language) })
                    .serialized(pretty: true))
        } else {
            printText(library, context: context)
        }
        try library.failIfErrors(context)
    }

    static func json(_ method: any WorkshopMethod, library: MethodLibrary, language: Language) -> JSONValue {
        let description = method.description
        return [
            "id": .string(description.id),
            "name": .string(description.name.text(in: language)),
            "summary": .string(description.summary.text(in: language)),
            "aliases": .array(description.aliases.map { .string($0) }),
            "source": .string(library.source(ofMethod: description.id)),
            "capabilities": .array(Self.capabilities(method).map { .string($0) }),
            "parameters": .array(
                description.parameters.map { parameter in
                    var object: [(key: String, value: JSONValue)] = [
                        ("id", .string(parameter.id)),
                        ("type", .string(Self.typeName(parameter.kind))),
                        ("default", parameter.defaultValue?.json ?? .null),
                        ("help", .string(parameter.help.text(in: language))),
                    ]
                    switch parameter.kind {
                    case .integer(let range):
                        object.append(("min", .integer(range.lowerBound)))
                        object.append(("max", .integer(range.upperBound)))
                    case .choice(let choices): object.append(("choices", .array(choices.map { .string($0) })))
                    default: break
                    }
                    return .object(object)
                }),
        ]
    }

    /// The optional capabilities a method adopts, for the listing.
    static func capabilities(_ method: any WorkshopMethod) -> [String] {
        var result: [String] = []
        if method is any ProvidesSeating { result.append("seating") }
        if method is any ProvidesFindingsLayout { result.append("findings-layout") }
        if method is DeclarativeMethod { result.append("declarative") }
        return result
    }

    private func printText(_ library: MethodLibrary, context: CommandContext) {
        let language = context.language
        for method in library.registry.methods {
            let description = method.description
            context.print(context.style.bold(description.id) + "  " + TerminalText.sanitize(description.name.text(in: language)))
            context.print("    " + TerminalText.sanitize(description.summary.text(in: language)))
            if !description.aliases.isEmpty {
                context.print(
                    "    "
                        + context.style.dim(
                            context.text(.methodsAliases, ["aliases": description.aliases.joined(separator: ", ")])))
            }
            if let declarative = method as? DeclarativeMethod {
                let source =
                    declarative.source == CanvasLibrary.builtInSource ? context.text(.methodsBuiltIn) : declarative.source
                context.print(
                    "    " + context.style.dim(context.text(.methodsDeclarative, ["source": TerminalText.sanitize(source)])))
            }
            for parameter in description.parameters {
                let value = parameter.defaultValue.map { "=" + $0.commandLineText } ?? ""
                let shown = value.count > 40 ? String(value.prefix(37)) + "..." : value
                context.print(
                    "    " + context.style.cyan("--param \(parameter.id)\(TerminalText.sanitize(shown))") + "  "
                        + TerminalText.sanitize(parameter.help.text(in: language)))
            }
            context.print()
        }
    }

    /// `--check`: every method through the test kit.
    private func runChecks(_ library: MethodLibrary, context: CommandContext) throws {
        var failed = 0
        var results: [JSONValue] = []
        for method in library.registry.methods {
            let report = verifyMethod(method, canvases: library.canvases)
            if !report.isValid { failed += 1 }
            if format == "json" {
                results.append([
                    "id": .string(report.method),
                    "valid": .bool(report.isValid),
                    "scenarios": .integer(report.outcomes.count),
                    "planned": .integer(report.plannedCount),
                    "violations": .array(
                        report.violations.map {
                            [
                                "scenario": .string($0.scenario), "rule": .string($0.violation.rule.rawValue),
                                "message": .string($0.violation.message),
                            ]
                        }),
                ])
                continue
            }
            if report.isValid {
                context.print(
                    context.style.green("✓ ")
                        + context.text(
                            .methodsCheckPassed,
                            [
                                "method": report.method, "scenarios": String(report.outcomes.count),
                                "planned": String(report.plannedCount),
                            ]))
            } else {
                context.print(
                    context.style.red("✗ ")
                        + context.text(.methodsCheckFailed, ["method": report.method, "count": String(report.violations.count)]))
                for finding in report.violations.prefix(20) {
                    context.print("    " + TerminalText.sanitize(finding.description))
                }
            }
        }
        if format == "json" { context.print(JSONValue.array(results).serialized(pretty: true)) }
        if failed > 0 {
            try library.failIfErrors(context)
            throw Failure(.methodsCheckSummaryFailed, ["count": String(failed), "total": String(library.registry.methods.count)])
        }
    }

    static func typeName(_ kind: MethodParameter.Kind) -> String {
        switch kind {
        case .integer: return "integer"
        case .text: return "text"
        case .textList: return "list"
        case .choice: return "choice"
        case .flag: return "flag"
        case .canvas: return "canvas"
        }
    }
}
