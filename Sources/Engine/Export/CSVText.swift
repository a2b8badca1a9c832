/// Writing CSV that spreadsheets open safely: fields are quoted when needed, and a field
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// carriage return) is prefixed with `'` so it shows as text.
public enum CSVText {
    /// One field, neutralised and quoted if it holds the delimiter, a quote or a line break.
    public static func field(_ text: String, delimiter: Character = ",") -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        if value.contains(delimiter) || value.contains("\"") || value.contains("\n") || value.contains("\r") {
            return "\"" + value.replacing("\"", with: "\"\"") + "\""
        }
        return value
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
