/// Chooses the hosts of a method's tables: the participants who stay at one table for every
/// round (World Café). Organisers may name them; the others are picked so that hosts come
/// from different institutions, reproducibly from the seed.
public enum HostSelection {
    /// One host per table (as participant ids, table 1 first). `names` (matched without
    /// regard to case, accents or extra spaces, or as `#id`) fill the first tables in order;
    /// the remaining tables get hosts picked from distinct institutions where possible.
    public static func choose(
        from participants: [Participant], tables: Int, names: [String] = [], seed: Int
    ) throws(MethodError) -> [[Int]] {
        guard tables >= 1 else { return [] }
        guard names.count <= tables else { throw MethodError.tooManyHosts(hosts: names.count, tables: tables) }
        var chosen: [Int] = []
        var taken: Set<Int> = []
        let keys = participants.map { normalized($0.name) }
        for name in names {
            let wanted = normalized(name)
            var match: Participant?
            if wanted.hasPrefix("#"), let id = Int(wanted.dropFirst()) {
                match = participants.first { $0.id == id }
            } else if let index = keys.firstIndex(of: wanted) {
                match = participants[index]
            }
            guard let match, !taken.contains(match.id) else {
                throw MethodError.unknownHost(
                    name, suggestion: EditDistance.suggestion(for: name, among: participants.map(\.name)))
            }
            chosen.append(match.id)
            taken.insert(match.id)
        }
        var generator = SeededGenerator(seed: UInt64(truncatingIfNeeded: seed) &+ 0x4057)
        let institutionOf = Dictionary(
            participants.map { ($0.id, normalized($0.institution)) }, uniquingKeysWith: { first, _ in first })
        var pool = participants.filter { !taken.contains($0.id) }.map(\.id).shuffled(using: &generator)
        var institutions = Set(chosen.compactMap { institutionOf[$0] })
        // Hosts from institutions not yet hosting, in the shuffled order; then anyone.
        var deferred: [Int] = []
        var index = 0
        while chosen.count < tables, index < pool.count {
            let candidate = pool[index]
            index += 1
            let institution = institutionOf[candidate] ?? ""
            if institutions.contains(institution) {
                deferred.append(candidate)
            } else {
                chosen.append(candidate)
                institutions.insert(institution)
            }
        }
        pool = deferred
        while chosen.count < tables, !pool.isEmpty { chosen.append(pool.removeFirst()) }
        return (0..<tables).map { $0 < chosen.count ? [chosen[$0]] : [] }
    }

    /// Lower case, without accents, single spaces.
    static func normalized(_ text: String) -> String {
        let folded = text.lowercased().unicodeScalars.map { scalar -> String in
            switch scalar {
            case "á", "à", "ä", "â": return "a"
            case "é", "è", "ë", "ê": return "e"
            case "í", "ì", "ï", "î": return "i"
            case "ó", "ò", "ö", "ô": return "o"
            case "ú", "ù", "ü", "û": return "u"
            case "ñ": return "n"
            default: return String(scalar)
            }
        }.joined()
        return folded.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
