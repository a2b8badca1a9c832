import Testing

@testable import WorkshopCLI

@Suite struct LineEditorTests {
    private func type(_ keys: [TerminalKey], into editor: inout LineEditor) {
        for key in keys { _ = editor.apply(key) }
    }

    private func characters(_ text: String) -> [TerminalKey] { text.map { .character($0) } }

    @Test func backspaceAndArrowsEditInTheMiddle() {
        var editor = LineEditor()
        type(characters("mundo") + Array(repeating: .left, count: 5) + characters("hola "), into: &editor)
        #expect(editor.text == "hola mundo")
        #expect(editor.cursor == 5)
        type([.end, .backspace, .backspace, .home, .delete, .right], into: &editor)
        #expect(editor.text == "ola mun")
        #expect(editor.cursor == 1)
        type([.left, .left, .backspace, .right, .right, .right, .right, .right, .right, .right, .right], into: &editor)
        #expect(editor.text == "ola mun")
        #expect(editor.cursor == 7)
    }

    @Test func killAndWordKeys() {
        var editor = LineEditor(text: "Falta presupuesto estable")
        type([.deleteWord], into: &editor)
        #expect(editor.text == "Falta presupuesto ")
        type([.wordLeft, .killToEnd], into: &editor)
        #expect(editor.text == "Falta ")
        type(characters("tiempo") + [.wordLeft, .killToStart], into: &editor)
        #expect(editor.text == "tiempo")
        #expect(editor.cursor == 0)
        type([.wordRight], into: &editor)
        #expect(editor.cursor == 6)
    }

    @Test func charactersNotBytes() {
        var editor = LineEditor()
        // "é" typed as e + combining acute is one character; an emoji too.
        type(characters("cafe") + [.character("\u{301}"), .character("🇨🇱")], into: &editor)
        #expect(editor.text == "café🇨🇱")
        #expect(editor.characters.count == 5)
        type([.backspace, .backspace], into: &editor)
        #expect(editor.text == "caf")
        type(characters("é ñandú"), into: &editor)
        #expect(editor.text == "café ñandú")
    }

    @Test func enterSubmitsAndOtherKeysAreForTheCaller() {
        var editor = LineEditor(text: "hola")
        #expect(editor.apply(.enter) == .submit("hola"))
        #expect(editor.apply(.interrupt) == .unhandled(.interrupt))
        #expect(editor.apply(.alt("2")) == .unhandled(.alt("2")))
        #expect(editor.apply(.tab) == .unhandled(.tab))
        // Ctrl-D deletes forward on a non-empty line, and is the caller's on an empty one.
        type([.home], into: &editor)
        #expect(editor.apply(.endOfInput) == .edited)
        #expect(editor.text == "ola")
        editor.clear()
        #expect(editor.apply(.endOfInput) == .unhandled(.endOfInput))
    }

    @Test func longLinesScrollSoTheCursorShows() {
        var editor = LineEditor(text: String(repeating: "a", count: 50) + "XYZ")
        var view = editor.view(promptColumns: 10, columns: 40)
        // 29 columns of room: the end of the line with the cursor after it.
        #expect(view.text == String(repeating: "a", count: 25) + "XYZ")
        #expect(view.cursorColumn == 28)
        type([.home], into: &editor)
        view = editor.view(promptColumns: 10, columns: 40)
        #expect(view.text == String(repeating: "a", count: 29))
        #expect(view.cursorColumn == 0)
        let wide = LineEditor(text: "会議")
        #expect(wide.view(promptColumns: 0, columns: 80).cursorColumn == 4)
    }

    @Test func lineBreaksOfAnEditedNoteAreDrawnAsSymbols() {
        let editor = LineEditor(text: "uno\ndos\ttres")
        #expect(editor.view(promptColumns: 0, columns: 80).text == "uno↵dos tres")
        #expect(editor.text == "uno\ndos\ttres")
    }
}
