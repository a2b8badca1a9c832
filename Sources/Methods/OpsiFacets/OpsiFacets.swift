import Engine

/// The OPSI facets workshop format (placeholder until the engine lands).
public struct OpsiFacets {}
