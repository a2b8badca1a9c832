/// The roster columns workshop understands, and the header names that mean each one, in
/// Spanish and English, as registration forms and spreadsheets write them.
public enum RosterColumn: String, CaseIterable, Sendable {
    case name
    case firstName
    case lastName
    case secondLastName
    case institution
    case region
    case email
    case role

    /// Header names (normalised: lower case, no accents, single spaces) that mean this column.
    var exactNames: [String] {
        switch self {
        case .name:
            return [
                "nombre", "name", "nombre completo", "full name", "nombre y apellido", "nombre y apellidos",
                "nombres y apellidos", "participante", "participant", "persona", "nombre del participante",
                "nombre de la persona", "nombre participante",
            ]
        case .firstName: return ["nombres", "first name", "given name", "primer nombre", "firstname"]
        case .lastName:
            return [
                "apellido", "apellidos", "last name", "surname", "family name", "apellido paterno", "primer apellido", "lastname",
            ]
        case .secondLastName: return ["apellido materno", "segundo apellido"]
        case .institution:
            return [
                "institucion", "organizacion", "institution", "organization", "organisation", "servicio", "entidad", "organismo",
                "institucion u organizacion", "servicio publico", "reparticion", "ministerio", "agency",
            ]
        case .region: return ["region", "region de residencia", "comuna o region", "state", "province"]
        case .email:
            return [
                "correo", "email", "e-mail", "mail", "correo electronico", "direccion de correo electronico", "email address",
                "e-mail address", "correo institucional", "correo electronico institucional",
            ]
        case .role: return ["cargo", "role", "position", "job title", "puesto", "rol", "funcion", "title"]
        }
    }

    /// Words that, found in a longer header, mean this column ("Correo electrónico
    /// institucional" is an email column). Checked from the most specific column on.
    var keywords: [String] {
        switch self {
        case .email: return ["correo", "email", "e-mail", "mail"]
        case .institution:
            return [
                "institucion", "organizacion", "institution", "organization", "organisation", "servicio", "entidad", "organismo",
            ]
        case .region: return ["region"]
        case .role: return ["cargo", "puesto", "job title", "position"]
        case .secondLastName: return ["apellido materno", "segundo apellido"]
        case .lastName: return ["apellido", "surname", "last name"]
        case .firstName: return ["nombres", "first name"]
        case .name: return ["nombre", "name"]
        }
    }

    /// The order in which keyword matches are tried: specific before generic, so that
    /// "Nombre de la institución" is an institution, not a name.
    static let keywordOrder: [RosterColumn] = [
        .email, .institution, .region, .role, .secondLastName, .lastName, .firstName, .name,
    ]

    /// Lower case, accents removed (ñ kept), punctuation turned into spaces, spaces collapsed.
    static func normalize(_ header: String) -> String {
        var output = ""
        var lastWasSpace = true
        for scalar in header.lowercased().unicodeScalars {
            let folded = Self.fold(scalar)
            if folded.properties.isAlphabetic || folded.properties.numericType != nil || folded == "-" {
                output.unicodeScalars.append(folded)
                lastWasSpace = false
            } else if !lastWasSpace {
                output.append(" ")
                lastWasSpace = true
            }
        }
        return output.trimmingWhitespace()
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "á", "à", "ä", "â": return "a"
        case "é", "è", "ë", "ê": return "e"
        case "í", "ì", "ï", "î": return "i"
        case "ó", "ò", "ö", "ô": return "o"
        case "ú", "ù", "ü", "û": return "u"
        default: return scalar
        }
    }

    /// The column a header names, if any.
    static func match(_ header: String) -> RosterColumn? {
        let normalized = normalize(header)
        guard !normalized.isEmpty else { return nil }
        for column in allCases where column.exactNames.contains(normalized) { return column }
        let padded = " " + normalized + " "
        for column in keywordOrder {
            for keyword in column.keywords where padded.contains(" " + keyword + " ") || padded.contains(" " + keyword) {
                return column
            }
        }
        return nil
    }
}
