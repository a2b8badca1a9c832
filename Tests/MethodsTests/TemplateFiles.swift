import Engine
import Foundation

/// A temporary directory of template files for a test, removed when the test ends.
final class TemplateFiles {
    let path: String

    init(_ files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "workshop-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    var source: TemplateSource { .directory(path, required: true) }

    func file(_ name: String) -> String { path + "/" + name }
}

/// Small template files for the tests.
enum Samples {
    static let canvas = """
        {
          "kind": "canvas",
          "id": "tres-preguntas",
          "title": {"es": "Tres preguntas", "en": "Three questions"},
          "sections": [
            {"id": "que", "title": {"es": "Qué", "en": "What"}},
            {"id": "por-que", "title": {"es": "Por qué", "en": "Why"}, "prompt": "¿Para quién?"},
            {"id": "como", "title": {"es": "Cómo", "en": "How"}}
          ]
        }
        """

    static let method = """
        {
          "kind": "method",
          "id": "mesa-redonda",
          "aliases": ["redonda"],
          "name": {"es": "Mesa redonda", "en": "Round table"},
          "summary": {"es": "Dos rondas sobre dos preguntas y un cierre.", "en": "Two rounds on two questions and a close."},
          "peoplePerTable": 6,
          "canvases": ["tres-preguntas", "opsi-dimensions"],
          "questions": [
            {"text": {"es": "¿Qué funciona?", "en": "What works?"}},
            {"title": "Cambios", "text": {"es": "¿Qué cambiaríamos?", "en": "What would we change?"}}
          ],
          "phases": [
            {"kind": "other", "title": "Bienvenida", "minutes": 5},
            {"kind": "round", "title": {"es": "Ronda {round}", "en": "Round {round}"}, "minutes": 15, "repeat": 2},
            {"kind": "round", "title": "Dimensiones", "minutes": 10, "question": 2, "canvas": "opsi-dimensions", "movement": "stay"},
            {"kind": "vote", "title": "Votación", "minutes": 5},
            {"kind": "plenary", "title": "Cierre", "minutes": 10}
          ],
          "voting": {"rule": "approval", "keep": 2}
        }
        """
}
