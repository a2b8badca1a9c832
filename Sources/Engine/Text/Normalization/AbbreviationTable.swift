/// Abbreviations that people write on sticky notes, and what they stand for.
///
/// Keys are lower-case with accents folded (the form `TextNormalizer` looks up, without a
/// final period); expansions are written with their accents. Some keys are only expanded when
/// the note wrote them in capitals ("TI" is information technology, "ti" is a pronoun).
public struct AbbreviationTable: Sendable {
    /// Expansions of lower-case keys, whatever the case the note used.
    public let expansions: [String: [String]]
    /// Expansions applied only when the note wrote the key in capitals.
    public let capitalOnlyExpansions: [String: [String]]
    /// Length in Unicode scalars of the longest key: longer words need no lookup.
    let longestKey: Int
    /// The keys as scalar values, with their expansions as lower-case scalar values.
    let scalarExpansions: [[UInt32]: [[UInt32]]]
    let scalarCapitalOnlyExpansions: [[UInt32]: [[UInt32]]]

    /// Creates a table from lower-case, accent-folded keys and their expansions.
    public init(expansions: [String: [String]], capitalOnlyExpansions: [String: [String]] = [:]) {
        self.expansions = expansions
        self.capitalOnlyExpansions = capitalOnlyExpansions
        longestKey = (Array(expansions.keys) + Array(capitalOnlyExpansions.keys)).map(\.unicodeScalars.count).max() ?? 0
        func scalars(_ table: [String: [String]]) -> [[UInt32]: [[UInt32]]] {
            var result: [[UInt32]: [[UInt32]]] = [:]
            for (key, words) in table {
                result[key.unicodeScalars.map(\.value)] = words.map { word in
                    var lowered: [UInt32] = []
                    for scalar in word.unicodeScalars { TextNormalizer.appendLowercased(scalar, to: &lowered) }
                    return lowered
                }
            }
            return result
        }
        scalarExpansions = scalars(expansions)
        scalarCapitalOnlyExpansions = scalars(capitalOnlyExpansions)
    }

    /// The expansion of a token, if it is a known abbreviation.
    public func expansion(of normalized: String, writtenInCapitals: Bool) -> [String]? {
        if writtenInCapitals, let words = capitalOnlyExpansions[normalized] { return words }
        return expansions[normalized]
    }

    /// The table for a language.
    public static func standard(for language: TextLanguage) -> AbbreviationTable {
        switch language {
        case .spanish: return spanish
        case .english: return english
        }
    }

    /// Abbreviations of informal Chilean public-sector Spanish.
    public static let spanish = AbbreviationTable(
        expansions: [
            "q": ["que"], "xq": ["porque"], "pq": ["porque"], "porq": ["porque"], "x": ["por"],
            "tb": ["también"], "tmb": ["también"], "tbn": ["también"], "d": ["de"], "k": ["que"],
            "ej": ["ejemplo"], "etc": ["etcétera"], "aprox": ["aproximadamente"], "hrs": ["horas"],
            "dpto": ["departamento"], "depto": ["departamento"], "ppto": ["presupuesto"],
            "capac": ["capacitación"], "func": ["funcionarios"], "funcs": ["funcionarios"],
            "org": ["organización"], "orgs": ["organizaciones"], "inst": ["institución"],
            "insts": ["instituciones"], "info": ["información"], "admin": ["administración"],
            "gob": ["gobierno"], "rrhh": ["recursos", "humanos"], "ddhh": ["derechos", "humanos"],
            "msj": ["mensaje"], "ud": ["usted"], "uds": ["ustedes"], "sgte": ["siguiente"],
            "obs": ["observación"], "mm": ["millones"], "tics": ["tecnologías"], "tic": ["tecnologías"],
            "serv": ["servicio"], "reu": ["reunión"], "reus": ["reuniones"], "comunic": ["comunicación"],
        ],
        capitalOnlyExpansions: [
            "ti": ["tecnologías", "de", "información"], "ia": ["inteligencia", "artificial"],
        ]
    )

    /// A few English note-taking abbreviations.
    public static let english = AbbreviationTable(
        expansions: [
            "w": ["with"], "b4": ["before"], "govt": ["government"], "gov": ["government"], "dept": ["department"],
            "mgmt": ["management"], "info": ["information"], "approx": ["approximately"], "hrs": ["hours"],
            "eg": ["for", "example"], "ie": ["that", "is"], "etc": ["etcetera"], "u": ["you"], "ur": ["your"],
            "thru": ["through"], "tho": ["though"], "pls": ["please"], "org": ["organisation"],
        ],
        capitalOnlyExpansions: [
            "it": ["information", "technology"], "ai": ["artificial", "intelligence"], "hr": ["human", "resources"],
        ]
    )
}
