/// Folds words for comparison without regard to case and accents ("Núñez" -> "nunez"), fast
/// enough to run on every word of every note. Used to find people's names in notes.
enum NameFolding {
    /// `word` in lower case without accents (ñ becomes n, ç becomes c).
    static func fold(_ word: Substring.UnicodeScalarView) -> String {
        var output = String.UnicodeScalarView()
        for scalar in word { append(scalar, to: &output) }
        return String(output)
    }

    /// `text` folded.
    static func fold(_ text: String) -> String { fold(Substring(text).unicodeScalars) }

    private static func append(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            if (0x41...0x5A).contains(value), let lower = Unicode.Scalar(value + 0x20) {
                output.append(lower)
            } else {
                output.append(scalar)
            }
            return
        }
        if (0x300...0x36F).contains(value) { return }  // combining accents
        if let base = latinBase[value], let mapped = Unicode.Scalar(base) {
            output.append(mapped)
            return
        }
        output.append(contentsOf: String(scalar).lowercased().unicodeScalars)
    }

    /// Accented Latin letters (upper and lower case) -> their lower-case base letter.
    private static let latinBase: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        let groups: [(String, Character)] = [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđĎĐ", "d"), ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"),
            ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"), ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"),
            ("ĺļľŀłĹĻĽĿŁ", "l"), ("ñńņňÑŃŅŇ", "n"), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
            ("śŝşšŚŜŞŠ", "s"), ("ţťŧŢŤŦ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵŴ", "w"),
            ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"),
        ]
        for (letters, base) in groups {
            guard let target = base.unicodeScalars.first?.value else { continue }
            for scalar in letters.unicodeScalars { table[scalar.value] = target }
        }
        return table
    }()
}
