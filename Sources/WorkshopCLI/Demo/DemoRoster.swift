import Engine

/// The demo's participants: about 56 public servants from 18 institutions and several
/// regions, generated from our own name lists with a seed (so every run is the same).
enum DemoRoster {
    static let institutions: [(name: String, region: String, size: Int)] = [
        ("Dirección de Obras Hidráulicas", "Metropolitana", 5),
        ("Servicio de Registro Civil", "Metropolitana", 4),
        ("Instituto de Previsión Social", "Valparaíso", 4),
        ("Municipalidad de Temuco", "La Araucanía", 3),
        ("Servicio Nacional de Turismo", "Los Lagos", 3),
        ("Fondo de Salud Pública", "Metropolitana", 4),
        ("Dirección de Vialidad", "Biobío", 4),
        ("Superintendencia de Servicios Sanitarios", "Metropolitana", 3),
        ("Servicio de Impuestos", "Coquimbo", 3),
        ("Laboratorio de Innovación Regional", "Antofagasta", 3),
        ("Ministerio de Desarrollo Social", "Metropolitana", 3),
        ("Servicio de Vivienda y Urbanismo", "Maule", 3),
        ("Gobierno Regional de Ñuble", "Ñuble", 2),
        ("Dirección del Trabajo", "Valparaíso", 3),
        ("Servicio Agrícola", "O'Higgins", 3),
        ("Corporación de Fomento", "Metropolitana", 2),
        ("Hospital Regional de Talca", "Maule", 2),
        ("Servicio de Salud Costa", "Atacama", 2),
    ]

    static let firstNames = [
        "Camila", "Javiera", "Valentina", "Fernanda", "Constanza", "Francisca", "Catalina", "Daniela", "Antonia", "Paula",
        "Macarena", "Josefa", "Ignacia", "Carolina", "Marcela", "Andrea", "Lorena", "Pamela", "Ximena", "Rocío",
        "Matías", "Sebastián", "Nicolás", "Benjamín", "Joaquín", "Tomás", "Diego", "Felipe", "Cristóbal", "Ignacio",
        "Rodrigo", "Gonzalo", "Mauricio", "Claudio", "Patricio", "Álvaro", "Esteban", "Víctor", "Hernán", "Raúl",
    ]

    static let surnames = [
        "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez",
        "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia",
        "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco",
        "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa", "Riquelme", "García", "Miranda",
    ]

    static let roles = [
        "Analista", "Profesional de proyectos", "Jefa de unidad", "Jefe de departamento", "Encargada de innovación",
        "Encargado de atención ciudadana", "Coordinadora regional", "Ingeniero de procesos", "Diseñadora de servicios",
        "Asesor jurídico", "Profesional de planificación", "Técnico en informática",
    ]

    /// The roster as CSV text (UTF-8, comma-separated, with header in Spanish).
    static func csv(seed: Int) -> String {
        var generator = SeededGenerator(seed: UInt64(seed))
        var lines = ["Nombre,Apellidos,Institución,Región,Correo electrónico,Cargo"]
        var used: Set<String> = []
        for institution in institutions {
            for _ in 0..<institution.size {
                var first = firstNames[Int(generator.next() % UInt64(firstNames.count))]
                var last =
                    surnames[Int(generator.next() % UInt64(surnames.count))] + " "
                    + surnames[Int(generator.next() % UInt64(surnames.count))]
                while used.contains(first + last) {
                    first = firstNames[Int(generator.next() % UInt64(firstNames.count))]
                    last =
                        surnames[Int(generator.next() % UInt64(surnames.count))] + " "
                        + surnames[Int(generator.next() % UInt64(surnames.count))]
                }
                used.insert(first + last)
                let role = roles[Int(generator.next() % UInt64(roles.count))]
                let email = Self.email(first: first, last: last)
                let quotedInstitution = institution.name.contains(",") ? "\"\(institution.name)\"" : institution.name
                lines.append("\(first),\(last),\(quotedInstitution),\(institution.region),\(email),\(role)")
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func email(first: String, last: String) -> String {
        let folded = (first + "." + (last.split(separator: " ").first.map(String.init) ?? last)).lowercased()
        let map: [Character: Character] = ["á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ü": "u"]
        return String(folded.map { map[$0] ?? $0 }) + "@ejemplo.gob.cl"
    }
}
