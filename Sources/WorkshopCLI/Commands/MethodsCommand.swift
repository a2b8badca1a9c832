import Engine

/// `workshop methods [--format text|json]`: the workshop formats available.
struct MethodsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "methods",
        abstract: .methodsAbstract,
        options: [OptionSpec("format", value: "text|json", help: .optionFormatTextJSON, completion: .choices(["text", "json"]))],
        examples: ["workshop methods", "workshop methods --format json | jq '.[].id'"])

    let format: String

    init(_ arguments: ParsedArguments) throws {
        format = try arguments.choice("format", among: ["text", "json"]) ?? "text"
    }

    func run(in context: CommandContext) throws {
        let registry = try MethodLibrary.registry(context: context)
        let language = context.language
        if format == "json" {
            let list: [JSONValue] = registry.methods.map { method in
                let description = method.description
                return [
                    "id": .string(description.id),
                    "name": .string(description.name.text(in: language)),
                    "summary": .string(description.summary.text(in: language)),
                    "aliases": .array(description.aliases.map { .string($0) }),
                    "parameters": .array(
                        description.parameters.map { parameter in
                            [
                                "id": .string(parameter.id),
                                "type": .string(Self.typeName(parameter.kind)),
                                "default": parameter.defaultValue?.json ?? .null,
                                "help": .string(parameter.help.text(in: language)),
                            ]
                        }),
                ]
            }
            context.print(JSONValue.array(list).serialized(pretty: true))
            return
        }
        for method in registry.methods {
            let description = method.description
            context.print(context.style.bold(description.id) + "  " + description.name.text(in: language))
            context.print("    " + description.summary.text(in: language))
            if !description.aliases.isEmpty {
                context.print("    " + context.style.dim(context.text(.methodsAliases, ["aliases": description.aliases.joined(separator: ", ")])))
            }
            for parameter in description.parameters {
                let value = parameter.defaultValue.map { "=" + $0.commandLineText } ?? ""
                let shown = value.count > 40 ? String(value.prefix(37)) + "..." : value
                context.print("    " + context.style.cyan("--param \(parameter.id)\(shown)") + "  " + parameter.help.text(in: language))
            }
            context.print()
        }
    }

    static func typeName(_ kind: MethodParameter.Kind) -> String {
        switch kind {
        case .integer: return "integer"
        case .text: return "text"
        case .textList: return "list"
        case .choice: return "choice"
        case .flag: return "flag"
        }
    }
}
