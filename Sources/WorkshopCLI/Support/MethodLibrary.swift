import Catalog
import Engine

/// The methods available to commands: the built-in catalog (declarative methods join it
/// from `Canvases/`, `--methods DIR` and `WORKSHOP_METHODS`).
enum MethodLibrary {
    static func registry(context: CommandContext) throws -> MethodRegistry {
        try Catalog.registry()
    }
}
