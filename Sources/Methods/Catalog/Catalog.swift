import Engine
import OpsiFacets

/// The built-in methods shipped with workshop.
public enum Catalog {}
