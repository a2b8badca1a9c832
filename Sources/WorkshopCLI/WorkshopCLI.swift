import Engine

/// The command-line front end.
public enum WorkshopCLI {
    public static func main() -> Int32 { 0 }
}
