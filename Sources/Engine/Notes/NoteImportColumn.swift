/// The columns of a notes CSV (notes typed up from paper canvases and sticky notes), and
/// the header names that mean each one, in Spanish and English.
public enum NoteImportColumn: String, CaseIterable, Sendable {
    case table
    case round
    case question
    case section
    case text
    case author

    /// Header names (normalised: lower case, no accents, single spaces) that mean this column.
    var exactNames: [String] {
        switch self {
        case .table: return ["mesa", "table", "n mesa", "no mesa", "numero de mesa", "mesa n", "table number", "grupo", "group"]
        case .round: return ["ronda", "round", "rotacion", "rotation", "n ronda", "numero de ronda", "round number"]
        case .question:
            return [
                "pregunta", "question", "pregunta guia", "guiding question", "n pregunta", "question number", "tema", "topic",
            ]
        case .section:
            return [
                "seccion", "section", "dimension", "dimension de analisis", "faceta", "facet", "categoria", "category",
                "eje", "cuadrante",
            ]
        case .text:
            return [
                "texto", "text", "nota", "note", "idea", "aporte", "comentario", "comment", "contenido", "content", "post-it",
                "postit", "sticky note", "respuesta", "answer", "texto de la nota", "note text",
            ]
        case .author:
            return [
                "autor", "autora", "author", "sistematizador", "sistematizadora", "sistematizacion", "systematiser",
                "systematizer", "registrado por", "escrito por", "written by", "note taker", "quien escribe",
            ]
        }
    }

    /// Words that, found in a longer header, mean this column; tried from the most specific
    /// column on (see ``keywordOrder``).
    var keywords: [String] {
        switch self {
        case .table: return ["mesa", "table"]
        case .round: return ["ronda", "round", "rotacion"]
        case .question: return ["pregunta", "question"]
        case .section: return ["seccion", "section", "dimension", "faceta", "facet"]
        case .text: return ["texto", "text", "nota", "note", "idea", "aporte"]
        case .author: return ["autor", "author", "sistematiz", "systemati"]
        }
    }

    static let keywordOrder: [NoteImportColumn] = [.author, .section, .question, .round, .table, .text]

    /// The column a header names, if any.
    static func match(_ header: String) -> NoteImportColumn? {
        let normalized = RosterColumn.normalize(header)
        guard !normalized.isEmpty else { return nil }
        for column in allCases where column.exactNames.contains(normalized) { return column }
        let padded = " " + normalized + " "
        for column in keywordOrder {
            for keyword in column.keywords where padded.contains(" " + keyword) { return column }
        }
        return nil
    }
}
