import Catalog
import Engine
import Testing

@Suite struct CatalogTests {
    @Test func registryBuilds() throws {
        let registry = try Catalog.registry()
        #expect(registry.ids.contains("opsi-facets"))
    }
}
