/// Writing CSV that spreadsheets open safely: fields are quoted when needed, and a field
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// carriage return) is prefixed with `'` so it shows as text.
public enum CSVText {
    /// One field, neutralised and quoted if it holds the delimiter, a quote or a line break.
    public static func field(_ text: String, delimiter: Character = ",") -> String {
        let utf8 = text.utf8
        let delimiterByte = delimiter.asciiValue
        let isFormula: Bool
        switch utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: isFormula = true
        default: isFormula = false
        }
        var needsQuotes = false
        var hasQuote = false
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") {
                hasQuote = true
                needsQuotes = true
                break
            }
            if byte == 0x0A || byte == 0x0D || byte == delimiterByte { needsQuotes = true }
        }
        if delimiterByte == nil, text.contains(delimiter) { needsQuotes = true }
        let value = isFormula ? "'" + text : text
        guard needsQuotes else { return value }
        return "\"" + (hasQuote ? value.replacing("\"", with: "\"\"") : value) + "\""
    }

    /// A line of fields, ended by CRLF (what spreadsheets expect).
    public static func row(_ fields: [String], delimiter: Character = ",") -> String {
        fields.map { field($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + "\r\n"
    }

    /// The UTF-8 byte order mark, which tells spreadsheets (Excel in particular) that the file
    /// is UTF-8 rather than the system's code page.
    public static let byteOrderMark = "\u{FEFF}"

    /// A whole file: the byte order mark, the header and the rows (RFC 4180, CRLF line ends).
    public static func document(header: [String], rows: [[String]], delimiter: Character = ",") -> String {
        var output = byteOrderMark + row(header, delimiter: delimiter)
        for fields in rows { output += row(fields, delimiter: delimiter) }
        return output
    }
}
