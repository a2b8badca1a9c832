import Engine

/// `workshop canvas list|show|print`: the canvas templates (built-in and from `Canvases/`,
/// `--methods DIR`, `WORKSHOP_METHODS`).
struct CanvasCommand: CommandGroup {
    static let configuration = CommandConfiguration(
        name: "canvas",
        abstract: .canvasAbstract,
        discussion: .canvasDiscussion,
        subcommands: [CanvasListCommand.self, CanvasShowCommand.self, CanvasPrintCommand.self],
        examples: [
            "workshop canvas list", "workshop canvas show opsi-dimensions",
            "workshop canvas print opsi-dimensions --session taller.workshop -o canvas.html",
        ])
}
